using System.Globalization;
using Kronika.Documents;

namespace Kronika.Stories;

/// <summary>The periods a series counts by.</summary>
public enum SeriesPeriod { Month, Quarter, Year }

/// <summary>Events of one quad class and modality in one period: the unit a series is summed from (a store may keep them precomputed).</summary>
/// <param name="Date">The period at month precision, or the event's own coarser date (a year, a decade).</param>
public readonly record struct PeriodCount(PartialDate Date, int QuadClass, long Events, double GoldsteinSum, string Modality = ModalityFilter.Asserted);

/// <summary>
/// One period of a dyad series: events per quad class (1-4) and the mean Goldstein weight; <see cref="Intended"/> is
/// how many of its events are stated intents (offers, plans, threats), counted in it and flagged.
/// </summary>
public sealed record SeriesRow(string Period, long[] ByQuad, double MeanGoldstein, long Intended = 0)
{
    public long Events => ByQuad.Sum();
}

/// <summary>
/// A dyad's events summed per month, quarter or year. An event dated more coarsely than the period (a year in a
/// monthly series, a decade) is counted in a row of its own date ("2008", "1990s") placed before that date's
/// finer periods, rather than spread over periods it may not belong to; undated events are left out.
/// </summary>
public static class DyadSeries
{
    public static SeriesPeriod ParsePeriod(string text) => text.Trim().ToLowerInvariant() switch
    {
        "month" => SeriesPeriod.Month,
        "quarter" => SeriesPeriod.Quarter,
        "year" => SeriesPeriod.Year,
        _ => throw new FormatException($"--by \"{text}\": unknown period; expected month, quarter or year"),
    };

    /// <summary>The cell an event date is counted in: its month, or its own date when coarser.</summary>
    public static PartialDate Cell(PartialDate date) =>
        date.Precision == DatePrecision.Day ? PartialDate.OfMonth(date.Year, date.Month) : date;

    public static IEnumerable<PeriodCount> Cells(IEnumerable<StoryEvent> events) =>
        events.Where(e => e.When is not null && e.QuadClass is >= 1 and <= 4)
            .Select(e => new PeriodCount(Cell(e.When!.Value), e.QuadClass, 1, e.Goldstein, e.Modality.Length == 0 ? ModalityFilter.Asserted : e.Modality));

    /// <summary>Sums the cells of the modalities asked for (every one when none is given) into periods, in date order.</summary>
    public static IReadOnlyList<SeriesRow> Build(IEnumerable<PeriodCount> cells, SeriesPeriod by, ModalityFilter? modalities = null)
    {
        var rows = new SortedDictionary<(DateOnly First, DatePrecision Precision), (string Label, long[] ByQuad, double Sum, long Intended)>();
        foreach (var cell in cells)
        {
            if (cell.QuadClass is < 1 or > 4 || modalities?.Includes(cell.Modality) == false) continue;
            var (label, key) = Period(cell.Date, by);
            if (!rows.TryGetValue(key, out var row)) row = (label, new long[4], 0, 0);
            row.ByQuad[cell.QuadClass - 1] += cell.Events;
            rows[key] = row with { Sum = row.Sum + cell.GoldsteinSum, Intended = row.Intended + (cell.Modality == ModalityFilter.Intended ? cell.Events : 0) };
        }
        return rows.Values.Select(r => new SeriesRow(r.Label, r.ByQuad, r.ByQuad.Sum() == 0 ? 0 : r.Sum / r.ByQuad.Sum(), r.Intended)).ToList();
    }

    public static IReadOnlyList<SeriesRow> Build(IEnumerable<StoryEvent> events, SeriesPeriod by, ModalityFilter? modalities = null) =>
        Build(Cells(events), by, modalities);

    private static (string Label, (DateOnly, DatePrecision) Key) Period(PartialDate date, SeriesPeriod by)
    {
        var coarse = (EventDates.Label(date), (date.First, date.Precision));
        return (by, date.Precision) switch
        {
            (_, DatePrecision.Decade) => coarse,
            (SeriesPeriod.Year, _) => (date.Year.ToString("D4", CultureInfo.InvariantCulture), (new DateOnly(date.Year, 1, 1), DatePrecision.Year)),
            (_, DatePrecision.Year) => coarse,
            (SeriesPeriod.Quarter, _) => ($"{date.Year:D4}-Q{(date.Month + 2) / 3}", (new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1), DatePrecision.Month)),
            _ => ($"{date.Year:D4}-{date.Month:D2}", (new DateOnly(date.Year, date.Month, 1), DatePrecision.Month)),
        };
    }
}
