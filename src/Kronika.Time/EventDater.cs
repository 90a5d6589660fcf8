using Kronika.Documents;

namespace Kronika.Time;

/// <summary>The date an event is placed at, how it was found, and whether it is background.</summary>
public readonly record struct EventDate(PartialDate? Date, string Basis, bool Historical);

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
        var publication = document.PublicationDate;
        if (best is not null)
            return new EventDate(best.Value, best.Basis, IsHistorical(best.Value, publication));
        if (publication is { } p)
            return new EventDate(p, DateBases.Publication, false);
        return new EventDate(null, "", false);
    }

    /// <summary>Whether a date lies more than <see cref="HistoricalDays"/> days before publication.</summary>
    public static bool IsHistorical(PartialDate date, PartialDate? publication) =>
        publication is { } p && date.Last.AddDays(HistoricalDays) < p.First;
}
