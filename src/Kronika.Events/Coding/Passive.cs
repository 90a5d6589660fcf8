namespace Kronika.Events;

/// <summary>
/// Component "passive": "Georgian villages were shelled": a passive verb without its agent whose actors word order found
/// keeps the side it names as the sufferer (the target) and leaves the doer empty; word order alone would make the
/// sufferer the doer (trail: passive:without-agent). A passive with its agent ("welcomed by Beijing") is read from the parse.
/// </summary>
public sealed partial class EventCoder
{
    private void KeepPassiveSufferer(SentenceContext context)
    {
        var (tokens, sentence, mentions, tree) = (context.Tokens, context.Sentence, context.Mentions, context.Tree!);
        foreach (var candidate in context.Standing)
        {
            if (!candidate.ByWordOrder) continue;
            // A verb coordinated with a passive one shares its empty doer ("were shelled and bombed"), and its targets are read without the sufferer as doer.
            if (candidate.SharesSubjectOf is { Sources: [var doer] } before && ReferenceEquals(doer, NoTarget) && !ReferenceEquals(candidate.Sources.FirstOrDefault(), NoTarget))
            {
                candidate.Sources = [NoTarget];
                candidate.Targets = FindTargets(tree, mentions, candidate.Match, candidate.Sources);
                // ... and its sufferer, when it names no other: "were shelled and bombed" both hit the villages.
                if (candidate.Targets.Count == 0 && before.Rule.EndsWith(" > passive:without-agent", StringComparison.Ordinal))
                {
                    candidate.Targets = before.Targets;
                    candidate.Rule += " > passive:without-agent";
                }
            }
            int trigger = candidate.Trigger;
            if (tree.SubjectOf(trigger) is (>= 0 and var sufferer, true) && (tree.Head(sufferer) == trigger && (tokens[sufferer].Relation == DependencyRelation.NsubjPass || tree.IsAdjectivalPassive(trigger)) || tree.MisreadPassiveSubject(trigger) == sufferer)
                && tree.HasPassiveAuxiliary(trigger) && tree.AgentOf(trigger) < 0
                && tree.SufferersOf(trigger) is { Count: > 0 } suffered
                && (candidate.Sources.Length == 0 || suffered.SelectMany(m => m.Actors).Any(a => candidate.Sources.Contains(a))))
            {
                (candidate.Sources, candidate.Targets) = ([NoTarget], suffered);
                candidate.Rule += " > passive:without-agent";
            }
        }
    }
}
