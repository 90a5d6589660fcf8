using System.Text.RegularExpressions;
using Kronika.Actors;
using Kronika.Documents;
using Kronika.Language;
using Kronika.Time;

namespace Kronika.Events;

/// <summary>One pattern matched in a sentence: its token range, trigger and the target slot's mention, if any.</summary>
internal readonly record struct PatternMatch(EventPattern Pattern, int Trigger, int End, ActorMention? SlotTarget);

/// <summary>
/// Codes the events of a document from its sentences, actor mentions and time expressions.
/// A pattern's trigger is found by lemma; its source is the subject before it (the nearest actor that
/// is not inside a prepositional phrase or a relative clause, with actors coordinated to it), its target
/// the pattern's X slot or the first actor after it. Negation, intent and conditions set the modality.
/// </summary>
public sealed partial class EventCoder(PatternDictionary patterns, Codebook codebook, IntentCodes intents, EventNouns eventNouns)
{
    private const int MaxGap = 3;
    private const int TargetWindow = 14;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "with", "to", "from", "of", "for", "on", "against", "by", "over", "between", "into", "toward", "towards",
        "across", "near", "about", "after", "before", "during", "under", "within", "without", "through", "than", "like", "off", "despite", "including",
    };

    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "and", ",", "&", "both" };


    public IReadOnlyList<EventRecord> Code(AnalyzedDocument document, IReadOnlyList<ActorMention> mentions, IReadOnlyList<TimeExpression> times)
    {
        var events = new List<EventRecord>();
        var byStart = new Dictionary<int, ActorMention>();
        foreach (var m in mentions) byStart.TryAdd(m.FirstToken, m);
        int mentionCursor = 0;
        var seenSentences = new HashSet<string>(StringComparer.Ordinal);
        // The two states the story is most about: the other side of "the talks" a party walks out of.
        var mainPair = mentions.SelectMany(m => m.Actors).Where(a => a.Country.Length == 3 && a.Country != "IGO")
            .GroupBy(a => a.Country).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key).ToArray();
        var frame = new NarrativeFrame();
        for (int index = 0; index < document.Sentences.Length; index++)
        {
            var sentence = document.Sentences[index];
            while (mentionCursor < mentions.Count && mentions[mentionCursor].FirstToken < sentence.FirstToken) mentionCursor++;
            int mentionEnd = mentionCursor;
            while (mentionEnd < mentions.Count && mentions[mentionEnd].FirstToken < sentence.EndToken) mentionEnd++;
            var sentenceMentions = mentions.Skip(mentionCursor).Take(mentionEnd - mentionCursor).ToArray();
            // A sentence repeated in the same document (a caption printed twice) is one report, not two.
            if (!seenSentences.Add(document.TextOf(sentence))) continue;
            var tree = CodeSentence(document, sentence, sentenceMentions, byStart, times, events, mainPair, frame.At(index));
            AdvanceFrame(frame, index, document, sentence, tree, sentenceMentions, times);
        }
        return events;
    }

    /// <summary>Codes one sentence's events into the output; returns the sentence's parse tree when it built one.</summary>
    private SentenceTree? CodeSentence(AnalyzedDocument document, Sentence sentence, ActorMention[] mentions, Dictionary<int, ActorMention> byStart,
        IReadOnlyList<TimeExpression> times, List<EventRecord> output, string[] mainPair, TimeExpression? frame)
    {
        if (mentions.Length == 0) return null;
        var tokens = document.Tokens;
        var matches = FindMatches(tokens, sentence, byStart);
        if (matches.Count == 0) return null;
        var relativeClause = RelativeClauses(tokens, sentence);

        var candidates = new List<(PatternMatch Match, Actor[] Sources, ActorMention? SourceMention, List<ActorMention> Targets)>();
        var tree = new SentenceTree(tokens, sentence, mentions);
        foreach (var match in matches)
        {
            ActorMention? sourceMention;
            Actor[] sources;
            List<ActorMention> targets;
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
                if (tree.SubjectOf(match.Trigger) is (>= 0 and var sufferer, true) && tokens[sufferer].Deprel == "nsubj:pass" && tree.Head(sufferer) == match.Trigger
                    && tree.Children(match.Trigger).Any(c => tokens[c].Deprel == "aux:pass") && tree.AgentOf(match.Trigger) < 0
                    && tree.MentionsOf(sufferer) is { Count: > 0 } suffered
                    && (sources.Length == 0 || suffered.SelectMany(m => m.Actors).Any(a => sources.Contains(a))))
                    (sources, targets) = ([NoTarget], suffered);
            }
            // "summoned the ambassador to protest the visit": a definite event noun with no actor of its own names an act told
            // before (coded where it was told), not a new act of this sentence's subject.
            if (IsBackReference(tokens, sentence, match, sourceMention, targets)) continue;
            candidates.Add((match, sources, sourceMention, targets));
        }

        int before = output.Count;
        foreach (var (match, sources, sourceMention, targets) in candidates)
        {
            var cameo = codebook[match.Pattern.Cameo];
            // "five of the missiles landed in its economic zone": weapons make no visit.
            if (cameo.Root == "04" && sourceMention is not null && Weapons.Contains(tokens[sourceMention.EndToken - 1].Lower)) continue;
            // "Beijing summoned the ambassador to protest the visit": a government's protest is an official complaint (CAMEO 114), not dissent.
            if (cameo.Code == "140" && sources.Length > 0 && sources.All(a => a.Role == "GOV")) cameo = codebook["114"];
            // A statement verb whose content is itself coded says nothing more than that content.
            if (cameo.Code == "010" && candidates.Any(c => c.Match.Trigger > match.Trigger && codebook[c.Match.Pattern.Cameo].Code != "010" && c.Targets.Count > 0))
                continue;
            // "had shot down" parsed as "had" with the object "shot": the participle's clause is the auxiliary's.
            int clauseWord = tokens[match.Trigger].Upos == "NOUN" && IrregularVerbs.BaseOf(tokens[match.Trigger].Lower) is not null
                && tree.Head(match.Trigger) is >= 0 and var auxiliary && tokens[auxiliary].Lemma == "have" ? auxiliary : match.Trigger;
            var modality = tree.ModalityOf(clauseWord);
            if (modality == Modalities.Asserted && cameo.Root == "03") modality = Modalities.Intended;
            // CAMEO codes a cooperative act stated as an intent with the 03 code that mirrors it.
            string rule = "verbs.tsv:" + match.Pattern.Id;
            if (modality == Modalities.Intended && intents.For(cameo.Code) is { } intent)
            {
                rule += $"; intents.tsv:{cameo.Code}>{intent}";
                cameo = codebook[intent];
            }
            // "apologize for the 2008 war": a date that says which occurrence is meant dates no act around it.
            var dating = times.Where(t => t.Start >= sentence.Start && t.End <= sentence.End && !(t.BeforeNoun && t.DatesNoun != tokens[match.Trigger].Start)
                && tree.Governs(t.Start, match.Trigger)).ToList();
            // "attacks on two tankers in the Gulf of Oman on Thursday": a date that hangs on the event noun is its own, whatever is nearer.
            if (tokens[match.Trigger].Upos == "NOUN" && dating.Where(t => HangsOn(tokens, sentence, t, match.Trigger)).ToList() is { Count: > 0 } ownDates)
                dating = ownDates;
            var date = EventDater.Date(dating, sentence.Start, sentence.End, tokens[match.Trigger].Start, document.Source);
            // "The offer came on Tuesday, three months after the two sides struck a deal": the deal is three months before the offer.
            if (ClauseOffset(document, sentence, tokens[match.Trigger].Start) is { } offset && !dating.Any(t => t.Start > offset.End))
            {
                if ((dating.LastOrDefault(t => !t.IsSince) ?? MainClauseDate(document, tree, sentence, times, frame)) is { } main
                    && main.Value.MovedBy((offset.Before ? 1 : -1) * offset.Count, offset.Unit) is { } shifted)
                {
                    // "three months" is a round figure: the moved date is no finer than its unit.
                    var value = offset.Unit is "day" or "week" || shifted.Precision < DatePrecision.Month ? shifted
                        : offset.Unit == "month" ? PartialDate.OfMonth(shifted.Year, shifted.Month) : PartialDate.OfYear(shifted.Year);
                    date = EventDater.From(new TimeExpression(offset.Start, offset.End, offset.Text, value, main.Basis), document.Source);
                }
            }
            // "Washington had imposed sanctions on Eritrean officials in 2021" (in a 2022 report): where the dates cannot tell, the past perfect says background.
            else if (date.Date is { } dated && date.Basis is not DateBases.Publication && !date.Historical && !EventDater.IsRecent(dated, document.Source)
                && IsToldAsBackground(tree, tokens, sentence, match.Trigger))
                date = date with { Historical = true };
            else if (date.Basis is DateBases.Publication or "")
            {
                // "had left the talks", "have on previous occasions refused": told as background, the act is historical even undated.
                if (IsToldAsBackground(tree, tokens, sentence, match.Trigger))
                    date = new EventDate(null, "", Historical: true);
                // "the brief war in August 2008 that saw Russia come under condemnation": a clause describing a dated occurrence happened then.
                else if (DescribedOccurrence(document, times, sentence, tokens[match.Trigger].Start) is { } described)
                    date = EventDater.From(described, document.Source);
                // "... until the war in August 2008. Russia's forces secured the territories": the narrative goes on at the time it reached.
                else if (frame is not null && ContinuesNarrative(tree, tokens, sentence, match.Trigger, recentFrame: NarrativeFrame.IsRecent(frame, document.Source)))
                    date = EventDater.From(frame, document.Source);
            }
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
                if (SameActor(sources[0], sources[1])) continue;
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
        Deduplicate(output, before);
        return tree;
    }
}
