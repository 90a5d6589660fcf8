namespace Kronika.Events;

/// <summary>One pattern matched in a sentence: its token range, trigger and the mentions of its target and source slots, if any.</summary>
internal readonly record struct PatternMatch(EventPattern Pattern, int Trigger, int End, ActorMention? SlotTarget, ActorMention? SlotSource = null);

/// <summary>
/// Codes the events of a document from its sentences, actor mentions and time expressions.
/// A pattern's trigger is found by lemma; its source is the subject before it (the nearest actor that
/// is not inside a prepositional phrase or a relative clause, with actors coordinated to it), its target
/// the pattern's X slot or the first actor after it. Negation, intent and conditions set the modality.
/// </summary>
public sealed partial class EventCoder(PatternDictionary patterns, Codebook codebook, CodeCrosswalk intents, EventNouns eventNouns, CoderRules rules)
{
    /// <summary>A coder with the shipped rules of data/rules/.</summary>
    public EventCoder(PatternDictionary patterns, Codebook codebook, CodeCrosswalk intents, EventNouns eventNouns)
        : this(patterns, codebook, intents, eventNouns, CoderRules.LoadDefault(codebook)) { }

    private readonly CoderRules Rules = rules;
    private readonly CodeCrosswalk refusals = CodeCrosswalk.LoadRefusals(codebook);

    // The word sets of data/rules/word-sets.tsv.
    private readonly HashSet<string> Prepositions = rules.Set("prepositions");
    private readonly HashSet<string> Coordinators = rules.Set("coordinators");
    private readonly HashSet<string> AskingNouns = rules.Set("asking-nouns");
    private readonly HashSet<string> Weapons = rules.Set("weapons");
    private readonly HashSet<string> ClauseOpeners = rules.Set("clause-openers");
    private readonly HashSet<string> Locatives = rules.Set("locatives");
    private readonly HashSet<string> Determiners = rules.Set("determiners");
    private readonly HashSet<string> ProposalNouns = rules.Set("proposal-nouns");
    private readonly HashSet<string> PromiseVerbs = rules.Set("promise-verbs");
    private readonly HashSet<string> BackgroundWords = rules.Set("background-words");
    private readonly HashSet<string> ReportingVerbs = rules.Set("reporting-verbs");
    private readonly HashSet<string> NewsReactions = rules.Set("news-reactions");
    private readonly HashSet<string> WorkNouns = rules.Set("work-nouns");
    private readonly HashSet<string> ClaimNouns = rules.Set("claim-nouns");
    private readonly HashSet<string> PlaceNouns = rules.Set("place-nouns");
    private readonly HashSet<string> ExchangeVerbs = rules.Set("exchange-verbs");
    private readonly HashSet<string> SharedThings = rules.Set("shared-things");
    private readonly HashSet<string> MutualWords = rules.Set("mutual-words");
    private readonly HashSet<string> SequenceAdverbs = rules.Set("sequence-adverbs");
    private readonly HashSet<string> NounMakers = rules.Set("noun-makers");
    private readonly HashSet<string> TimeAndCauseCases = rules.Set("time-and-cause-cases");
    private readonly HashSet<string> Circumstances = rules.Set("circumstances");
    private readonly HashSet<string> AttemptVerbs = rules.Set("attempt-verbs");
    private readonly HashSet<string> ReasonPrepositions = rules.Set("reason-prepositions");
    private readonly HashSet<string> DescribingVerbs = rules.Set("describing-verbs");
    private readonly HashSet<string> AnswerNouns = rules.Set("answer-nouns");

    // The code sets of data/rules/code-sets.tsv.
    private readonly CodeSet IntentActs = rules.Codes("intent");
    private readonly CodeSet Reactions = rules.Codes("reaction");
    private readonly CodeSet EmbeddingActs = rules.Codes("embeds-act");
    private readonly CodeSet BareStatements = rules.Codes("bare-statement");
    private readonly CodeSet Statements = rules.Codes("statement");
    private readonly CodeSet MutualActs = rules.Codes("mutual");
    private readonly CodeSet MutualWithoutObject = rules.Codes("mutual-without-object");
    private readonly CodeSet Threats = rules.Codes("threat");
    private readonly CodeSet ReasonActs = rules.Codes("reason-phrase");
    private readonly CodeSet CountedPeopleActs = rules.Codes("counted-people");
    private readonly CodeSet MemberCoercedActs = rules.Codes("member-coerced");
    private readonly CodeSet MediationActs = rules.Codes("mediation");
    private readonly CodeSet AddressedActs = rules.Codes("addressed");
    private readonly CodeSet ReleaseDemands = rules.Codes("release-demands");

    private IReadOnlyList<ICoderComponent>? components;

