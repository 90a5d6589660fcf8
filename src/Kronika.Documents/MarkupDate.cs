using System.Globalization;
using System.Text.RegularExpressions;

namespace Kronika.Documents;

/// <summary>
/// On whose clock a date was given: a day without a time, a time without a zone, a UTC moment, or the site's own
/// clock (an explicit offset, a printed date, its URL's folders).
/// </summary>
public enum DateClock : byte { NoTime, Unzoned, Utc, Local }

/// <summary>
/// Reads the date a page's markup gives in a metadata value or a URL: ISO 8601 ("2015-03-18T23:30:00-04:00"),
/// "2015/03/18", "20150318", RFC 1123 ("Wed, 18 Mar 2015 10:00:00 GMT"), "March 18, 2015", "18 March 2015",
/// and Unix epoch seconds or milliseconds. A timestamp's date is taken as written: a page that says
/// 23:30 on the 18th in New York published on the 18th, whatever day it was in UTC.
/// </summary>
public static partial class MarkupDate
{
    [GeneratedRegex(@"^(?<year>\d{4})[-/.](?<month>\d{1,2})(?:[-/.](?<day>\d{1,2}))?(?=$|[T\s_]|[+-]\d\d:?\d\d$|Z$)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})(?:T?\d{4,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"^\d{10}(?:\d{3})?(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Epoch();

    // The month name must be a word of its own ("on" in "Posted on 5 June 2015" is no month); the weekday and time around it are ignored.
    [GeneratedRegex(@"\b(?<month>[A-Za-z]{3,9}\.?)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b|\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>[A-Za-z]{3,9}\.?),?\s+(?<year>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    /// <summary>A date the URL's folders give: "/2015/03/18/", "/2015/mar/18/", "/2015/03/", "/20150318/", "/2015-03-18/".</summary>
    [GeneratedRegex(@"/(?<year>(?:19|20)\d\d)/(?<month>[01]?\d|[a-z]{3,9})(?:/(?<day>[0-3]?\d))?(?=/|$)|/(?<year>(?:19|20)\d\d)-?(?<month>[01]\d)-?(?<day>[0-3]\d)(?=/|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PathDate();

    /// <summary>A date inside a slug: "/tuft-cells-20191115", "/hearing-testimony-2019-11-19/", "/2019-11-19-slug".</summary>
    [GeneratedRegex(@"(?<=[/_-])(?<year>(?:19|20)\d\d)-?(?<month>[01]\d)-?(?<day>[0-3]\d)(?=[/_.-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SlugDate();

    /// <summary>A time of day in UTC at the end of a timestamp: "T02:34:30Z", "07:03:25+00:00", "10:00:00 GMT".</summary>
    [GeneratedRegex(@"\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|(?:GMT|UTC)?\s*[+-]00:?00|GMT|UTC)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UtcTime();

    /// <summary>
    /// On whose clock a value gives its day: UTC for a "Z" timestamp or an epoch (the day in London, which for a
    /// site elsewhere may be the day after or before the one it published on), the site's own for an explicit
    /// offset ("-05:00", "EST"), unzoned for a time without either (servers often mean UTC), no time for a bare date.
    /// </summary>
    public static DateClock ClockOf(string? text)
    {
        if (text is null) return DateClock.NoTime;
        var s = text.Trim();
        if (UtcTime().IsMatch(s) || Epoch().IsMatch(s)) return DateClock.Utc;
        if (LocalOffset().IsMatch(s)) return DateClock.Local;
        return TimeOfDay().IsMatch(s) ? DateClock.Unzoned : DateClock.NoTime;
    }

    [GeneratedRegex(@"\d:\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:GMT|UTC)?\s*[+-](?!00:?00)\d\d:?\d\d$|\d:\d\d(?::\d\d)?\s*(?:[AP]\.?M\.?\s*)?(?:E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|BST|CET|CEST|IST|JST|AEST|AEDT|HKT)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LocalOffset();

    /// <summary>Years outside 1900 .. next year are no publication date (a "0001-01-01" default, a typo, an event's future date).</summary>
    public static bool PlausibleYear(int year) => year >= 1900 && year <= DateTime.UtcNow.Year + 1;

    /// <summary>The date a metadata value gives; false for text that holds none or an impossible one (never throws).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.Length > 200) return false;
        if (Epoch().IsMatch(s)) return FromEpoch(s, out date);
        var m = CompactDate().Match(s);
        if (!m.Success) m = IsoDate().Match(s);
        if (m.Success) return Build(m.Groups["year"].Value, m.Groups["month"].Value, m.Groups["day"].Value, out date);
        m = WrittenDate().Match(s);
        while (m.Success)
        {
            if (MonthNames.TryGet(m.Groups["month"].ValueSpan, out var month))
                return Build(m.Groups["year"].Value, month.ToString(CultureInfo.InvariantCulture), m.Groups["day"].Value, out date);
            m = m.NextMatch();
        }
        return false;
    }

    /// <summary>
    /// The date a URL's folders give ("https://site/2015/03/18/slug" is 2015-03-18, ".../2015/03/slug" is 2015-03):
    /// the day the site filed the page under, on its own clock.
    /// </summary>
    public static bool TryParseUrlPath(string? url, out PartialDate date) => TryParseUrl(url, PathDate(), out date);

    /// <summary>
    /// A date written into a URL's slug ("/tuft-cells-20191115"): often the publication day, but as often the day
    /// the story is about ("/impeachment-hearing-testimony-2019-11-19/"), so it is trusted least.
    /// </summary>
    public static bool TryParseUrlSlug(string? url, out PartialDate date) => TryParseUrl(url, SlugDate(), out date);

    private static bool TryParseUrl(string? url, Regex pattern, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(url)) return false;
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.Split('?', '#')[0];
        for (var m = pattern.Match(path); m.Success; m = m.NextMatch())
        {
            var month = m.Groups["month"].Value;
            if (month.Length >= 3 && MonthNames.TryGet(month, out var number)) month = number.ToString(CultureInfo.InvariantCulture);
            if (Build(m.Groups["year"].Value, month, m.Groups["day"].Value, out date))
                return true;
        }
        return false;
    }

    private static bool FromEpoch(string digits, out PartialDate date)
    {
        date = default;
        var whole = digits.Split('.')[0];
        if (!long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return false;
        var instant = whole.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
        // An epoch value has no zone of its own; its UTC day is the day it names.
        if (!PlausibleYear(instant.Year)) return false;
        date = PartialDate.OfDay(DateOnly.FromDateTime(instant.UtcDateTime));
        return true;
    }

    /// <summary>A date from its parts, checked before any constructor sees them (DateOnly throws on a 31 February).</summary>
    private static bool Build(string yearText, string monthText, string dayText, out PartialDate date)
    {
        date = default;
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !PlausibleYear(year)) return false;
        if (!int.TryParse(monthText, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return false;
        if (dayText.Length == 0)
        {
            date = PartialDate.OfMonth(year, month);
            return true;
        }
        if (!int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = PartialDate.OfDay(year, month, day);
        return true;
    }
}
