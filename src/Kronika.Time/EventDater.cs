using Kronika.Documents;

namespace Kronika.Time;

/// <summary>The date an event is placed at, how it was found, and whether it is background.</summary>
public readonly record struct EventDate(PartialDate? Date, string Basis, bool Historical, TimeExpression? Expression = null);

/// <summary>
/// Dates an event from the time expressions of its sentence: the expression nearest the event's
/// trigger, else the publication date. An event more than 30 days before publication is historical.
/// </summary>
public static class EventDater
{
    public const int HistoricalDays = 30;

    public static EventDate Date(IReadOnlyList<TimeExpression> expressions, int sentenceStart, int sentenceEnd, int trigger, SourceDocument document)
    {
        TimeExpression? best = null;
        int bestDistance = int.MaxValue;
        foreach (var e in expressions)
        {
            if (e.Start < sentenceStart || e.End > sentenceEnd) continue;
            int distance = e.Start >= trigger ? e.Start - trigger : trigger - e.End;
            // A "since" expression dates the start of a lasting state, so it loses ties with a plain date.
            if (e.IsSince) distance += 40;
            if (distance < bestDistance)
            {
                best = e;
                bestDistance = distance;
            }
        }
        if (best is not null) return From(best, document);
        if (document.PublicationDate is { } p)
            return new EventDate(p, DateBases.Publication, false);
        return new EventDate(null, "", false);
    }

    /// <summary>An event dated by an expression outside its own clause (the noun its clause describes, the narrative frame).</summary>
    public static EventDate From(TimeExpression expression, SourceDocument document) =>
        new(expression.Value, expression.Basis, IsHistorical(expression.Value, document), expression);

    /// <summary>Whether a date certainly lies within <see cref="HistoricalDays"/> days of publication, however the two periods are read.</summary>
    public static bool IsRecent(PartialDate date, SourceDocument document) =>
        document.PublicationDate is { } p && date.First.DayNumber + HistoricalDays >= p.Last.DayNumber;

    /// <summary>
    /// Whether a date lies more than <see cref="HistoricalDays"/> days before publication; when the publication
    /// date is unknown, before the earliest day the article can have appeared (a dated caption, say). Compared as day
    /// numbers: 30 days after 9999-12-31 is past the calendar's end, but still a number.
    /// </summary>
    public static bool IsHistorical(PartialDate date, SourceDocument document) =>
        document.PublicationDate is { } p ? date.Last.DayNumber + HistoricalDays < p.First.DayNumber
        : document.PublishedNotBefore is { } notBefore && date.Last.DayNumber + HistoricalDays < notBefore.DayNumber;
}
