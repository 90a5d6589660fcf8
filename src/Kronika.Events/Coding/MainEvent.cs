namespace Kronika.Events;

/// <summary>
/// Component "main-event": a sentence's events in the order of their triggers' prominence in the parse, so that its first
/// event is its main act. The main clause's verb, and verbs coordinated with it, come first; then the acts its complements
/// carry (objects, "agreed to hold talks"); then those of what describes rather than acts: the subject ("the summit between
/// them failed to reach a deal"), participles and relative clauses that describe an actor ("the coalition fighting the rebels
/// declared a truce"), adverbial clauses, prepositional phrases ("on a visit to Kabul, the minister pledged support"). The
/// act a document tells ("signed a decree granting citizenship") stands before the act of issuing it. Ties keep the order
/// of the text. Which events there are does not change, only their order; an event put ahead of an earlier one names the
/// component in its trail.
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>How far a trigger may climb to the sentence's root; a deeper one counts as least prominent.</summary>
    private const int MaxClimb = 24;

    /// <summary>The rank a modifier relation adds to a trigger's path to the root; an argument relation adds one.</summary>
    private const int ModifierRank = 2;

    private readonly HashSet<DependencyRelation> ArgumentRelations = Relations(rules, "argument-relations");
    private readonly HashSet<DependencyRelation> ModifierRelations = Relations(rules, "modifier-relations");
    private readonly HashSet<string> DocumentNouns = rules.Set("document-nouns");

    /// <summary>The relations a word set names (UD names, "acl:relcl"); a name outside the relation set is an error.</summary>
    private static HashSet<DependencyRelation> Relations(CoderRules rules, string set) =>
        rules.Set(set).Select(name => DependencyRelations.Parse(name) is var r && r != DependencyRelation.Other && r != DependencyRelation.None
            ? r : throw new FormatException($"word-sets.tsv {set}: \"{name}\" is no dependency relation")).ToHashSet();

    private void OrderByProminence(SentenceContext context)
    {
        var (output, from) = (context.Output, context.OutputStart);
        if (context.Tree is not { } tree || output.Count - from < 2) return;
        var tokens = context.Tokens;
        var sentence = context.Sentence;
        var ranked = new List<(EventRecord Event, int Rank, int Content, int Position)>();
        for (int i = from; i < output.Count; i++)
        {
            var e = output[i];
            int trigger = TokenAt(tokens, sentence, e.Trigger.Start);
            if (trigger >= 0 && DocumentOf(tree, tokens, trigger) is >= 0 and var document)
                // The act a document carries stands where the document does, before the act of issuing it.
                ranked.Add((e, RankOf(tree, tokens, tree.Head(document) is >= 0 and var issuing ? issuing : document), 0, i));
            else ranked.Add((e, trigger < 0 ? int.MaxValue : RankOfPhrase(context, tree, trigger, e.Rule), 1, i));
        }
        var ordered = ranked.OrderBy(r => r.Rank).ThenBy(r => r.Content).ThenBy(r => r.Position).ToList();
        // Most sentences already tell their main act first: nothing to rewrite.
        if (ordered.Select((r, i) => r.Position == from + i).All(inPlace => inPlace)) return;
        output.RemoveRange(from, output.Count - from);
        for (int i = 0; i < ordered.Count; i++)
        {
            var (e, _, content, position) = ordered[i];
            // Named only when the event now stands before one the text told earlier.
            bool promoted = ordered.Skip(i + 1).Any(later => later.Position < position);
            output.Add(promoted ? e with { Rule = e.Rule + (content == 0 ? " > main-event:document-content" : " > main-event:prominence") } : e);
        }
    }

    /// <summary>
    /// The rank of the phrase a pattern matched from a trigger: that of its most prominent word ("financial sanctions",
    /// matched from the adjective, ranks as the noun it modifies).
    /// </summary>
    private int RankOfPhrase(SentenceContext context, SentenceTree tree, int trigger, string rule)
    {
        var match = context.Standing.FirstOrDefault(c => c.Trigger == trigger && rule.StartsWith(c.Rule, StringComparison.Ordinal))?.Match;
        int end = match is { } m && m.End > trigger && m.End <= context.Sentence.EndToken ? m.End : trigger + 1;
        int rank = int.MaxValue;
        for (int word = trigger; word < end; word++)
            if (context.Mentions.All(a => word < a.FirstToken || word >= a.EndToken)) rank = Math.Min(rank, RankOf(tree, context.Tokens, word));
        return rank == int.MaxValue ? RankOf(tree, context.Tokens, trigger) : rank;
    }

    /// <summary>
    /// The rank of a trigger: the sum, over the relations on its path up to the root, of 0 for a relation that keeps the
    /// word's clause (conj, flat, fixed, ...: "attacked and bombed"), 1 for an argument relation (argument-relations of
    /// word-sets.tsv) and 2 for a modifier relation (modifier-relations). What a reporting verb reports ("X said Y attacked Z")
    /// keeps its rank: it is the news, not an argument. A clause opened by a subordinator (clause-openers: "after", "because",
    /// "when") is adverbial whatever relation the parse gave it, so it ranks as a modifier.
    /// </summary>
    private int RankOf(SentenceTree tree, Token[] tokens, int trigger)
    {
        int rank = 0;
        for (int hops = 0, word = trigger; hops < MaxClimb; hops++)
        {
            bool subordinate = HasSubordinatorMark(tree, tokens, word) || (hops == 0 && OpenedBySubordinator(tokens, tree.Sentence, word));
            int head = tree.Head(word);
            int weight = head < 0 ? 0 : WeightOf(tokens[word].Relation, tokens[head].Lemma);
            rank += subordinate ? Math.Max(weight, ModifierRank) : weight;
            if (head < 0) return rank;
            word = head;
        }
        return int.MaxValue;
    }

    /// <summary>Whether a word has a subordinator (clause-openers) as its marker ("after", "because", "if").</summary>
    private bool HasSubordinatorMark(SentenceTree tree, Token[] tokens, int word)
    {
        foreach (int child in tree.Children(word))
            if (tokens[child].Relation == DependencyRelation.Mark && ClauseOpeners.Contains(tokens[child].Lower)) return true;
        return false;
    }

    /// <summary>
    /// Whether the words before a trigger, back to the verb or punctuation before it, hold a subordinator (clause-openers:
    /// "after a convoy was attacked", "if the rebels attack"): the clause is adverbial or relative even where the parse
    /// made it the root. A coordinator ("but") opens no subordinate clause.
    /// </summary>
    private bool OpenedBySubordinator(Token[] tokens, Sentence sentence, int trigger)
    {
        for (int t = trigger - 1; t >= sentence.FirstToken; t--)
        {
            var token = tokens[t];
            if (token.Pos is PartOfSpeech.Verb or PartOfSpeech.Punct or PartOfSpeech.Cconj) return false;
            if (ClauseOpeners.Contains(token.Lower)) return true;
        }
        return false;
    }

    /// <summary>
    /// The document noun (document-nouns of word-sets.tsv) whose content a present participle tells ("a report accusing
    /// the army of torture", "a decree granting citizenship", "a letter threatening to cut aid"), or an adjective after it
    /// tells ("a statement critical of the junta"), or -1: the participle
    /// modifies it, or follows it right after where the parse hung the participle on the verb instead.
    /// </summary>
    private int DocumentOf(SentenceTree tree, Token[] tokens, int trigger)
    {
        if (tokens[trigger].Xpos is not ("VBG" or "JJ")) return -1;
        if (tree.Head(trigger) is >= 0 and var head && head < trigger && tokens[trigger].Relation.Base() is DependencyRelation.Acl or DependencyRelation.Amod
            && DocumentNouns.Contains(tokens[head].Lemma)) return head;
        int before = trigger - 1;
        return before >= tree.Sentence.FirstToken && DocumentNouns.Contains(tokens[before].Lemma) && tokens[before].Pos == PartOfSpeech.Noun ? before : -1;
    }

    /// <summary>What one relation on a trigger's path adds to its rank, under a head of the given lemma.</summary>
    private int WeightOf(DependencyRelation relation, string headLemma)
    {
        if (relation == DependencyRelation.Ccomp && ReportingVerbs.Contains(headLemma)) return 0;
        if (ModifierRelations.Contains(relation) || ModifierRelations.Contains(relation.Base())) return ModifierRank;
        return ArgumentRelations.Contains(relation) || ArgumentRelations.Contains(relation.Base()) ? 1 : 0;
    }

    /// <summary>The sentence's token that starts at a character offset, or -1.</summary>
    private static int TokenAt(Token[] tokens, Sentence sentence, int start)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (tokens[t].Start == start) return t;
        return -1;
    }
}