    /// <summary>
    /// The coder's components, run in this order over each sentence: patterns, actors, passive, doers, counted-people, the re-codings of
    /// data/rules/recodings.tsv, modality, dating, dyads, deduplicate, main-event.
    /// </summary>
    public IReadOnlyList<ICoderComponent> Components => components ??=
    [
        new CoderComponent("patterns", MatchPatterns),
        new CoderComponent("actors", FindActors),
        new CoderComponent("passive", KeepPassiveSufferer),
        new CoderComponent("doers", GiveDefaultDoers),
        new CoderComponent("counted-people", TargetCountedPeople),
        .. Rules.Recodings.Select(r => new CoderComponent(r.ComponentName, context => Recode(context, r))),
        new CoderComponent("modality", SetModality),
        new CoderComponent("dating", DateCandidates),
        new CoderComponent("dyads", EmitDyads),
        new CoderComponent("deduplicate", context => Deduplicate(context.Output, context.OutputStart)),
        new CoderComponent("main-event", OrderByProminence),
    ];

    private const int MaxGap = 3;
    private const int TargetWindow = 14;

    /// <summary>The document's events; the candidates a component dropped go to <paramref name="dropped"/> when given (`kronika code` shows them).</summary>
    public IReadOnlyList<EventRecord> Code(AnalyzedDocument document, IReadOnlyList<ActorMention> mentions, IReadOnlyList<TimeExpression> times, List<Candidate>? dropped = null)
    {
        var events = new List<EventRecord>();
        // An agent word without a country that only modifies a noun ("a general strike", "military bases") names no actor.
        mentions = mentions.Where(m => m.IsResolved || !IsModifier(document.Tokens, m)).ToList();
        var byStart = new Dictionary<int, ActorMention>();
        foreach (var m in mentions) byStart.TryAdd(m.FirstToken, m);
        int mentionCursor = 0;
        var seenSentences = new HashSet<string>(StringComparer.Ordinal);
        // The two states the story is most about: the other side of "the talks" a party walks out of.
        var mainPair = mentions.SelectMany(m => m.Actors).Where(a => a.Country.Length == 3 && a.Country != "IGO")
            .GroupBy(a => a.Country).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key).ToArray();
        // The country the story is set in: whose police arrest when the text names none, where unnamed attackers struck.
        var setting = StorySetting.Of(mentions).Country;
        var frame = new NarrativeFrame();
        for (int index = 0; index < document.Sentences.Length; index++)
        {
            var sentence = document.Sentences[index];
            while (mentionCursor < mentions.Count && mentions[mentionCursor].FirstToken < sentence.FirstToken) mentionCursor++;
            int mentionEnd = mentionCursor;
            while (mentionEnd < mentions.Count && mentions[mentionEnd].FirstToken < sentence.EndToken) mentionEnd++;
            var sentenceMentions = mentions.Skip(mentionCursor).Take(mentionEnd - mentionCursor).ToArray();
            // "the author of “Defying Moscow”": a name in the quoted title of a work is no actor of the sentence.
            if (sentenceMentions.Any(m => InQuotedTitle(document.Tokens, sentence, m.FirstToken, WorkNouns)))
                sentenceMentions = sentenceMentions.Where(m => !InQuotedTitle(document.Tokens, sentence, m.FirstToken, WorkNouns)).ToArray();
            sentenceMentions = WithOpponentGroups(document, sentence, sentenceMentions);
            foreach (var group in sentenceMentions.Where(m => m.Rule == OpponentsRule))
            {
                for (int t = group.FirstToken; t < group.EndToken; t++) byStart.Remove(t);
                byStart[group.FirstToken] = group;
            }
            // A sentence repeated in the same document (a caption printed twice) is one report, not two.
            if (!seenSentences.Add(document.TextOf(sentence))) continue;
            var tree = CodeSentence(document, sentence, sentenceMentions, byStart, times, events, mainPair, frame.At(index), dropped, setting);
            AdvanceFrame(frame, index, document, sentence, tree, sentenceMentions, times);
        }
        return events;
    }

    /// <summary>Whether a mention's last word modifies a noun outside it (an adjective or the first part of a compound).</summary>
    private static bool IsModifier(Token[] tokens, ActorMention mention) =>
        tokens[mention.EndToken - 1] is var last && last.Relation is DependencyRelation.Amod or DependencyRelation.Compound
        && (last.Head < mention.FirstToken || last.Head >= mention.EndToken);

    /// <summary>Codes one sentence's events into the output by running the components in order; returns the sentence's parse tree when it built one.</summary>
    private SentenceTree? CodeSentence(AnalyzedDocument document, Sentence sentence, ActorMention[] mentions, Dictionary<int, ActorMention> byStart,
        IReadOnlyList<TimeExpression> times, List<EventRecord> output, string[] mainPair, TimeExpression? frame, List<Candidate>? dropped, string? setting = null)
    {
        if (mentions.Length == 0) return null;
        var context = new SentenceContext(document, sentence, mentions, byStart, times, output, mainPair, frame) { Setting = setting };
        foreach (var component in Components)
        {
            component.Apply(context);
            if (context.Stop) break;
        }
        if (dropped is not null)
        {
            dropped.AddRange(context.Dropped);
            dropped.AddRange(context.Candidates.Where(c => c.DroppedBy is not null));
        }
        return context.Tree;
    }
}
