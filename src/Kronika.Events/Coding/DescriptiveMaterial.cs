namespace Kronika.Events;

/// <summary>
/// Conditions of data/rules/recodings.tsv about where a trigger stands: in an appositive that describes an actor
/// ("Kenya, a partner in the campaign against al-Shabab"), in the quoted title of a work
/// ("author of 'Winning the Peace'"), or coordinated with a verb of a non-committal answer ("could not confirm or deny").
/// </summary>
public sealed partial class EventCoder
{
    private static readonly HashSet<string> QuoteOpeners = new(StringComparer.Ordinal) { "“", "‘", "«" };
    private static readonly HashSet<string> QuoteClosers = new(StringComparer.Ordinal) { "”", "’", "»" };

    /// <summary>
    /// Whether the trigger is a noun of an appositive (or of a phrase within one) whose head is an actor: what the
    /// actor is, told to describe it, not an act the sentence reports. A verb on the way up ends the walk: a clause
    /// in the appositive ("a group that attacked...") is the writer's report again.
    /// </summary>
    private static bool InAppositiveOfActor(SentenceTree tree, Token[] tokens, int trigger)
    {
        int word = trigger;
        for (int hops = 0; hops < 6; hops++)
        {
            if (tokens[word].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux && word != trigger) return false;
            var relation = tree.Relation(word);
            int head = tree.Head(word);
            if (head < 0) return false;
            if (relation == DependencyRelation.Appos) return tree.MentionAt(head) is not null && tree.MentionAt(word) is null;
            if (relation is not (DependencyRelation.Nmod or DependencyRelation.Conj or DependencyRelation.Amod or DependencyRelation.Compound)) return false;
            word = head;
        }
        return false;
    }

    /// <summary>
    /// Whether the trigger stands inside a quotation that opens right after a word of <paramref name="workWords"/>
    /// ("author of “Winning the Peace: ...”", "the film 'The Siege'"): the title of a work, not an act.
    /// </summary>
    private static bool InQuotedTitle(Token[] tokens, Sentence sentence, int trigger, HashSet<string> workWords)
    {
        // A straight quote opens or closes by its count: the last of an odd number before the trigger is open.
        int straight = 0;
        for (int k = sentence.FirstToken; k < trigger; k++)
            if (tokens[k].Text is "\"" or "''" or "``") straight++;
        for (int k = trigger - 1; k >= sentence.FirstToken; k--)
        {
            var text = tokens[k].Text;
            bool isStraight = text is "\"" or "''" or "``";
            if (isStraight && straight-- % 2 == 0) return false;
            if (!isStraight && QuoteClosers.Contains(text)) return false;
            if (!isStraight && !QuoteOpeners.Contains(text)) continue;
            int before = k - 1;
            while (before >= sentence.FirstToken && tokens[before].Lower is "of" or "," or ":" or "the" or "a" or "an") before--;
            return before >= sentence.FirstToken && workWords.Contains(tokens[before].Lower);
        }
        return false;
    }

    /// <summary>
    /// Whether the trigger is an event noun that is the object of a verb of <paramref name="verbs"/> ("described the killing
    /// of the envoy as an attempt to...", "mourned the bombing of the school") and names no doer of its own (no possessor,
    /// nationality or by/from phrase): the subject talks about the act; it did not do it.
    /// </summary>
    private static bool ObjectOfDescribingVerb(SentenceTree tree, Token[] tokens, int trigger, HashSet<string> verbs) =>
        DoerlessObject(tree, tokens, trigger) is >= 0 and var head && verbs.Contains(tokens[head].Lemma);

    /// <summary>The verb an event noun with no doer of its own is the object of, or -1.</summary>
    private static int DoerlessObject(SentenceTree tree, Token[] tokens, int trigger)
    {
        if (tokens[trigger].Pos is not (PartOfSpeech.Noun or PartOfSpeech.Propn) || tree.Relation(trigger) != DependencyRelation.Obj) return -1;
        int head = tree.Head(trigger);
        if (head < 0 || tokens[head].Pos != PartOfSpeech.Verb) return -1;
        return HasDoer(tree, trigger) ? -1 : head;
    }

    private static bool HasDoer(SentenceTree tree, int trigger)
    {
        foreach (var c in tree.Children(trigger))
            if (tree.Relation(c) is DependencyRelation.NmodPoss or DependencyRelation.Amod or DependencyRelation.Compound && tree.MentionAt(c) is not null)
                return true;
        return tree.ObliquesOf(trigger).Any(o => o.Case is "by" or "from" && tree.MentionsOf(o.Token).Count > 0);
    }

    /// <summary>Whether the trigger verb is coordinated with a verb of <paramref name="verbs"/> ("could not confirm or deny").</summary>
    private static bool CoordinatedWith(SentenceTree tree, Token[] tokens, int trigger, HashSet<string> verbs) =>
        tree.Relation(trigger) == DependencyRelation.Conj && tree.Head(trigger) is >= 0 and var head && verbs.Contains(tokens[head].Lemma)
        || tree.ChildrenWith(trigger, DependencyRelation.Conj).Any(c => c < trigger && verbs.Contains(tokens[c].Lemma));
}
