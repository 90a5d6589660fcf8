using System.Globalization;
using System.Text.RegularExpressions;

namespace Kronika.Documents;

/// <summary>
/// A publication date given by metadata (a manifest's `date`, a JSON Lines record's date): ISO 8601 at any precision
/// ("2024", "2024-09", "2024-09-18", "2024-09-18T10:00:00Z" is that day), and within the years news can have been
/// published in. Nothing here constructs a <see cref="DateOnly"/> before the parts are known to be valid, so that
/// "0000" or "2008-13-45" is a problem to report, never an exception.
/// </summary>
public static partial class MetadataDate
{
    /// <summary>The earliest publication date accepted; older dates in a feed are placeholders, not reports.</summary>
    public static readonly DateOnly Earliest = new(1800, 1, 1);

    /// <summary>
    /// The latest publication date accepted: tomorrow (UTC), since a date in the future is a placeholder
    /// ("9999-12-31") and later stages compute with the date; a day of slack covers time zones ahead of UTC.
    /// </summary>
    public static DateOnly Latest => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);

    // Digits are [0-9], not \d: \d also matches "٢٠٠٨", which int.Parse rejects.
    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2})(?<time>[T ].+)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    /// <summary>Parses a metadata date; on failure <paramref name="problem"/> says why ("expected YYYY, YYYY-MM...", "not between...").</summary>
    public static bool TryParse(string text, out PartialDate date, out string problem)
    {
        date = default;
        var m = Iso().Match(text.Trim());
        if (!m.Success || (m.Groups["time"].Success && !DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)))
        {
            problem = "expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time";
            return false;
        }
        int year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        int month = m.Groups["month"].Success ? int.Parse(m.Groups["month"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        int day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        // The year first: year 0 has no calendar day, and "9999-12-31" is a placeholder, not a report.
        if (year < Earliest.Year || year > Latest.Year)
        {
            problem = OutOfRange;
            return false;
        }
        if (m.Groups["month"].Success && month is < 1 or > 12)
        {
            problem = $"no month {month}";
            return false;
        }
        if (m.Groups["day"].Success && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            problem = $"no day {day} in {year:D4}-{month:D2}";
            return false;
        }
        date = day > 0 ? PartialDate.OfDay(year, month, day) : month > 0 ? PartialDate.OfMonth(year, month) : PartialDate.OfYear(year);
        if (!InRange(date))
        {
            problem = OutOfRange;
            date = default;
            return false;
        }
        problem = "";
        return true;
    }

    private static string OutOfRange => $"out of range: a publication date lies between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}";

    /// <summary>Whether the date begins between <see cref="Earliest"/> and <see cref="Latest"/> (the year is checked first: year 0 has no first day).</summary>
    public static bool InRange(PartialDate date) =>
        date.Year >= Earliest.Year && date.Year <= Latest.Year && date.First >= Earliest && date.First <= Latest;
}
