namespace Kronika.Events;

/// <summary>
/// One named stage of the event coder, run in order over a sentence (spaCy style): it reads and changes the sentence's
/// candidate events. A component that changes a candidate adds its name to the candidate's rule trail
/// ("verbs.tsv:140:protest &gt; recode:official-complaint"); one that drops a candidate names itself in DroppedBy.
/// </summary>
public interface ICoderComponent
{
    string Name { get; }

    void Apply(SentenceContext context);
}

/// <summary>A component made of a name and a method.</summary>
internal sealed record CoderComponent(string Name, Action<SentenceContext> Run) : ICoderComponent
{
    public void Apply(SentenceContext context) => Run(context);
}

/// <summary>One act a pattern matched, with the actors found for it and, as the components go, its code, rule trail, modality and date.</summary>
public sealed class Candidate
{
    internal Candidate(PatternMatch match, Actor[] sources, ActorMention? sourceMention, List<ActorMention> targets) =>
        (Match, Sources, SourceMention, Targets) = (match, sources, sourceMention, targets);

    internal PatternMatch Match { get; }
    public EventPattern Pattern => Match.Pattern;
    public int Trigger => Match.Trigger;
    public Actor[] Sources { get; internal set; }
    public ActorMention? SourceMention { get; }
    public List<ActorMention> Targets { get; internal set; }
    public CameoCode Cameo { get; internal set; } = null!;
    public string Rule { get; internal set; } = "";
    public string Modality { get; internal set; } = "";
    public EventDate Date { get; internal set; }
    /// <summary>Whether the actor stage found the actors by word order (no parse path from the trigger reached them).</summary>
    internal bool ByWordOrder { get; init; }
    /// <summary>The candidate of the verb before a coordinated verb, whose subject it shares ("were shelled and burned").</summary>
    internal Candidate? SharesSubjectOf { get; init; }
    /// <summary>How many events the candidate wrote, and the per-event rule that last dropped one (event-rules.tsv).</summary>
    internal int Written { get; set; }
    internal string? LastDrop { get; set; }
    /// <summary>The component that dropped the candidate, or null while it stands.</summary>
    public string? DroppedBy { get; internal set; }
}

/// <summary>What the components of the coder share about one sentence.</summary>
public sealed class SentenceContext
{
    internal SentenceContext(AnalyzedDocument document, Sentence sentence, ActorMention[] mentions, Dictionary<int, ActorMention> byStart,
        IReadOnlyList<TimeExpression> times, List<EventRecord> output, string[] mainPair, TimeExpression? frame) =>
        (Document, Sentence, Mentions, ByStart, Times, Output, MainPair, Frame, OutputStart) = (document, sentence, mentions, byStart, times, output, mainPair, frame, output.Count);

    public AnalyzedDocument Document { get; }
    public Token[] Tokens => Document.Tokens;
    public Sentence Sentence { get; }
    public ActorMention[] Mentions { get; }
    internal Dictionary<int, ActorMention> ByStart { get; }
    public IReadOnlyList<TimeExpression> Times { get; }
    /// <summary>The document's events so far; this sentence's begin at OutputStart.</summary>
    public List<EventRecord> Output { get; }
    public int OutputStart { get; }
    /// <summary>The two states the story is most about.</summary>
    public string[] MainPair { get; }
    /// <summary>The country the story is set in (<see cref="StorySetting"/>), if one stands out.</summary>
    public string? Setting { get; internal set; }
    /// <summary>The narrative frame's time at this sentence, if any.</summary>
    public TimeExpression? Frame { get; }
    internal List<PatternMatch> Matches { get; set; } = [];
    internal bool[] RelativeClause { get; set; } = [];
    internal SentenceTree? Tree { get; set; }
    /// <summary>The candidates the actor stage kept, in trigger order (dropped ones stay, with DroppedBy set).</summary>
    public List<Candidate> Candidates { get; } = [];
    /// <summary>Matches the actor stage dropped (a reference back to an earlier act).</summary>
    public List<Candidate> Dropped { get; } = [];
    /// <summary>Set by a component when nothing is left to code: the components after it do not run.</summary>
    public bool Stop { get; set; }

    /// <summary>The candidates still standing.</summary>
    public IEnumerable<Candidate> Standing => Candidates.Where(c => c.DroppedBy is null);
}
