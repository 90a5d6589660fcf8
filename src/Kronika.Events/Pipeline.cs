using System.Diagnostics;

namespace Kronika.Events;

/// <summary>A document after every stage: its analysis, actors, time expressions and coded events.</summary>
public sealed record CodedDocument(AnalyzedDocument Analysis, ActorMention[] Mentions, TimeExpression[] Times, IReadOnlyList<EventRecord> Events)
{
    public SourceDocument Source => Analysis.Source;
}

/// <summary>
/// The Kronika pipeline over one document at a time: body lines, headline and publication date (documents),
/// tokens, sentences and lemmas (language), actors, time expressions, events. Loading it reads every
/// shipped table once; it is then safe to share across threads.
/// </summary>
public sealed class Pipeline
{
    private readonly DocumentCleaner _cleaner;
    private readonly TextAnalyzer _analyzer;
    private readonly ActorRecognizer _actors;
    private readonly OfficeHolders _officeHolders;
    private readonly PublicationDateInference _publicationDates;
    private readonly AnchoredTimes _anchoredTimes;
    private readonly EventCoder _coder;

    public Pipeline(DocumentCleaner cleaner, TextAnalyzer analyzer, ActorDictionary actors, PublicationDateInference publicationDates, AnchoredTimes anchoredTimes, EventCoder coder, Codebook codebook)
    {
        _publicationDates = publicationDates;
        _anchoredTimes = anchoredTimes;
        _cleaner = cleaner;
        _analyzer = analyzer;
        _actors = new ActorRecognizer(actors);
        _officeHolders = new OfficeHolders(actors);
        _coder = coder;
        Codebook = codebook;
    }

    public Codebook Codebook { get; }

    /// <summary>The language stage's tokenizer (`kronika bench` measures its floor with it).</summary>
    public Tokenizer Tokenizer => _analyzer.Tokenizer;

    /// <summary>The event coder, for explanations (`kronika code` near misses).</summary>
    public EventCoder Coder => _coder;

    /// <summary>
    /// Builds the pipeline from the shipped data folder (see <see cref="DataDirectory"/>), plus the user's own actor tables and
    /// pattern files; the coder's rules are those of data/rules/ unless given.
    /// </summary>
    public static Pipeline LoadDefault(IEnumerable<string>? extraActorTables = null, IEnumerable<string>? extraPatterns = null, CoderRules? coderRules = null)
    {
        var codebook = Codebook.LoadDefault();
        var patterns = PatternDictionary.LoadDefault(codebook, extraPatterns);
        var analyzer = TextAnalyzer.LoadDefault(patterns.Lemmas);
        var actors = ActorDictionary.LoadDefault(analyzer.Tokenizer, extraActorTables);
        var elections = ElectionCalendar.LoadDefault();
        return new Pipeline(DocumentCleaner.LoadDefault(), analyzer, actors, new PublicationDateInference(elections), AnchoredTimes.LoadDefault(elections), new EventCoder(patterns, codebook, CodeCrosswalk.LoadIntents(codebook), EventNouns.LoadDefault(), coderRules ?? CoderRules.LoadDefault(codebook)) { OfficesOf = actors.OfficesOf }, codebook);
    }

    /// <summary>Every stage over one document; a bug a stage hits comes out as a <see cref="PipelineFailure"/> naming the stage.</summary>
    public CodedDocument Process(SourceDocument document, StageTimings? timings = null)
    {
        var (analysis, mentions, times) = Read(document, timings);
        long start = Stopwatch.GetTimestamp();
        var events = Code(analysis, mentions, times);
        timings?.Add(0, 0, 0, 0, Stopwatch.GetTimestamp() - start);
        return new CodedDocument(analysis, mentions, times, events);
    }

    /// <summary>The events stage alone, over what <see cref="Read"/> gave (`kronika time` lists the events each expression dates).</summary>
    public IReadOnlyList<EventRecord> Code(AnalyzedDocument analysis, ActorMention[] mentions, TimeExpression[] times) =>
        PipelineFailure.Guard(PipelineStage.Events, analysis.Source, () => _coder.Code(analysis, mentions, times));

    /// <summary>
    /// Every stage before event coding: body, metadata, language analysis, actors and time expressions,
    /// with the publication date inferred from the text when nothing states it.
    /// </summary>
    public (AnalyzedDocument Analysis, ActorMention[] Mentions, TimeExpression[] Times) Read(SourceDocument document, StageTimings? timings = null)
    {
        long start = Stopwatch.GetTimestamp();
        PipelineFailure.Guard(PipelineStage.Documents, document, () => _cleaner.Apply(document));
        long documents = Stopwatch.GetTimestamp();
        var analysis = PipelineFailure.Guard(PipelineStage.Language, document, () => _analyzer.Analyze(document));
        long language = Stopwatch.GetTimestamp();
        var mentions = PipelineFailure.Guard(PipelineStage.Actors, document, () => _actors.Recognize(analysis));
        long actors = Stopwatch.GetTimestamp();
        (mentions, var times) = PipelineFailure.Guard(PipelineStage.Time, document, () => ReadTimes(analysis, mentions));
        long time = Stopwatch.GetTimestamp();
        timings?.Add(documents - start, language - documents, actors - language, time - actors, 0);
        return (analysis, mentions, times);
    }

    /// <summary>The time stage: expressions, the publication date inferred when nothing gave it, then the anchored expressions.</summary>
    private (ActorMention[] Mentions, TimeExpression[] Times) ReadTimes(AnalyzedDocument analysis, ActorMention[] mentions)
    {
        var document = analysis.Source;
        var matched = TimeRecognizer.Find(analysis);
        var times = TimeRecognizer.Resolve(analysis, matched);
        // Scanning for office holders is only worth it when nothing gave the date.
        if (PublicationDateInference.NeedsInference(document)
            && _publicationDates.Apply(analysis, mentions, _officeHolders.Find(analysis), times, DateOnly.FromDateTime(DateTime.UtcNow)))
        {
            // People and relative dates resolve against the publication date: read them again now that it is known.
            mentions = _actors.Recognize(analysis);
            times = TimeRecognizer.Resolve(analysis, matched);
        }
        return (mentions, _anchoredTimes.Add(analysis, mentions, times));
    }
}

/// <summary>Time spent in each stage over many documents, for `kronika bench`.</summary>
public sealed class StageTimings
{
    public static readonly string[] Stages = ["documents", "language", "actors", "time", "events"];
    private readonly long[] _ticks = new long[5];

    public void Add(params long[] ticks)
    {
        for (int i = 0; i < _ticks.Length; i++) _ticks[i] += ticks[i];
    }

    /// <summary>Adds another's times (one thread's, when several code at once).</summary>
    public void Add(StageTimings other) => Add(other._ticks);

    public TimeSpan this[int stage] => Stopwatch.GetElapsedTime(0, _ticks[stage]);
    public TimeSpan Total => Stopwatch.GetElapsedTime(0, _ticks.Sum());
}
