namespace Kronika.Events;

/// <summary>
/// Components "patterns" and "actors": the sentence's pattern matches, then each match's source and targets: the object of
/// a reason's gerund ("sanctioned X for supplying drones"), else the dependency tree, else the actors around an event noun,
/// else word order (a coordinated verb shares the subject before it); a passive without its agent keeps only the sufferer
/// (trail: actors:passive-without-agent); a definite event noun with no actor of its own refers back to an earlier act and
/// is dropped (actors:back-reference).
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>Component "patterns": the matches; stops the sentence when it names no actor or matches no pattern.</summary>
    private void MatchPatterns(SentenceContext context)
    {
        if (context.Mentions.Length == 0) { context.Stop = true; return; }
        context.Matches = FindMatches(context.Tokens, context.Sentence, context.ByStart);
        if (context.Matches.Count == 0) { context.Stop = true; return; }
        context.RelativeClause = RelativeClauses(context.Tokens, context.Sentence);
        context.Tree = new SentenceTree(context.Document, context.Sentence, context.Mentions);
    }

    /// <summary>Component "actors": one candidate per match with its source and targets.</summary>
    private void FindActors(SentenceContext context)
    {
        var (tokens, sentence, mentions, tree, relativeClause) = (context.Tokens, context.Sentence, context.Mentions, context.Tree!, context.RelativeClause);
        var candidates = context.Candidates;
        foreach (var match in context.Matches)
        {
            ActorMention? sourceMention;
            Actor[] sources;
            List<ActorMention> targets;
            bool passive = false;
            if (ObjectOfReason(tree, tokens, match.Trigger) is { IsResolved: true } reasoned)
            {
                (sourceMention, sources) = (reasoned, reasoned.Actors);
                targets = FindTargets(tokens, sentence, mentions, match, sources);
            }
            else if (TreeActors(tree, tokens, mentions, match) is { } fromTree)
            {
                (sourceMention, sources, targets) = fromTree;
                if (targets.Count == 0 && match.Pattern.Kind == PatternKind.Verb && !UsedAsNoun(tokens, sentence, match.Trigger))
                    targets = FindTargets(tokens, sentence, mentions, match, sources);
            }
            else if (match.Pattern.Kind == PatternKind.Noun || UsedAsNoun(tokens, sentence, match.Trigger))
            {
                (sourceMention, sources, targets) = NounActors(tokens, sentence, mentions, match, relativeClause);
            }
            else
            {
                (sourceMention, sources) = !IsCoordinatedVerb(tokens, sentence, match) ? FindSource(tokens, sentence, mentions, match, relativeClause)
                    : candidates.Count > 0 ? (candidates[^1].SourceMention, candidates[^1].Sources)
                    : MainSubject(tokens, sentence, mentions, match);
                targets = FindTargets(tokens, sentence, mentions, match, sources);
                // "Georgian villages were shelled": a passive without its agent keeps the known side and leaves the doer empty.
                // (Word order would make the sufferer the doer.)
                if (tree.SubjectOf(match.Trigger) is (>= 0 and var sufferer, true) && tokens[sufferer].Relation == DependencyRelation.NsubjPass && tree.Head(sufferer) == match.Trigger
                    && tree.Children(match.Trigger).Any(c => tokens[c].Relation == DependencyRelation.AuxPass) && tree.AgentOf(match.Trigger) < 0
                    && tree.MentionsOf(sufferer) is { Count: > 0 } suffered
                    && (sources.Length == 0 || suffered.SelectMany(m => m.Actors).Any(a => sources.Contains(a))))
                {
                    (sources, targets) = ([NoTarget], suffered);
                    passive = true;
                }
            }
            // A dictionary pattern's source slot ("$") names the source where the pattern stands.
            if (match.SlotSource is { IsResolved: true } slotSource)
            {
                (sourceMention, sources) = (slotSource, slotSource.Actors.Where(a => a.IsResolved).ToArray());
                targets.Remove(slotSource);
            }
            // "summoned the ambassador to protest the visit": a definite event noun with no actor of its own names an act told
            // before (coded where it was told), not a new act of this sentence's subject.
            var candidate = new Candidate(match, sources, sourceMention, targets)
            {
                Cameo = codebook[match.Pattern.Cameo],
                Rule = match.Pattern.Rule + (passive ? " > actors:passive-without-agent" : ""),
            };
            if (IsBackReference(tokens, sentence, match, sourceMention, targets))
            {
                candidate.DroppedBy = "actors:back-reference";
                context.Dropped.Add(candidate);
                continue;
            }
            candidates.Add(candidate);
        }
    }
}
