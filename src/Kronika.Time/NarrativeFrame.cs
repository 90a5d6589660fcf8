using Kronika.Documents;

namespace Kronika.Time;

/// <summary>
/// The time a story's narrative has reached: after "Moscow severed links in 2006 ... relations deteriorated
/// until the war in August 2008", an undated "Russia's forces secured the territories" happened in August
/// 2008, not on the report date. The frame is the last past date a sentence gave (not a "since" date, not one
/// that only says which occurrence is meant, "the 2008 war"); it reaches <see cref="Reach"/> sentences.
/// </summary>
public sealed class NarrativeFrame
{
    /// <summary>How many sentences after the one that set it a frame still dates a past-tense act.</summary>
    public const int Reach = 3;

    private TimeExpression? _frame;
    private int _setAt;

    /// <summary>The frame in force for a sentence, or null.</summary>
    public TimeExpression? At(int sentenceIndex) => _frame is not null && sentenceIndex - _setAt <= Reach ? _frame : null;

    /// <summary>Moves the frame to the last past date of a sentence, if it gives one.</summary>
    public void Advance(int sentenceIndex, IEnumerable<TimeExpression> sentenceExpressions, PartialDate? publication)
    {
        TimeExpression? last = null;
        foreach (var e in sentenceExpressions)
            if (!e.IsSince && !e.BeforeNoun && (publication is not { } p || e.Value.First <= p.Last)) last = e;
        if (last is null) return;
        _frame = last;
        _setAt = sentenceIndex;
    }

    /// <summary>Ends the frame: the story is back at the news ("Rouhani said the agreement opened a new chapter").</summary>
    public void Reset() => _frame = null;

    /// <summary>Whether a frame is known to lie within the news days (not more than <see cref="EventDater.HistoricalDays"/> before publication).</summary>
    public static bool IsRecent(TimeExpression frame, SourceDocument document) =>
        document.PublicationDate is not null && !EventDater.IsHistorical(frame.Value, document);
}
