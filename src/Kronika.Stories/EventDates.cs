using System.Globalization;
using System.Text.RegularExpressions;
using Kronika.Documents;

namespace Kronika.Stories;

/// <summary>
/// Reads the partial dates of event records ("2008-08-08", "2008-08", "2008", "1990s" for a decade, "" unknown)
/// and the dates a user types on the command line.
/// </summary>
public static partial class EventDates
{
    /// <summary>An event record's date, or null when it is unknown or unreadable.</summary>
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (s.Length == 5 && s[4] == 's' && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var decade))
            return PartialDate.OfDecade(decade).IfValid; // "0000s" and "9999s" are no decade of the calendar
        return Strict().IsMatch(s) && PartialDate.TryParseIso(s, out var date) ? date : null;
    }

    /// <summary>A date given on the command line (YYYY, YYYY-MM or YYYY-MM-DD); a FormatException names the option and the reason.</summary>
    public static PartialDate ParseOption(string option, string text)
    {
        if (Strict().IsMatch(text.Trim()) && Parse(text) is { } date) return date;
        throw new FormatException($"{option} \"{text}\": not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)");
    }

    /// <summary>Text of a date at its precision: a decade prints as "1990s" here (the event record prints its first year).</summary>
    public static string Label(PartialDate date) => date.Precision == DatePrecision.Decade ? $"{date.Year:D4}s" : date.ToString();

    /// <summary>ISO text of a day, the form dates are stored and compared in.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}s$", RegexOptions.CultureInvariant)]
    private static partial Regex Strict();
}
