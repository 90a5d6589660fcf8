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

    /// <summary>
    /// Patterns that began to match in a sentence but did not complete ("accuse X of" without "of"), with the word
    /// where they stopped: what `kronika code` shows as near misses, deepest first.
    /// </summary>
    public IEnumerable<(EventPattern Pattern, int Trigger, string StoppedAt, int Matched)> NearMisses(AnalyzedDocument document, Sentence sentence, int limit = 8)
    {
        var tokens = document.Tokens;
        var found = new List<(EventPattern, int, string, int)>();
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord) continue;
            foreach (var pattern in patterns.StartingWith(tokens[i].Lemma, tokens[i].Lower))
            {
                int words = pattern.Elements.Count(e => !e.IsGap && !e.IsTarget);
                if (words < 2) continue;
                // How many of the pattern's words appear in order after the trigger (gaps of up to three tokens).
                int matched = 1, at = i + 1, element = 1;
                while (element < pattern.Elements.Length)
                {
                    var e = pattern.Elements[element];
                    if (e.IsGap || e.IsTarget) { element++; continue; }
                    int next = -1;
                    for (int k = at; k < Math.Min(sentence.EndToken, at + MaxGap + 1); k++)
                        if (e.Matches(tokens[k].Lemma, tokens[k].Lower)) { next = k; break; }
                    if (next < 0) break;
                    matched++;
                    at = next + 1;
                    element++;
                }
                if (matched >= words) continue;
                var missing = pattern.Elements.Skip(element).First(e => !e.IsGap && !e.IsTarget);
                found.Add((pattern, i, $"{matched} of {words} words; no \"{string.Join("|", missing.Lemmas)}\" within {MaxGap} words", matched));
            }
        }
        return found.OrderByDescending(f => f.Item4).ThenBy(f => f.Item2).Take(limit);
    }

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

    /// <summary>All pattern matches of the sentence, keeping per trigger the most specific, and dropping matches inside longer ones.</summary>
    private List<PatternMatch> FindMatches(Token[] tokens, Sentence sentence, Dictionary<int, ActorMention> byStart)
    {
        var found = new List<PatternMatch>();
        int nameEnd = -1;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (!token.IsWord) continue;
            // "the Rapid Support Forces", "the Peace Corps": the words of an actor's proper name are no act.
            if (byStart.TryGetValue(i, out var mention) && mention.EndToken - mention.FirstToken >= 2 && IsProperName(tokens, mention)) nameEnd = mention.EndToken;
            if (i < nameEnd) continue;
            // An adjective or adverb is no act ("their brief war", "from occupied Georgia"); nor is a noun its determiner and adjective
            // make plain ("the necessary rebuff"), whatever verb it can also be.
            bool adjectival = token.Upos is "ADJ" or "ADV" or "ADP" or "DET" or "NUM" or "PRON" or "PROPN" || IsAttributive(tokens, sentence, i)
                || token.Upos == "NOUN" && i - 2 >= sentence.FirstToken && tokens[i - 1].Upos == "ADJ" && tokens[i - 2].Upos == "DET";
            // "any attack on its citizens", "no talks": a generic or negated noun names no act that happened.
            if (i > sentence.FirstToken && tokens[i - 1].Lower is "any" or "every" or "no" && token.Upos == "NOUN") continue;
            // "a U.S. proposal for a 30-day ceasefire", "calls for talks": what a proposal or demand is for has not happened.
            if (token.Upos == "NOUN" && IsContentOfProposal(tokens, sentence, i)) continue;
            PatternMatch? best = null;
            foreach (var pattern in patterns.StartingWith(token.Lemma, token.Lower))
            {
                if (adjectival && pattern.Kind == PatternKind.Verb) continue;
                if (!TryMatch(tokens, sentence, byStart, pattern, i, out var match)) continue;
                // "agreed on Wednesday to a ceasefire" is no "agree on": a pattern's closing preposition that opens a date belongs to the date.
                if (match.End < sentence.EndToken && tokens[match.End - 1].Upos == "ADP" && IsDateWord(tokens[match.End])) continue;
                if (best is not { } b || pattern.Specificity > b.Pattern.Specificity
                    || (pattern.Specificity == b.Pattern.Specificity && match.End - match.Trigger < b.End - b.Trigger))
                    best = match;
            }
            if (best is { } chosen) found.Add(chosen);
        }
        // A match lying inside a more specific one ("restore ties" inside "offer to restore ties") is part of it,
        // and so is the act an offer, threat, demand or refusal is about ("threatened to cut off supplies"):
        // CAMEO codes the offer or threat, not the act it names.
        return found.Where(m => !found.Any(o => !ReferenceEquals(o.Pattern, m.Pattern)
            && ((o.Trigger <= m.Trigger && m.Trigger < o.End && o.Pattern.Specificity > m.Pattern.Specificity)
                || (o.End <= m.Trigger && m.Trigger <= o.End + 2 && tokens[o.End - 1].Lower == "to" && EmbedsAct(o.Pattern.Cameo))))).ToList();
    }

    private static bool TryMatch(Token[] tokens, Sentence sentence, Dictionary<int, ActorMention> byStart, EventPattern pattern, int start, out PatternMatch match)
    {
        ActorMention? slot = null;
        if (Match(tokens, sentence.EndToken, byStart, pattern.Elements, 0, start, ref slot, out int end))
        {
            match = new PatternMatch(pattern, start, end, slot);
            return true;
        }
        match = default;
        return false;
    }

    private static bool Match(Token[] tokens, int limit, Dictionary<int, ActorMention> byStart, PatternElement[] elements, int e, int i, ref ActorMention? slot, out int end)
    {
        end = i;
        if (e == elements.Length) return true;
        var element = elements[e];
        if (element.IsGap)
        {
            for (int skip = 0; skip <= MaxGap && i + skip <= limit; skip++)
            {
                if (skip > 0 && IsClauseBreak(tokens[i + skip - 1])) break;
                if (Match(tokens, limit, byStart, elements, e + 1, i + skip, ref slot, out end)) return true;
            }
            return false;
        }
        if (element.IsTarget)
        {
            // The slot takes an actor mention, after at most a determiner or two.
            for (int skip = 0; skip <= 2 && i + skip < limit; skip++)
            {
                if (byStart.TryGetValue(i + skip, out var mention))
                {
                    var saved = slot;
                    slot = mention;
                    if (Match(tokens, limit, byStart, elements, e + 1, mention.EndToken, ref slot, out end)) return true;
                    slot = saved;
                }
                if (!tokens[i + skip].IsWord) break;
            }
            return false;
        }
        if (i >= limit || !element.Matches(tokens[i].Lemma, tokens[i].Lower)) return false;
        return Match(tokens, limit, byStart, elements, e + 1, i + 1, ref slot, out end);
    }

    private static bool IsClauseBreak(Token t) => t.Text is "." or ";" or ":" or "?" or "!";

    /// <summary>Marks tokens inside ", which/who/where ... ," relative clauses, whose actors are not the main clause's subject.</summary>
    private static bool[] RelativeClauses(Token[] tokens, Sentence sentence)
    {
        var inside = new bool[sentence.TokenCount];
        for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
        {
            if (tokens[i].Text != "," || tokens[i + 1].Lower is not ("which" or "who" or "where" or "whose" or "whom")) continue;
            int j = i + 1;
            while (j < sentence.EndToken && tokens[j].Text != ",") j++;
            if (j >= sentence.EndToken) break;
            for (int k = i; k <= j; k++) inside[k - sentence.FirstToken] = true;
            i = j - 1;
        }
        return inside;
    }

    private static (ActorMention? Mention, Actor[] Actors) FindSource(Token[] tokens, Sentence sentence, ActorMention[] mentions, PatternMatch match, bool[] relativeClause)
    {
        bool triggerInRelative = relativeClause[match.Trigger - sentence.FirstToken];
        for (int k = mentions.Length - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.EndToken > match.Trigger) continue;
            if (!triggerInRelative && relativeClause[m.FirstToken - sentence.FirstToken]) continue;
            if (m.FirstToken > sentence.FirstToken && Prepositions.Contains(tokens[m.FirstToken - 1].Lower)) continue;
            if (ReferenceEquals(m, match.SlotTarget)) continue;
            var actors = new List<Actor>(m.Actors);
            // Coordinated subjects: "Russia and Georgia", "Russia, along with Venezuela, Syria and ...".
            int j = k - 1;
            int left = m.FirstToken;
            bool sawAnd = false;
            var chain = new List<Actor>();
            while (j >= 0)
            {
                var prev = mentions[j];
                int gapStart = prev.EndToken, gapEnd = left;
                if (gapEnd - gapStart > 3 || gapEnd <= gapStart) break;
                bool joined = true;
                for (int t = gapStart; t < gapEnd; t++)
                {
                    if (tokens[t].Lower is "and" or "&" or "with") sawAnd = true;
                    else if (!Coordinators.Contains(tokens[t].Lower) && tokens[t].Lower is not ("along" or "as" or "well"))
                        joined = false;
                }
                if (!joined) break;
                chain.InsertRange(0, prev.Actors);
                left = prev.FirstToken;
                j--;
            }
            // Comma-separated actors form a list only when "and" (or "along with") joins it somewhere.
            if (sawAnd) actors.InsertRange(0, chain);
            // "Delegations from Russia and Georgia": an unresolved group takes the country of its "from/of" phrase.
            if (!m.IsResolved)
            {
                int next = m.EndToken;
                if (next < sentence.EndToken && tokens[next].Lower is "from" or "of")
                {
                    var owners = mentions.Where(o => o.FirstToken == next + 1).ToList();
                    if (owners.Count > 0)
                    {
                        var owner = owners[0];
                        var resolved = CoordinatedFrom(tokens, mentions, owner).Select(a => a with { Role = m.Actor.Role.Length > 0 ? m.Actor.Role : a.Role }).ToArray();
                        return (m, resolved);
                    }
                }
                continue;
            }
            return (m, actors.Where(a => a.IsResolved).Distinct().ToArray());
        }
        return (null, []);
    }

    /// <summary>The first actor of the sentence outside any prepositional phrase: the subject a coordinated verb shares.</summary>
    private static (ActorMention?, Actor[]) MainSubject(Token[] tokens, Sentence sentence, ActorMention[] mentions, PatternMatch match)
    {
        foreach (var m in mentions)
        {
            if (m.EndToken > match.Trigger) break;
            if (m.FirstToken > sentence.FirstToken && Prepositions.Contains(tokens[m.FirstToken - 1].Lower)) continue;
            if (m.IsResolved) return (m, CoordinatedFrom(tokens, mentions, m).ToArray());
        }
        return (null, []);
    }

    /// <summary>The mentions joined to one by "and" or a comma list, on either side, in sentence order.</summary>
    private static List<ActorMention> CoordinatedAround(Token[] tokens, ActorMention[] mentions, ActorMention mention)
    {
        int index = Array.IndexOf(mentions, mention);
        if (index < 0) return [];
        int first = index;
        while (first > 0 && Joined(tokens, mentions[first - 1], mentions[first])) first--;
        int last = index;
        while (last + 1 < mentions.Length && Joined(tokens, mentions[last], mentions[last + 1])) last++;
        bool hasAnd = false;
        for (int k = first; k < last; k++)
            for (int t = mentions[k].EndToken; t < mentions[k + 1].FirstToken; t++)
                if (tokens[t].Lower is "and" or "&") hasAnd = true;
        return hasAnd ? mentions[first..(last + 1)].Where(m => m.IsResolved).ToList() : [];
    }

    private static bool Joined(Token[] tokens, ActorMention left, ActorMention right)
    {
        int gap = right.FirstToken - left.EndToken;
        if (gap < 1 || gap > 2) return false;
        for (int t = left.EndToken; t < right.FirstToken; t++)
            if (!Coordinators.Contains(tokens[t].Lower) && tokens[t].Lower is not "the") return false;
        return true;
    }

    /// <summary>A mention and the mentions coordinated after it ("Russia and Georgia").</summary>
    private static List<Actor> CoordinatedFrom(Token[] tokens, ActorMention[] mentions, ActorMention first)
    {
        var actors = new List<Actor>(first.Actors);
        int index = Array.IndexOf(mentions, first);
        int right = first.EndToken;
        for (int k = index + 1; k < mentions.Length; k++)
        {
            var next = mentions[k];
            if (next.FirstToken - right > 3) break;
            bool joined = true;
            for (int t = right; t < next.FirstToken; t++)
                if (!Coordinators.Contains(tokens[t].Lower) && tokens[t].Lower is not "the") joined = false;
            if (!joined || next.FirstToken == right) break;
            actors.AddRange(next.Actors);
            right = next.EndToken;
        }
        return actors.Where(a => a.IsResolved).ToList();
    }

    private static List<ActorMention> FindTargets(Token[] tokens, Sentence sentence, ActorMention[] mentions, PatternMatch match, Actor[] sources)
    {
        var targets = new List<ActorMention>();
        if (match.SlotTarget is { } slot)
        {
            targets.Add(slot);
            AddCoordinated(tokens, mentions, slot, targets);
            return targets;
        }
        int limit = Math.Min(sentence.EndToken, match.End + TargetWindow);
        foreach (var m in mentions)
        {
            // The object may sit inside the pattern's gap: "expelled two Paraguayan diplomats".
            if (m.FirstToken <= match.Trigger || m.FirstToken >= limit) continue;
            if (HasBreakBetween(tokens, match.End, m.FirstToken)) break;
            // "..., Ethiopian state media reported": whoever reports the act is not its target, and nothing after them is.
            if (IsReporterOf(tokens, m, match.Trigger) || m.FirstToken >= AttributionStart(tokens, sentence)) break;
            // "(agreed ...) in a deal brokered by China": the agent of a participle on an adjunct is that act's doer, not this one's target
            // ("to ban a party backed by Russia" keeps Russia: the object's backer is the side acted against).
            if (m.FirstToken >= 2 && tokens[m.FirstToken - 1].Lower == "by" && tokens[m.FirstToken - 2].Xpos == "VBN" && m.FirstToken - 2 != match.Trigger
                && tokens[m.FirstToken - 2].Head is >= 0 and var modified && IsCircumstance(tokens, sentence, modified)) break;
            if (!m.IsResolved || m.Actors.All(a => sources.Any(s => SameActor(s, a)))) continue;
            // A nationality adjective on a thing ("Georgian airspace") is a target only right after the trigger.
            if (IsThingOfCountry(m) && m.FirstToken - match.End > 2) continue;
            // "in Geneva", "in the Caucasus region": a place where something happens is not its target.
            if (IsLocative(tokens, sentence, m)) continue;
            // "ease tension over the two territories of South Ossetia": what a noun is about is its topic, not a target.
            if (IsTopicOfNoun(tokens, match.End, m.FirstToken)) continue;
            targets.Add(m);
            AddCoordinated(tokens, mentions, m, targets);
            break;
        }
        return targets;
    }

    /// <summary>Whether a noun is introduced by a preposition of circumstance ("in a deal", "under an agreement"), not of the act's other side ("against the measures").</summary>
    private static bool IsCircumstance(Token[] tokens, Sentence sentence, int noun)
    {
        for (int k = sentence.FirstToken; k < noun; k++)
            if (tokens[k].Head == noun && tokens[k].Deprel == "case")
                return tokens[k].Lower is "in" or "under" or "through" or "during" or "at" or "within" or "amid" or "after" or "as";
        return false;
    }

    /// <summary>
    /// "sanctioned three Iranian companies for supplying drones", "praised Qatar for mediating": the object of the verb
    /// a reason's gerund hangs on does what the gerund says; null when the trigger is no such gerund.
    /// </summary>
    private static ActorMention? ObjectOfReason(SentenceTree tree, Token[] tokens, int trigger)
    {
        if (tokens[trigger].Xpos != "VBG" || trigger == 0 || tokens[trigger - 1].Lower is not ("for" or "of")) return null;
        int head = tree.Head(trigger);
        if (head < 0 || tokens[head].Upos != "VERB") return null;
        foreach (var c in tree.Children(head))
            if (tokens[c].Deprel == "obj" && tree.MentionsOf(c) is { Count: > 0 } objects)
                return objects[0];
        return null;
    }

    /// <summary>Nouns whose "for"/"of" names what is asked, offered or hoped for, not what happened.</summary>
    private static readonly HashSet<string> AskingNouns = new(StringComparer.Ordinal)
    {
        "proposal", "plan", "call", "offer", "demand", "request", "appeal", "push", "bid", "hope", "hopes", "prospect", "prospects", "idea", "initiative",
    };

    /// <summary>Whether a noun is what a proposal, call or demand is for ("a proposal for a ceasefire", "calls for fresh talks").</summary>
    private static bool IsContentOfProposal(Token[] tokens, Sentence sentence, int noun)
    {
        for (int k = noun - 1; k > sentence.FirstToken && noun - k <= 4; k--)
        {
            if (tokens[k].Lower is not ("for" or "of")) continue;
            return AskingNouns.Contains(tokens[k - 1].Lemma) || AskingNouns.Contains(tokens[k - 1].Lower);
        }
        return false;
    }

    /// <summary>A weekday or "today", "yesterday", "tomorrow".</summary>
    private static bool IsDayWord(in Token token) =>
        token.Lower is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "today" or "tomorrow" or "yesterday";

    private static bool IsDateWord(in Token token) =>
        IsDayWord(token) || MonthNames.TryGet(token.Text, out _) && token.IsCapitalized || token.Kind == TokenKind.Number;

    private static readonly HashSet<string> Weapons = new(StringComparer.Ordinal)
    {
        "missile", "missiles", "rocket", "rockets", "shell", "shells", "bomb", "bombs", "drone", "drones", "projectile", "projectiles", "mortar", "mortars", "grenade", "grenades",
    };

    private static bool IsBackReference(Token[] tokens, Sentence sentence, PatternMatch match, ActorMention? source, List<ActorMention> targets)
    {
        int t = match.Trigger;
        if (tokens[t].Upos != "NOUN" || t == sentence.FirstToken || tokens[t - 1].Lower is not ("the" or "this" or "that")) return false;
        // Its own actors sit right around it: "the visit by Pelosi", "the talks between Russia and Georgia".
        bool ownSource = source is not null && source.FirstToken >= match.End && source.FirstToken <= match.End + 3;
        bool ownTarget = targets.Any(m => m.FirstToken >= match.End && m.FirstToken <= match.End + 3);
        return !ownSource && !ownTarget;
    }

    /// <summary>Whether every word of a mention is capitalized (articles aside): a proper name, not a described group.</summary>
    private static bool IsProperName(Token[] tokens, ActorMention mention)
    {
        for (int k = mention.FirstToken; k < mention.EndToken; k++)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower is not ("the" or "of" or "and" or "for")) return false;
        return true;
    }

    /// <summary>"reopened their border", "met each other", "jointly agreed", "exchanged prisoners": an act of two sides that is mutual.</summary>
    private static bool ActsOnWhatTheyShare(Token[] tokens, Sentence sentence, PatternMatch match)
    {
        // "Russia and Ukraine exchanged prisoners": an exchange goes both ways; "agreed to restore diplomatic relations": relations are between them.
        if (tokens[match.Trigger].Lemma is "exchange" or "swap") return true;
        int end = Math.Min(sentence.EndToken, match.End + 6);
        for (int k = match.Trigger + 1; k < end; k++)
        {
            // "signed a ceasefire agreement", "agreed on Wednesday to a ceasefire": a ceasefire, a truce or a treaty binds the two who make it.
            if (tokens[k].Lower is "relations" or "ties" or "ceasefire" or "cease-fire" or "truce" or "armistice" or "treaty" or "pact" or "accord" or "agreement" or "deal") return true;
            if (tokens[k].Lower is "their" or "jointly" or "together" or "mutual" or "mutually" or "bilateral") return true;
            if (k + 1 < end && (tokens[k].Lower, tokens[k + 1].Lower) is ("each", "other") or ("one", "another")) return true;
        }
        return false;
    }

    /// <summary>
    /// Where a closing attribution begins ("..., mediators Qatar and Egypt said."): after the last comma, when the sentence
    /// ends with a reporting verb; the sentence's end when it has none.
    /// </summary>
    private static int AttributionStart(Token[] tokens, Sentence sentence)
    {
        int last = sentence.EndToken - 1;
        while (last > sentence.FirstToken && !tokens[last].IsWord) last--;
        if (!ReportingVerbs.Contains(tokens[last].Lemma) || tokens[last].Xpos is not ("VBD" or "VBZ" or "VBP")) return sentence.EndToken;
        for (int k = last - 1; k > sentence.FirstToken && last - k <= 8; k--)
            if (tokens[k].Text == ",") return k + 1;
        return sentence.EndToken;
    }

    /// <summary>Whether a mention is the subject of a reporting verb other than the trigger ("state media reported", "said Kalandadze").</summary>
    private static bool IsReporterOf(Token[] tokens, ActorMention mention, int trigger)
    {
        for (int k = mention.FirstToken; k < mention.EndToken; k++)
        {
            int head = tokens[k].Head;
            if (head >= mention.FirstToken && head < mention.EndToken) continue;
            // "mediators Qatar and Egypt said": through the noun the name stands beside or with.
            for (int hops = 0, word = k; hops < 3 && head >= 0; hops++)
            {
                if (tokens[word].Deprel is "nsubj") return head != trigger && ReportingVerbs.Contains(tokens[head].Lemma);
                if (tokens[word].Deprel is not ("appos" or "compound" or "flat" or "conj")) return false;
                word = head;
                head = tokens[word].Head;
            }
            return false;
        }
        return false;
    }

    /// <summary>Words that open a new clause: an actor after them belongs to another event.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "but", "while", "whereas", "following", "after", "before", "when", "because", "since", "which", "who", "until", "despite",
        "although", "though", "unless", "if", "where", "whose",
    };

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "in", "at", "inside", "near", "throughout", "across", "outside", "off" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "'s", "’s", "newly", "recently",
    };

    /// <summary>"the talks between", "a visit to", "Russia's attack on": a verb pattern's word after a determiner is an event noun.</summary>
    private static bool UsedAsNoun(Token[] tokens, Sentence sentence, int trigger)
    {
        if (trigger == sentence.FirstToken) return false;
        var previous = tokens[trigger - 1].Lower;
        return previous is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "'s" or "’s" or "this" or "that" or "these" or "those" or "any" or "further" or "fresh" or "new";
    }

    /// <summary>"from occupied Georgia": a participle the parse attaches as a modifier, after a preposition, determiner or adjective.</summary>
    private static bool IsAttributive(Token[] tokens, Sentence sentence, int i) =>
        (tokens[i].Deprel == "amod" && (i == sentence.FirstToken || tokens[i - 1].Upos is "ADP" or "DET" or "ADJ" or "PUNCT" || tokens[i - 1].Xpos == "PRP$"))
        // "to be occupied territories", "the disputed region": a bare participle right before its noun describes it; "had occupied territories" is an act.
        || (tokens[i].Xpos == "VBN" && i + 1 < sentence.EndToken && tokens[i + 1].Upos == "NOUN" && tokens[i + 1].Xpos is "NNS" or "NN"
            && i > sentence.FirstToken && tokens[i - 1].Lemma is "be" or "the" or "a" or "an" or "of" or "from" or "in" or "its" or "their");

    /// <summary>Appeals (02), intents (03), demands (10), refusals (12) and threats (13) take the act they name as their content.</summary>
    private static bool EmbedsAct(string cameo) => cameo[..2] is "02" or "03" or "10" or "12" or "13";

    /// <summary>"... secured the regions and later recognized them": the second verb shares the first one's subject.</summary>
    private static bool IsCoordinatedVerb(Token[] tokens, Sentence sentence, PatternMatch match)
    {
        int t = match.Trigger - 1;
        while (t > sentence.FirstToken && tokens[t].Lower is "later" or "then" or "also" or "subsequently" or "eventually" or "quickly" or "swiftly" or "soon" or "afterwards" or "have" or "has" or "had")
            t--;
        return t > sentence.FirstToken && tokens[t].Lower is "and" or "but";
    }

    /// <summary>Codes whose events are mutual when two coordinated sides do them: consult, cooperate, aid, fight.</summary>
    private static bool IsReciprocal(CameoCode cameo) =>
        cameo.Root is "04" or "06" or "19" or "20" || cameo.Code.StartsWith("036", StringComparison.Ordinal) || cameo.Code.StartsWith("057", StringComparison.Ordinal) || cameo.Code == "050";

    private static bool IntroducedBy(Token[] tokens, ActorMention mention, string preposition) =>
        mention.FirstToken > 0 && (tokens[mention.FirstToken - 1].Lower == preposition
                                   || (mention.FirstToken > 1 && tokens[mention.FirstToken - 2].Lower == preposition && Determiners.Contains(tokens[mention.FirstToken - 1].Lower)));

    /// <summary>
    /// Actors of an event noun: "Russia's invasion of Georgia", "the Russian invasion of Georgia" (modifier = source,
    /// "of/on/against/with" phrase = target); "condemnation from the United States" ("from/by" phrase = source);
    /// "talks between Russia and Georgia" (both sides); else the clause's subject when nothing breaks the clause between.
    /// </summary>
    private (ActorMention?, Actor[], List<ActorMention>) NounActors(Token[] tokens, Sentence sentence, ActorMention[] mentions, PatternMatch match, bool[] relativeClause)
    {
        ActorMention? after = null;
        string preposition = "";
        foreach (var m in mentions)
        {
            if (m.FirstToken < match.End || m.FirstToken > match.End + 3) continue;
            if (HasBreakBetween(tokens, match.End, m.FirstToken) || !m.IsResolved) continue;
            // The preposition may close the pattern itself ("talk with", "visit to").
            for (int t = match.End - 1; t < m.FirstToken; t++)
                if (t > match.Trigger && Prepositions.Contains(tokens[t].Lower)) { preposition = tokens[t].Lower; break; }
            if (preposition.Length > 0) after = m;
            break;
        }
        if (after is not null && preposition == "between")
            return (after, CoordinatedFrom(tokens, mentions, after).ToArray(), []);

        ActorMention? modifier = null;
        foreach (var m in mentions)
            if (m.EndToken <= match.Trigger && match.Trigger - m.EndToken <= 2 && m.IsResolved
                && !(m.FirstToken > sentence.FirstToken && Prepositions.Contains(tokens[m.FirstToken - 1].Lower)))
                modifier = m;

        if (after is not null && preposition is "from" or "by")
        {
            var targetSide = modifier ?? FindSource(tokens, sentence, mentions, match, relativeClause) switch { ({ } s, _) => s, _ => null };
            return (after, CoordinatedFrom(tokens, mentions, after).ToArray(), targetSide is null ? [] : [targetSide]);
        }
        var targets = new List<ActorMention>();
        if (after is not null && !Locatives.Contains(preposition))
        {
            targets.Add(after);
            AddCoordinated(tokens, mentions, after, targets);
        }
        if (modifier is not null)
            return (modifier, modifier.Actors.Where(a => a.IsResolved).ToArray(), targets);
        var (subject, actors) = FindSource(tokens, sentence, mentions, match, relativeClause);
        if (subject is null || match.Trigger - subject.EndToken > 12 || HasBreakBetween(tokens, subject.EndToken, match.Trigger) || HasComma(tokens, subject.EndToken, match.Trigger))
            return (null, [], targets);
        return (subject, actors, targets);
    }

    /// <summary>"in Geneva", "in the volatile southern Caucasus region": a locative preposition within three words before.</summary>
    private static bool IsLocative(Token[] tokens, Sentence sentence, ActorMention m)
    {
        for (int t = m.FirstToken - 1, seen = 0; t >= sentence.FirstToken && seen < 4; t--, seen++)
        {
            if (Locatives.Contains(tokens[t].Lower)) return true;
            if (!tokens[t].IsWord || Prepositions.Contains(tokens[t].Lower) || tokens[t].IsCapitalized) return false;
        }
        return false;
    }

    private static bool IsTopicOfNoun(Token[] tokens, int from, int to)
    {
        for (int t = Math.Max(from, 1); t < to; t++)
            if (tokens[t].Lower is "over" or "about" && tokens[t - 1].Upos is not ("VERB" or "AUX")) return true;
        return false;
    }

    private static bool HasComma(Token[] tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
            if (tokens[t].Text == ",") return true;
        return false;
    }

    private static bool IsThingOfCountry(ActorMention m) => m.Head == EntryKind.Adjective && m.Actor.Role.Length == 0;

    private static void AddCoordinated(Token[] tokens, ActorMention[] mentions, ActorMention first, List<ActorMention> targets)
    {
        int right = first.EndToken;
        var chain = new List<ActorMention>();
        bool closedByAnd = false;
        foreach (var next in mentions)
        {
            if (next.FirstToken < right) continue;
            if (next.FirstToken - right > 2 || next.FirstToken == right) break;
            bool joined = true, and = false;
            for (int t = right; t < next.FirstToken; t++)
            {
                if (tokens[t].Lower is "and" or "&") and = true;
                else if (!Coordinators.Contains(tokens[t].Lower) && tokens[t].Lower is not ("(" or ")" or "the")) joined = false;
            }
            if (!joined) break;
            chain.Add(next);
            right = next.EndToken;
            if (and) { closedByAnd = true; break; }
        }
        // "Israel, Washington will..." is not a list: a list joined by commas ends with "and".
        if (closedByAnd) targets.AddRange(chain);
    }

    private static bool HasBreakBetween(Token[] tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
            if (tokens[t].Text is ";" or ":" or "." || ClauseOpeners.Contains(tokens[t].Lower))
                return true;
        return false;
    }

    /// <summary>
    /// Same actor, or a state and its own state organs ("Moscow" and "its military aircraft"): such pairs are not
    /// dyads. A state acting on its own rebels, opposition, parliament or people is (GEO GOV → GEO SEP).
    /// </summary>
    private static bool SameActor(Actor a, Actor b) =>
        a.Country == b.Country && (a.Role == b.Role || (StateOrgans.Contains(a.Role) && StateOrgans.Contains(b.Role)));

    private static readonly HashSet<string> StateOrgans = new(StringComparer.Ordinal) { "", "GOV", "MIL" };

    /// <summary>
    /// Source and targets from the dependency tree: the subject (or a passive's agent) of a verb, its object,
    /// or the oblique its pattern names; for an event noun its possessor, adjective or "by/from" phrase as
    /// source and its "of/on/against/with/to" phrase as target, else the subject of the verb that governs it.
    /// Null when the tree gives no source, so the caller can fall back to word order.
    /// </summary>
    private static (ActorMention?, Actor[], List<ActorMention>)? TreeActors(SentenceTree tree, Token[] tokens, ActorMention[] mentions, PatternMatch match)
    {
        int trigger = match.Trigger;
        var targets = new List<ActorMention>();
        List<ActorMention> sources = [];
        bool noun = tokens[trigger].Upos is "NOUN" or "PROPN" || (match.Pattern.Kind == PatternKind.Noun && tokens[trigger].Upos is not ("VERB" or "AUX"));
        if (noun)
        {
            // "a hunger strike against Israel's policy": a pattern that starts on a modifier ("hunger") takes its actors around the noun it modifies.
            for (int hop = 0; hop < 2 && tree.Relation(trigger) is "compound" or "amod" && tree.Head(trigger) > trigger && tree.Head(trigger) < match.End; hop++)
                trigger = tree.Head(trigger);
            foreach (var c in tree.Children(trigger))
            {
                var relation = tree.Relation(c);
                if (relation is "nmod:poss" or "amod" or "compound" && tree.MentionsOf(c) is { Count: > 0 } owner) sources = owner;
            }
            bool agentPhrase = false;
            // "faced condemnation from Jordan": the "from" phrase may hang on the verb the noun is the object of.
            var obliques = tree.ObliquesOf(trigger).ToList();
            if (tree.Relation(trigger) == "obj" && tree.Head(trigger) >= 0)
                obliques.AddRange(tree.ObliquesOf(tree.Head(trigger)).Where(o => o.Case is "from" or "by"));
            foreach (var (o, @case) in obliques)
            {
                // "tension over the disputed region": a place the noun is about is its topic ("a boycott over China's policy" still targets China).
                if (@case is "over" or "about" && (tree.MentionAt(o) is not null || PlaceNouns.Contains(tokens[o].Lemma))) continue;
                var found = tree.MentionsOf(o);
                if (found.Count == 0) continue;
                if (@case is "by" or "from") { sources = found; agentPhrase = true; }
                else if (@case == "between") { sources = found; targets.Clear(); break; }
                else if (targets.Count == 0 && !Locatives.Contains(@case)) targets.AddRange(found);
            }
            // "complaints that Russian aircraft violated its airspace": a statement noun is about its clause's subject.
            if (targets.Count == 0 && tree.ComplementSubjectOf(trigger) is >= 0 and var about)
                targets.AddRange(tree.MentionsOf(about));
            // "Israel faced condemnation from Jordan": the one who faces it is the target.
            if (agentPhrase && targets.Count == 0 && tree.Head(trigger) >= 0 && tree.SubjectOf(tree.Head(trigger)) is (var facing, _) && facing >= 0)
                targets.AddRange(tree.MentionsOf(facing));
            // "following the invasion of Ukraine", "since the war": a background event, not the act of the clause's subject.
            bool background = tree.CaseOf(trigger) is "following" or "after" or "before" or "since" or "during" or "amid" or "despite" or "until" or "over";
            if (sources.Count == 0 && !background)
            {
                // "held talks with", "is in Moscow for talks with": the subject of the governing predicate.
                int head = trigger;
                for (int hops = 0; hops < 3 && sources.Count == 0; hops++)
                {
                    head = tree.Head(head);
                    if (head < 0) break;
                    var (subject, _) = tree.SubjectOf(head);
                    if (subject >= 0) sources = tree.MentionsOf(subject);
                }
            }
        }
        else
        {
            var (subject, passive) = tree.SubjectOf(trigger);
            // "welcomed a proposal from Saakashvili this week to offer visa-free travel": the proposer offers (word order:
            // the parser often hangs the infinitive on the main verb).
            if (ProposerBefore(tree, tokens, trigger) is >= 0 and var proposer)
                (subject, passive) = (proposer, false);
            // "Ivanishvili promised that the authorities would apologize": CAMEO codes a promise as its maker's intent.
            if (PromiserOf(tree, tokens, trigger) is >= 0 and var promiser)
                (subject, passive) = (promiser, false);
            if (passive)
            {
                int agent = tree.AgentOf(trigger);
                if (agent >= 0) sources = tree.MentionsOf(agent);
                if (subject >= 0) targets.AddRange(tree.MentionsOf(subject));
            }
            else if (subject >= 0)
            {
                sources = tree.MentionsOf(subject);
            }
            if (match.SlotTarget is { } slot)
            {
                targets.Clear();
                targets.Add(slot);
                int head = slot.EndToken - 1;
                foreach (var conj in tree.ChildrenWith(head, "conj"))
                    if (tree.MentionAt(conj) is { IsResolved: true } m && !targets.Contains(m)) targets.Add(m);
            }
            else if (targets.Count == 0)
            {
                // The object may hang on any word of a longer pattern: "offered to mediate between X and Y".
                var heads = new List<int> { trigger };
                for (int t = match.End - 1; t > trigger; t--)
                    if (tokens[t].Upos is "VERB" or "NOUN") heads.Add(t);
                foreach (var head in heads)
                {
                    int obj = tree.ObjectOf(head);
                    if (obj >= 0) targets.AddRange(tree.MentionsOf(obj));
                    if (targets.Count > 0) break;
                }
                if (targets.Count == 0)
                    foreach (var (o, @case) in heads.SelectMany(h => tree.ObliquesOf(h).Concat(tree.ObjectOf(h) is >= 0 and var obj ? tree.ObliquesOf(obj) : [])))
                    {
                        if (Locatives.Contains(@case) || @case is "by") continue;
                        // "following the arrest of Russian officers": a phrase of time or cause names another event, not this one's target.
                        if (@case is "following" or "after" or "before" or "since" or "during" or "amid" or "until" or "because") continue;
                        // "ease tension over the two territories", "a dispute about the border": what a noun is about is its topic, not a target.
                        if (@case is "over" or "about" && tree.Head(o) >= 0 && tokens[tree.Head(o)].Upos == "NOUN") continue;
                        var found = tree.MentionsOf(o);
                        if (found.Count > 0) { targets.AddRange(found); break; }
                    }
                if (targets.Count == 0 && match.Pattern.Cameo.StartsWith("01", StringComparison.Ordinal))
                {
                    int about = tree.ComplementSubjectOf(trigger);
                    if (about >= 0) targets.AddRange(tree.MentionsOf(about));
                }
            }
        }
        // Coordination the parse missed ("Japan and South Korea" read as one name) is still coordination.
        if (sources.Count == 1)
            foreach (var extra in CoordinatedAround(tokens, mentions, sources[0]))
                if (!sources.Contains(extra)) sources.Add(extra);
        sources.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var sourceActors = sources.SelectMany(m => m.Actors).Where(a => a.IsResolved).Distinct().ToArray();
        if (sourceActors.Length == 0) return null;
        return (sources[0], sourceActors, targets.Where(t => t.IsResolved).Distinct().ToList());
    }

    private static readonly HashSet<string> ProposalNouns = new(StringComparer.Ordinal) { "proposal", "offer", "plan", "initiative", "call", "request", "bid", "idea", "decision", "pledge", "promise" };

    /// <summary>"a proposal from X [this week] to VERB": the token of X, when the trigger is that infinitive.</summary>
    private static int ProposerBefore(SentenceTree tree, Token[] tokens, int trigger)
    {
        if (trigger < 1 || tokens[trigger - 1].Lower != "to") return -1;
        for (int t = trigger - 2, seen = 0; t > 0 && seen < 10; t--, seen++)
        {
            if (tokens[t].Lower is "from" or "by" && ProposalNouns.Contains(tokens[t - 1].Lemma))
            {
                for (int k = t + 1; k < trigger - 1; k++)
                    if (tree.MentionAt(k) is { IsResolved: true }) return k;
                return -1;
            }
            if (tokens[t].Text is "," or ";" or "." || tokens[t].Upos is "VERB" or "AUX") return -1;
        }
        return -1;
    }

    private static readonly HashSet<string> PromiseVerbs = new(StringComparer.Ordinal) { "promise", "pledge", "vow", "guarantee", "undertake", "swear" };

    /// <summary>The subject of a promise verb whose complement clause holds the trigger, or -1.</summary>
    private static int PromiserOf(SentenceTree tree, Token[] tokens, int trigger)
    {
        int word = trigger;
        for (int hops = 0; hops < 3; hops++)
        {
            if (tree.Relation(word) is not ("ccomp" or "xcomp")) return -1;
            int head = tree.Head(word);
            if (head < 0) return -1;
            if (PromiseVerbs.Contains(tokens[head].Lemma) && tree.Relation(word) == "ccomp")
                return tree.SubjectOf(head).Subject;
            word = head;
        }
        return -1;
    }

    /// <summary>The mention an actor was resolved from, for the event record's surface text.</summary>
    private static ActorMention? MentionOf(ActorMention[] mentions, Actor actor) =>
        mentions.FirstOrDefault(m => m.Actors.Any(a => ReferenceEquals(a, actor)));

    private static void Add(AnalyzedDocument document, Sentence sentence, PatternMatch match, CameoCode cameo, Actor source, ActorMention? sourceMention,
        Actor target, ActorMention? targetMention, bool symmetric, string modality, EventDate date, string rule, List<EventRecord> output)
    {
        var doc = document.Source;
        // Travellers and tourists visiting a country are not CAMEO visits, which are official.
        if (cameo.Code is "042" or "043" && source.Role == "CVL") return;
        // Recognising a state and signing an agreement are acts of state, whoever the sentence names: "Russia's forces ... later recognized the two".
        if (cameo.Code is "054" or "057" && source.Role is "MIL") source = source with { Role = "GOV" };
        source = AsWholeCountryAtWar(source, sourceMention, cameo);
        target = AsWholeCountryAtWar(target, targetMention, cameo);
        // "forces invaded South Ossetia": a breakaway region named as the place attacked is the country's territory.
        // Occupying a breakaway region's territory (192, "secured the territories of") targets the region itself.
        if (cameo.Root is "19" or "20" && (cameo.Code != "192" || document.Tokens[match.Trigger].Lemma == "invade")
            && targetMention is { Head: EntryKind.Name } && target.Role == "SEP") target = target with { Role = "" };
        output.Add(new EventRecord
        {
            Doc = doc.Name,
            DocId = doc.Id,
            Id = $"{doc.Id[..12]}-{match.Trigger}-{source}-{target}",
            Source = new EventActor(source.Country, source.Role, source.Name, sourceMention?.Text ?? ""),
            Target = new EventActor(target.Country, target.Role, target.Name, targetMention?.Text ?? ""),
            Cameo = cameo.Code,
            Root = cameo.Root,
            QuadClass = cameo.QuadClass,
            Goldstein = cameo.Goldstein,
            PloverType = cameo.PloverType,
            PloverMode = cameo.PloverMode,
            Date = date.Date?.ToString() ?? "",
            DateBasis = date.Basis,
            DateEvidence = date.Expression is { } when ? new Evidence(when.Text, when.Start, when.End) : null,
            Historical = date.Historical,
            Modality = modality,
            Symmetric = symmetric,
            Evidence = new Evidence(document.TextOf(sentence), sentence.Start, sentence.End),
            Trigger = new Evidence(document.Tokens[match.Trigger].Text, document.Tokens[match.Trigger].Start, document.Tokens[match.Trigger].End),
            SentenceKind = KindOf(document, sentence),
            Rule = rule,
        });
    }

    /// <summary>
    /// "The neighbours waged a five-day war", "Russia fought Georgia": a country named bare in a war or
    /// mass violence is the whole country at war, not its government (coded without a role, as CAMEO
    /// coders do); a capital ("Moscow") still names the government, and troops or rebels keep their role.
    /// </summary>
    private static Actor AsWholeCountryAtWar(Actor actor, ActorMention? mention, CameoCode cameo) =>
        cameo.Root is "19" or "20" && mention is { Head: EntryKind.Name or EntryKind.Pair } && actor.Role == "GOV" ? actor with { Role = "" } : actor;

    private static readonly Actor NoTarget = new("", "", "");

    /// <summary>Words that put an act in the past of the story ("previously", "on previous occasions", "in the past").</summary>
    private static readonly HashSet<string> BackgroundWords = new(StringComparer.Ordinal) { "previously", "formerly", "previous", "past", "earlier", "once" };

    /// <summary>Whether a time expression hangs on a noun: its outside head reaches the noun in at most three steps through no verb.</summary>
    private static bool HangsOn(Token[] tokens, Sentence sentence, TimeExpression expression, int noun)
    {
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Start < expression.Start || tokens[k].End > expression.End) continue;
            int head = tokens[k].Head;
            if (head >= 0 && tokens[head].Start >= expression.Start && tokens[head].End <= expression.End) continue;
            for (int hops = 0; hops < 3 && head >= 0; hops++)
            {
                if (head == noun) return true;
                if (tokens[head].Upos is "VERB" or "AUX") return false;
                head = tokens[head].Head;
            }
            return false;
        }
        return false;
    }

    /// <summary>The sentence's root word, or -1.</summary>
    private static int RootOf(Token[] tokens, Sentence sentence)
    {
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Head == Token.Root) return k;
        return -1;
    }

    /// <summary>
    /// Moves the narrative frame to the sentence's time: the expressions of its main clause when the parse finds
    /// any ("Russia on Friday offered ... since the two waged a war in 2008" is told on Friday), else all of them;
    /// an undated statement ends a background frame.
    /// </summary>
    private static void AdvanceFrame(NarrativeFrame frame, int index, AnalyzedDocument document, Sentence sentence, SentenceTree? tree, ActorMention[] mentions, IReadOnlyList<TimeExpression> times)
    {
        var own = times.Where(t => t.Start >= sentence.Start && t.End <= sentence.End).ToList();
        if (own.Count == 0)
        {
            // An undated statement returns a background narrative to the news; a recent frame ("on Tuesday ... he told lawmakers") goes on.
            if (frame.At(index) is { } current && !NarrativeFrame.IsRecent(current, document.Source) && IsNewsReport(document.Tokens, RootOf(document.Tokens, sentence))) frame.Reset();
            return;
        }
        // The tree the coder built for the sentence, or one built now that a date needs it.
        var main = MainClauseTimes(document.Tokens, sentence, tree ?? new SentenceTree(document.Tokens, sentence, mentions), own).ToList();
        frame.Advance(index, main.Count > 0 ? main : own, document.Source.PublicationDate);
    }

    /// <summary>The expressions among a sentence's own that govern its root: the time of its main clause.</summary>
    private static IEnumerable<TimeExpression> MainClauseTimes(Token[] tokens, Sentence sentence, SentenceTree tree, IEnumerable<TimeExpression> own)
    {
        int root = RootOf(tokens, sentence);
        return root < 0 ? [] : own.Where(t => tree.Governs(t.Start, root));
    }

    [GeneratedRegex(@"\b(?<n>" + CountWords.Pattern + @")\s+(?<unit>day|week|month|year)s?\s+(?<dir>after|before)\s", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetClauseOpening();

    /// <summary>
    /// "came three months after [the two sides struck a deal]": the offset that opens the clause holding the trigger, when that
    /// clause follows its main clause (a preposed "Three months after X, Y did Z" puts Z in the main clause).
    /// </summary>
    private static (int Start, int End, string Text, int Count, string Unit, bool Before)? ClauseOffset(AnalyzedDocument document, Sentence sentence, int triggerStart)
    {
        var text = document.Source.Text;
        if (triggerStart <= sentence.Start) return null;
        for (var m = OffsetClauseOpening().Match(text, sentence.Start, triggerStart - sentence.Start); m.Success; m = m.NextMatch())
        {
            bool preposed = text.AsSpan(sentence.Start, m.Index - sentence.Start).Trim().IsEmpty || text.AsSpan(sentence.Start, m.Index - sentence.Start).TrimEnd().EndsWith(",");
            if (preposed && text.AsSpan(m.Index + m.Length, triggerStart - m.Index - m.Length).Contains(',')) continue;
            int n = CountWords.Parse(m.Groups["n"].Value);
            return (m.Index, m.Index + m.Length - 1, m.Value.TrimEnd(), n, m.Groups["unit"].Value.ToLowerInvariant(), m.Groups["dir"].Value.Equals("before", StringComparison.OrdinalIgnoreCase));
        }
        return null;
    }

    /// <summary>The time of the sentence's main clause: an expression governing its root, else the narrative frame, else the publication date.</summary>
    private static TimeExpression? MainClauseDate(AnalyzedDocument document, SentenceTree tree, Sentence sentence, IReadOnlyList<TimeExpression> times, TimeExpression? frame)
    {
        var own = times.Where(t => t.Start >= sentence.Start && t.End <= sentence.End && !t.IsSince);
        if (MainClauseTimes(document.Tokens, sentence, tree, own).FirstOrDefault() is { } main) return main;
        if (frame is not null) return frame;
        return document.Source.PublicationDate is { } published ? new TimeExpression(0, 0, "published", published, DateBases.Relative) : null;
    }

    [GeneratedRegex(@"^\s*,?\s*(?:that|which|when|where|in\s+which|during\s+which|after\s+which)\b[^;]{0,120}$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClauseOpening();

    /// <summary>The date of an occurrence noun ("the war in August 2008") whose relative clause holds the trigger.</summary>
    private static TimeExpression? DescribedOccurrence(AnalyzedDocument document, IReadOnlyList<TimeExpression> times, Sentence sentence, int triggerStart)
    {
        TimeExpression? found = null;
        foreach (var t in times)
            if (t.Start >= sentence.Start && t.End <= triggerStart && t.DatesNoun >= 0 && !t.BeforeNoun
                && RelativeClauseOpening().IsMatch(document.Source.Text.AsSpan(t.End, triggerStart - t.End)))
                found = t;
        return found;
    }

    /// <summary>Verbs that report what someone said: their subject tells the act, it does not take part in it.</summary>
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "add", "state", "announce", "declare", "claim", "insist", "note", "warn", "stress", "write", "report", "explain",
        "comment", "reply", "respond", "argue", "confirm",
    };

    /// <summary>Reactions told the day they are reported, like statements: after a background sentence they return to the news.</summary>
    private static readonly HashSet<string> NewsReactions = new(StringComparer.Ordinal) { "deny", "urge", "welcome", "condemn", "praise", "criticize", "criticise" };

    /// <summary>A statement or reaction ("Lavrov said", "Netanyahu condemned the deal"): told at the news, unless a recent time says otherwise.</summary>
    private static bool IsNewsReport(Token[] tokens, int root) =>
        root >= 0 && (ReportingVerbs.Contains(tokens[root].Lemma) || NewsReactions.Contains(tokens[root].Lemma));

    /// <summary>
    /// Whether an undated act continues the narrative of the sentences before it: the sentence is told in the simple
    /// past, outside quotation, and the act's own clause is not in the present. Reporting a statement ("Lavrov
    /// said") after a background sentence returns to the news, so a historical frame does not date it.
    /// </summary>
    private static bool ContinuesNarrative(SentenceTree tree, Token[] tokens, Sentence sentence, int trigger, bool recentFrame)
    {
        int root = RootOf(tokens, sentence);
        if (root < 0) return false;
        bool pastRoot = tokens[root].Xpos == "VBD"
            || tokens[root].Xpos == "VBN" && tree.Children(root).Any(c => tokens[c].Deprel is "aux" or "aux:pass" && tokens[c].Lower is "was" or "were");
        if (!pastRoot) return false;
        if (tokens[tree.PredicateOf(trigger)].Xpos is "VBZ" or "VBP") return false;
        // A sentence that names its own time ("promised in September") is not dated by the frame, even when that time could not be resolved.
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (MonthNames.TryGet(tokens[k].Text, out _) && tokens[k].Upos == "PROPN" || IsDayWord(tokens[k])
                || tokens[k].Lower is "week" or "month" or "year" && k > sentence.FirstToken && tokens[k - 1].Lower is "this" or "last" or "next")
                return false;
        // A quotation is its speaker's telling, not the story's narrative.
        if (tokens[sentence.FirstToken].Text is "\"" or "“" or "”" or "'" or "‘") return false;
        return recentFrame || !IsNewsReport(tokens, root);
    }

    /// <summary>
    /// Whether the trigger's clause tells background: past perfect ("had severed"), or a marker of an earlier time
    /// ("previously", "on previous occasions", "in the past") among the clause's words.
    /// </summary>
    private static bool IsToldAsBackground(SentenceTree tree, Token[] tokens, Sentence sentence, int trigger)
    {
        int predicate = tree.PredicateOf(trigger);
        // Past perfect in a main clause; in reported speech ("denied its aircraft had entered") it is only the shift of tense.
        if (tree.Children(predicate).Any(c => tokens[c].Deprel is "aux" or "aux:pass" && tokens[c].Lower == "had") && tokens[predicate].Xpos == "VBN"
            && tokens[predicate].Deprel is not ("ccomp" or "advcl" or "parataxis" or "xcomp"))
            return true;
        // The marker may hang on the auxiliary the parser made the head ("have on previous occasions refused").
        var clause = tree.Children(predicate).ToList();
        if (tree.Head(predicate) >= 0 && tokens[tree.Head(predicate)].Lemma == "have") clause.AddRange(tree.Children(tree.Head(predicate)));
        foreach (var c in clause)
        {
            if (tokens[c].Lower is "previously" or "formerly") return true;
            // "on previous occasions", "in the past": an oblique whose own words mark an earlier time.
            if (tokens[c].Deprel.StartsWith("obl", StringComparison.Ordinal) && tree.Children(c).Any(m => BackgroundWords.Contains(tokens[m].Lower)) && tokens[c].Lower is "occasion" or "occasions" or "past" or "times")
                return true;
            if (tokens[c].Lower == "past" && tree.Children(c).Any(m => tokens[m].Lower == "in")) return true;
        }
        return false;
    }

    /// <summary>A question ends with "?"; a headline is the article's title line (headlines drop verbs and tense, so analysts weigh them apart).</summary>
    private static string KindOf(AnalyzedDocument document, Sentence sentence)
    {
        var text = document.TextOf(sentence).TrimEnd();
        if (text.EndsWith('?')) return SentenceKinds.Question;
        if (document.Source.Title is { Length: > 0 } title && text.Trim() == title.Trim()) return SentenceKinds.Headline;
        return SentenceKinds.Statement;
    }

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "region", "territory", "province", "island", "border", "area", "city", "town", "enclave", "republic", "zone", "land", "strip", "sea", "waters",
    };

    /// <summary>Within a sentence, one event per source, target and root: the first (most specific) wins.</summary>
    private static void Deduplicate(List<EventRecord> events, int from)
    {
        // Per source, target and root, the most specific code wins ("hunger strike against a policy", 1422, over "began a hunger strike", 142);
        // on a tie, the first.
        var best = new Dictionary<(string, string, string), int>();
        for (int read = from; read < events.Count; read++)
        {
            var e = events[read];
            var a = (e.Source.Country + e.Source.Role, e.Target.Country + e.Target.Role);
            if (e.Symmetric && string.CompareOrdinal(a.Item1, a.Item2) > 0) a = (a.Item2, a.Item1);
            var key = (a.Item1, a.Item2, e.Root);
            if (!best.TryGetValue(key, out var kept) || e.Cameo.Length > events[kept].Cameo.Length) best[key] = read;
        }
        var keep = best.Values.Order().Select(i => events[i]).ToList();
        events.RemoveRange(from, events.Count - from);
        events.AddRange(keep);
    }
}
