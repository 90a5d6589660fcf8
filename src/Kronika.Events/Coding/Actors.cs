namespace Kronika.Events;

/// <summary>
/// Components "patterns" and "actors": the sentence's pattern matches, then each match's source and targets: the object of
/// a reason's gerund ("sanctioned X for supplying drones"), else the dependency tree, else the actors around an event noun,
/// else word order (a coordinated verb shares the subject before it); a definite event noun with no actor of its own refers
/// back to an earlier act and is dropped (actors:back-reference).
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
            bool byWordOrder = false;
            string treeStep = "";
            Candidate? sharesSubjectOf = null;
            if (ObjectOfReason(tree, tokens, match.Trigger) is { IsResolved: true } reasoned)
            {
                (sourceMention, sources) = (reasoned, reasoned.Actors);
                targets = FindTargets(tree, mentions, match, sources);
            }
            else if (TreeActors(tree, tokens, mentions, match) is { } fromTree)
            {
                (sourceMention, sources, targets, treeStep) = fromTree;
                // No actor is its own target ("the workers' strike" paralysing a city: its possessor is no target of the strike).
                // A statement about the source's own side ("denied that its air force had shot down a jet") is left to the statement
                // rules: only the very source is no target of it.
                var own = sources;
                bool statement = Statements.Contains(match.Pattern.Cameo);
                targets.RemoveAll(t => statement ? t.Actors.All(a => own.Contains(a)) : IsOwnOf(t, own) && !DistinctPeople(sourceMention, t) && !IsMemberCoerced(tokens, codebook[match.Pattern.Cameo], t));
                if (targets.Count == 0 && match.Pattern.Kind == PatternKind.Verb && !UsedAsNoun(tokens, sentence, match.Trigger) && !treeStep.StartsWith(NotTheVictim, StringComparison.Ordinal))
                    targets = FindTargets(tree, mentions, match, sources);
                // An event noun the tree gives no other side takes the one word order gives ("strike for democracy against Beijing").
                else if (targets.Count == 0 && match.Pattern.Kind == PatternKind.Noun)
                    targets = NounActors(tokens, sentence, mentions, match, relativeClause).Item3.Where(t => t.IsResolved && !(statement ? t.Actors.All(a => own.Contains(a)) : IsOwnOf(t, own) && !DistinctPeople(sourceMention, t))).ToList();
            }
            else if (match.Pattern.Kind == PatternKind.Noun || UsedAsNoun(tokens, sentence, match.Trigger))
            {
                (sourceMention, sources, targets) = NounActors(tokens, sentence, mentions, match, relativeClause);
            }
            else
            {
                bool coordinated = IsCoordinatedVerb(tokens, sentence, match);
                if (coordinated && candidates.Count > 0) sharesSubjectOf = candidates[^1];
                (sourceMention, sources) = !coordinated ? FindSource(tokens, sentence, mentions, match, relativeClause)
                    : sharesSubjectOf is { } before ? (before.SourceMention, before.Sources)
                    : MainSubject(tokens, sentence, mentions, match);
                targets = FindTargets(tree, mentions, match, sources);
                byWordOrder = true;
            }
            // "Tokyo pledged a firm response to the cyber attacks": the act answered is another side's, whoever word order finds before it.
            // ("retaliation for Hamas's attack": a doer hanging on the noun itself stays.)
            if (IsAnsweredAct(tree, tokens, match.Trigger) && !(sourceMention is not null && tree.Head(sourceMention.EndToken - 1) == match.Trigger))
                (sourceMention, sources, treeStep) = (null, [], "actors:answered-act");
            // A dictionary pattern's source slot ("$") names the source where the pattern stands.
            if (match.SlotSource is { CanAct: true } slotSource)
            {
                (sourceMention, sources) = (slotSource, slotSource.Actors.Where(a => a.CanAct).ToArray());
                targets.Remove(slotSource);
            }
            // "summoned the ambassador to protest the visit": a definite event noun with no actor of its own names an act told
            // before (coded where it was told), not a new act of this sentence's subject.
            var candidate = new Candidate(match, sources, sourceMention, targets)
            {
                Cameo = codebook[match.Pattern.Cameo],
                Rule = (treeStep.Length > 0 ? match.Pattern.Rule + " > " + treeStep : match.Pattern.Rule)
                    + (sourceMention?.Rule == OpponentsRule || targets.Any(t => t.Rule == OpponentsRule) ? " > " + OpponentsRule : ""),
                ByWordOrder = byWordOrder,
                SharesSubjectOf = sharesSubjectOf,
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
