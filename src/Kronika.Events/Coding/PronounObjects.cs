namespace Kronika.Events;

/// <summary>Targets named by a pronoun object: a relative pronoun stands for the noun its clause describes, a personal one for the object of the verb before.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// The target a verb's pronoun object stands for, with the trail step that says so; empty when the object is no
    /// pronoun or what it stands for names no actor.
    /// "the cleric whom the government accuses of plotting": a relative pronoun is the noun its clause hangs on.
    /// "denied the US claims and called them absurd", "rejected Iran's offer, calling it a trick": a personal pronoun object
    /// of a verb coordinated with an earlier one (or of a participle after it) is that verb's object; a reaction to it targets
    /// the object's owner, as the first verb's does.
    /// </summary>
    private (List<ActorMention> Targets, string Step) PronounObjectTarget(SentenceTree tree, Token[] tokens, PatternMatch match)
    {
        int trigger = match.Trigger;
        int pronoun = tree.ObjectOf(trigger);
        // (The parser may read "whom" as an oblique without a preposition.)
        if (pronoun < 0)
            pronoun = tree.Children(trigger).FirstOrDefault(c => c < trigger && tokens[c].Xpos == "WP" && tree.Relation(c).Base() == DependencyRelation.Obl && tree.CaseOf(c) == "", -1);
        if (pronoun < 0 || tokens[pronoun].Pos != PartOfSpeech.Pron || tree.MentionAt(pronoun) is not null) return ([], "");
        // (The parser often hangs the relative clause on the main verb: the antecedent is the mention right before the pronoun.)
        if (tokens[pronoun].Xpos is "WP" or "WDT" && pronoun < trigger)
        {
            int before = pronoun - 1;
            if (before >= 0 && tokens[before].Text == ",") before--;
            var described = before < 0 ? [] : tree.MentionAt(before) is { } named ? [named]
                : tokens[before].Pos == PartOfSpeech.Noun ? tree.MentionsOf(before) : new List<ActorMention>();
            described = described.Where(m => m.IsResolved).ToList();
            return described.Count > 0 ? (described, $"target:antecedent-of-relative-pronoun (\"{tokens[pronoun].Text}\")") : ([], "");
        }
        // "rejected the plan, calling it dangerous": a participle set off by a comma is coordinated in all but name.
        int head = tree.ClauseOfParticiple(trigger) is >= 0 and var clause ? clause : tree.Relation(trigger) == DependencyRelation.Conj ? tree.Head(trigger) : -1;
        if (head < 0 || tokens[pronoun].Xpos != "PRP" || tokens[head].Pos != PartOfSpeech.Verb) return ([], "");
        int antecedent = tree.ObjectOf(head);
        if (antecedent < 0) return ([], "");
        var found = tree.MentionsOf(antecedent).Where(m => m.IsResolved).ToList();
        if (found.Count == 0 && Reactions.Contains(match.Pattern.Cameo)) found = OwnerOf(tree, antecedent);
        return found.Count > 0 ? (found, $"target:object-of-coordinated-verb (\"{tokens[antecedent].Text}\")") : ([], "");
    }
}
