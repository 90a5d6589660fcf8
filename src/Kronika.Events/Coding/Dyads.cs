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
        var (tokens, sentence, mentions, output, mainPair) = (context.Tokens, context.Sentence, context.Mentions, context.Output, context.MainPair);
        foreach (var candidate in context.Standing)
        {
            var (match, sources, sourceMention, targets) = (candidate.Match, candidate.Sources, candidate.SourceMention, candidate.Targets);
            var (cameo, rule) = (candidate.Cameo, candidate.Rule);
            // "South Ossetia and Abkhazia mounted revolts against the government": a named other side ("against X") is no mutual act.
            // ("mediate between Maduro and the opposition": the act is between its targets, not its sources.)
            // ("Georgian villages were shelled by Russian and Abkhaz forces": agents of a passive act together on its subject, not on each other.)
            bool passiveOnTargets = targets.Count > 0 && context.Tree is { } tree && tree.SubjectOf(match.Trigger) is (>= 0, true) && tree.AgentOf(match.Trigger) >= 0;
            if (sources.Length >= 2 && IsReciprocal(cameo, context.Document, match) && match.SlotTarget is null && !passiveOnTargets
                && (targets.Count == 0 || !(IntroducedBy(tokens, targets[0], "with") || IntroducedBy(tokens, targets[0], "against") || IntroducedBy(tokens, targets[0], "between"))))
            {
                // "Both Abkhazia and South Ossetia ... as a result of fighting": breakaway regions with no other side named act against their own governments.
                if (targets.Count == 0 && sources.All(a => a.Role == "SEP" && a.Country.Length == 3))
                {
                    foreach (var region in sources.Distinct())
                        Add(context, candidate, region, MentionOf(mentions, region) ?? sourceMention, new Actor(region.Country, "GOV", region.Country), null, symmetric: false, rule + "; other side: the region's government");
                    continue;
                }
                // Two mentions of one actor ("Ethiopia's government and Tigray's leaders" both read as the government) make no mutual act.
                if (SameActor(sources[0], sources[1]))
                {
                    candidate.DroppedBy = "dyads:same-actor";
                    continue;
                }
                // "Russia and Georgia held talks": one symmetric event between the coordinated sides.
                Add(context, candidate, sources[0], MentionOf(mentions, sources[0]), sources[1], MentionOf(mentions, sources[1]), symmetric: true, rule);
                continue;
            }
            int dyadsBefore = output.Count;
            foreach (var source in sources)
            {
                // "ties between the people of Russia and Georgia", said by Russia: when the act crosses a border, the source's own people named beside the other side are not a second target.
                bool acrossBorder = targets.SelectMany(t => t.Actors).Any(a => a.IsResolved && a.Country != source.Country);
                bool ownReleased = false;
                int sourceBefore = output.Count;
                foreach (var target in targets)
                    foreach (var targetActor in target.Actors)
                    {
                        // "demanded the release of Iranian sailors": the people to be freed are not whom it is demanded of.
                        if (IsOwnReleased(candidate, source, target, targetActor)) { ownReleased = true; continue; }
                        // Two people named apart are two actors, of one government or not ("the president urged Mr Trump to...").
                        if (targetActor.CanAct && (!SameActor(source, targetActor) || DistinctPeople(MentionOf(mentions, source) ?? sourceMention, target) || IsMemberCoerced(tokens, cameo, target))
                            && !(acrossBorder && targetActor.Country == source.Country))
                            Add(context, candidate, source, MentionOf(mentions, source) ?? sourceMention, targetActor, target, symmetric: false, rule);
                    }
                if (ownReleased && output.Count == sourceBefore && HolderOfOwnPeople(source, mainPair, mentions) is var (holder, step))
                    Add(context, candidate, source, MentionOf(mentions, source) ?? sourceMention, holder, null, symmetric: false, rule + step);
            }
            // "Ethiopia and Eritrea reopened their border crossings": two states acting on what they share, with no other side, act toward each other.
            if (output.Count == dyadsBefore && targets.Count == 0 && sources.Length == 2 && !SameActor(sources[0], sources[1])
                && sources.All(a => a.IsResolved && a.Country != "IGO") && match.Pattern.Kind == PatternKind.Verb && !BareStatements.Contains(cameo)
                && ActsOnWhatTheyShare(tokens, sentence, match))
            {
                Add(context, candidate, sources[0], MentionOf(mentions, sources[0]) ?? sourceMention, sources[1], MentionOf(mentions, sources[1]), symmetric: true, rule + "; joint act of the coordinated sides");
                continue;
            }
            // "Japan's apology helped end the dispute": an act always made to someone, naming no one, is made to the other of the story's two main states.
            if (output.Count == dyadsBefore && targets.Count == 0 && AddressedActs.Contains(cameo) && mainPair.Length == 2)
                foreach (var source in sources.Where(s => mainPair.Contains(s.Country) && s.Role is "GOV" or ""))
                {
                    var other = mainPair[0] == source.Country ? mainPair[1] : mainPair[0];
                    Add(context, candidate, source, MentionOf(mentions, source) ?? sourceMention, new Actor(other, "GOV", other), null, symmetric: false, rule + "; other side: the story's main pair");
                }
            // "Under Obama, diplomatic ties were restored": ties told with no other side of their own are between the story's two main states.
            // (Only a passive one: "a cease-fire unraveled" tells of no act of either.)
            if (output.Count == dyadsBefore && targets.Count == 0 && match.Pattern.Kind == PatternKind.Noun && SharedThings.Contains(tokens[match.Trigger].Lower)
                && tokens[match.Trigger].Relation == DependencyRelation.NsubjPass && mainPair.Length == 2 && sources.All(s => mainPair.Contains(s.Country)))
            {
                Add(context, candidate, new Actor(mainPair[0], "GOV", mainPair[0]), null, new Actor(mainPair[1], "GOV", mainPair[1]), null, symmetric: true, rule + "; between the story's main pair");
                continue;
            }
            // "Ukraine mobilised its reserves": an act with no other side is kept as a one-sided event (target empty, dyadic false).
            if (output.Count == dyadsBefore && targets.Count == 0 && match.Pattern.Kind == PatternKind.Verb && !BareStatements.Contains(cameo))
                foreach (var source in sources)
                {
                    // "Russia left the talks": the talks the story is about are with the other of its two main states.
                    if (match.Pattern.Text.Contains("talk", StringComparison.Ordinal) && mainPair.Length == 2 && mainPair.Contains(source.Country) && source.Role is "GOV" or "")
                    {
                        var other = mainPair[0] == source.Country ? mainPair[1] : mainPair[0];
                        Add(context, candidate, source, MentionOf(mentions, source) ?? sourceMention, new Actor(other, "GOV", other), null, symmetric: false, rule + "; other side: the story's main pair");
                    }
                    // "the rebel region of South Ossetia left the talks": a breakaway region's talks are with its country's government.
                    else if (match.Pattern.Text.Contains("talk", StringComparison.Ordinal) && source.Role == "SEP" && source.Country.Length == 3)
                        Add(context, candidate, source, MentionOf(mentions, source) ?? sourceMention, new Actor(source.Country, "GOV", source.Country), null, symmetric: false, rule + "; other side: the region's government");
                    // "The United States said it was dismayed by the walkout", "Eritrea denied the accusations": a reaction to an act told before targets whoever did it.
                    else if (source == sources[0] && Reactions.Contains(cameo) && eventNouns.ReferredDoer(tokens, sentence, match.Trigger + 1, output, source, BareStatements, DescribingVerbs) is { } doer)
                        Add(context, candidate, source, MentionOf(mentions, source) ?? sourceMention, doer.Actor, null, symmetric: false, rule + $"; other side: who did \"{doer.Noun}\"");
                    // "said the reports were false": a reaction to a thing the story said was someone's ("Steele's reports") targets its owner.
                    else if (source == sources[0] && Reactions.Contains(cameo) && OwnerOfReferredNoun(context, match, source) is { } owner)
                        Add(context, candidate, source, MentionOf(mentions, source) ?? sourceMention, owner.Actor, null, symmetric: false, rule + $"; other side: whose \"{owner.Noun}\"");
                    // "El Sisi condemned the bombing", told of no one: its attackers, unidentified, of the country the story is set in.
                    else if (source == sources[0] && Reactions.Contains(cameo) && context.Setting is { } setting
                        && eventNouns.DefiniteNounAfter(tokens, sentence, match.Trigger + 1, DescribingVerbs) is { } attack && Rules.Set("attack-nouns").Contains(tokens[attack.Noun].Lower))
                        Add(context, candidate, source, MentionOf(mentions, source) ?? sourceMention, new Actor(setting, "", Actor.UnidentifiedName) { Unidentified = true }, null, symmetric: false,
                            rule + $"; other side: the unidentified attackers of \"{tokens[attack.Noun].Text}\" in the story's setting");
                    // "The deal was mediated by Turkey and Russia": a mediation that names no parties is in the conflict of the country the story is set in.
                    else if (MediationActs.Contains(cameo) && context.Setting is { } conflict && conflict != source.Country)
                        Add(context, candidate, source, MentionOf(mentions, source) ?? sourceMention, new Actor(conflict, "", conflict), null, symmetric: false, rule + "; other side: the story's setting");
                    else if (source == sources[0])
                        Add(context, candidate, source, MentionOf(mentions, source) ?? sourceMention, NoTarget, null, symmetric: false, rule);
                }
        }
        // A candidate every event of which a per-event rule dropped is a near miss of that rule.
        foreach (var candidate in context.Standing.ToList())
            if (candidate.Written == 0 && candidate.LastDrop is { } rule) candidate.DroppedBy = rule;
    }

    /// <summary>
    /// "his roommate, also a police officer, was taken into custody" by the police: one member of a body that a coercive act
    /// (code set member-coerced) singles out is another actor than the body itself.
    /// </summary>
    private bool IsMemberCoerced(Token[] tokens, CameoCode cameo, ActorMention target) =>
        MemberCoercedActs.Contains(cameo) && target.Actors.Length == 1 && tokens[target.EndToken - 1].Xpos is "NN" or "NNP";
}
