namespace Kronika.Events;

/// <summary>
/// Component "dyads": the events of each candidate: one per source and target; a mutual act of two coordinated sides is one
/// symmetric event (breakaway regions with no other side act against their government); two states acting on what they
/// share act toward each other; an act with no other side is one-sided, or targets the story's main pair, the region's
/// government, or whoever did the act a reaction refers back to (data/patterns/event-nouns.tsv). Each such choice joins the trail.
/// </summary>
public sealed partial class EventCoder
{
    private void EmitDyads(SentenceContext context)
    {
        var (document, tokens, sentence, mentions, output, mainPair) = (context.Document, context.Tokens, context.Sentence, context.Mentions, context.Output, context.MainPair);
        foreach (var candidate in context.Standing)
        {
            var (match, sources, sourceMention, targets) = (candidate.Match, candidate.Sources, candidate.SourceMention, candidate.Targets);
            var (cameo, modality, date, rule) = (candidate.Cameo, candidate.Modality, candidate.Date, candidate.Rule);
            // "South Ossetia and Abkhazia mounted revolts against the government": a named other side ("against X") is no mutual act.
            // ("mediate between Maduro and the opposition": the act is between its targets, not its sources.)
            if (sources.Length >= 2 && IsReciprocal(cameo) && match.SlotTarget is null
                && (targets.Count == 0 || !(IntroducedBy(tokens, targets[0], "with") || IntroducedBy(tokens, targets[0], "against") || IntroducedBy(tokens, targets[0], "between"))))
            {
                // "Both Abkhazia and South Ossetia ... as a result of fighting": breakaway regions with no other side named act against their own governments.
                if (targets.Count == 0 && sources.All(a => a.Role == "SEP" && a.Country.Length == 3))
                {
                    foreach (var region in sources.Distinct())
                        Add(document, sentence, match, cameo, region, MentionOf(mentions, region) ?? sourceMention, new Actor(region.Country, "GOV", region.Country), null, symmetric: false, modality, date, rule + "; other side: the region's government", output);
                    continue;
                }
                // Two mentions of one actor ("Ethiopia's government and Tigray's leaders" both read as the government) make no mutual act.
                if (SameActor(sources[0], sources[1]))
                {
                    candidate.DroppedBy = "dyads:same-actor";
                    continue;
                }
                // "Russia and Georgia held talks": one symmetric event between the coordinated sides.
                Add(document, sentence, match, cameo, sources[0], MentionOf(mentions, sources[0]), sources[1], MentionOf(mentions, sources[1]), symmetric: true, modality, date, rule, output);
                continue;
            }
            int dyadsBefore = output.Count;
            foreach (var source in sources)
            {
                // "ties between the people of Russia and Georgia", said by Russia: when the act crosses a border, the source's own people named beside the other side are not a second target.
                bool acrossBorder = targets.SelectMany(t => t.Actors).Any(a => a.IsResolved && a.Country != source.Country);
                foreach (var target in targets)
                    foreach (var targetActor in target.Actors)
                        if (targetActor.IsResolved && !SameActor(source, targetActor) && !(acrossBorder && targetActor.Country == source.Country))
                            Add(document, sentence, match, cameo, source, MentionOf(mentions, source) ?? sourceMention, targetActor, target, symmetric: false, modality, date, rule, output);
            }
            // "Ethiopia and Eritrea reopened their border crossings": two states acting on what they share, with no other side, act toward each other.
            if (output.Count == dyadsBefore && targets.Count == 0 && sources.Length == 2 && !SameActor(sources[0], sources[1])
                && sources.All(a => a.IsResolved && a.Country != "IGO") && match.Pattern.Kind == PatternKind.Verb && cameo.Code != "010"
                && ActsOnWhatTheyShare(tokens, sentence, match))
            {
                Add(document, sentence, match, cameo, sources[0], MentionOf(mentions, sources[0]) ?? sourceMention, sources[1], MentionOf(mentions, sources[1]), symmetric: true, modality, date, rule + "; joint act of the coordinated sides", output);
                continue;
            }
            // "Ukraine mobilised its reserves": an act with no other side is kept as a one-sided event (target empty, dyadic false).
            if (output.Count == dyadsBefore && targets.Count == 0 && match.Pattern.Kind == PatternKind.Verb && cameo.Code != "010")
                foreach (var source in sources)
                {
                    // "Russia left the talks": the talks the story is about are with the other of its two main states.
                    if (match.Pattern.Text.Contains("talk", StringComparison.Ordinal) && mainPair.Length == 2 && mainPair.Contains(source.Country) && source.Role is "GOV" or "")
                    {
                        var other = mainPair[0] == source.Country ? mainPair[1] : mainPair[0];
                        Add(document, sentence, match, cameo, source, MentionOf(mentions, source) ?? sourceMention, new Actor(other, "GOV", other), null, symmetric: false, modality, date, rule + "; other side: the story's main pair", output);
                    }
                    // "the rebel region of South Ossetia left the talks": a breakaway region's talks are with its country's government.
                    else if (match.Pattern.Text.Contains("talk", StringComparison.Ordinal) && source.Role == "SEP" && source.Country.Length == 3)
                        Add(document, sentence, match, cameo, source, MentionOf(mentions, source) ?? sourceMention, new Actor(source.Country, "GOV", source.Country), null, symmetric: false, modality, date, rule + "; other side: the region's government", output);
                    // "The United States said it was dismayed by the walkout", "Eritrea denied the accusations": a reaction to an act told before targets whoever did it.
                    else if (source == sources[0] && (cameo.Root is "05" or "11" or "12" || cameo.Code == "016") && eventNouns.ReferredDoer(tokens, sentence, match.Trigger + 1, output, source) is { } doer)
                        Add(document, sentence, match, cameo, source, MentionOf(mentions, source) ?? sourceMention, doer.Actor, null, symmetric: false, modality, date, rule + $"; other side: who did \"{doer.Noun}\"", output);
                    else if (source == sources[0])
                        Add(document, sentence, match, cameo, source, MentionOf(mentions, source) ?? sourceMention, NoTarget, null, symmetric: false, modality, date, rule, output);
                }
        }
    }
}
