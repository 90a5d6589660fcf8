using System.Text.RegularExpressions;

namespace Kronika.Documents;

/// <summary>
/// Finds when an article was published when its metadata does not say: a printed
/// "published on May 19, 2009" line (stated), else the year of its copyright line (inferred).
/// Dated photo captions give a day the article cannot predate (<see cref="SourceDocument.PublishedNotBefore"/>).
/// </summary>
public static partial class PublicationDateFinder
{
    [GeneratedRegex(@"\b(?:published|posted|updated|first published)(?: on| at)?:?\s+(?<date>.{6,40})", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLine();

    // Digits are [0-9], not \d: \d also matches "٢٠٠٨" and "２００８", which int.Parse rejects.
    [GeneratedRegex(@"(?:copyright|©|\(c\))\s*(?:©\s*)?(?<year>(?:19|20)[0-9][0-9])\b", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightYear();

    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9}\.?)\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<year>[0-9]{4})|^(?<day>[0-9]{1,2})\s+(?<month>[A-Za-z]{3,9}\.?)\s+(?<year>[0-9]{4})|^(?<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})")]
    private static partial Regex DateAtStart();

    [GeneratedRegex(@"\b(?:[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)[0-9][0-9]|[0-9]{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)[0-9][0-9]|(?:19|20)[0-9][0-9]-[0-9][0-9]-[0-9][0-9])\b")]
    private static partial Regex FullDate();

    /// <summary>Labels of noise lines that describe a photo, whose dates the article cannot predate.</summary>
    private static readonly HashSet<string> PhotoLines = new(StringComparer.Ordinal) { "caption", "credit" };

    /// <summary>Fills the document's publication date and its basis when they are still unknown, and the caption lower bound.</summary>
    public static void Apply(SourceDocument document)
    {
        document.PublishedNotBefore = LatestPhotoDate(document);
        if (document.PublicationDate is not null) return;
        if (Find(document.Text) is { } found)
        {
            document.PublicationDate = found.Date;
            document.PublicationDateBasis = found.Basis;
            document.PublicationDateEvidence = found.Basis == DateBasis.Inferred ? $"copyright {found.Date}" : null;
        }
    }

    /// <summary>The latest full date printed in a photo caption or credit line.</summary>
    public static DateOnly? LatestPhotoDate(SourceDocument document)
    {
        DateOnly? latest = null;
        foreach (var line in document.Noise)
        {
            if (!PhotoLines.Contains(line.Label)) continue;
            foreach (Match m in FullDate().Matches(document.Text.Substring(line.Span.Start, line.Span.Length)))
                if (TryParseDateAtStart(m.Value, out var date) && (latest is null || date.First > latest))
                    latest = date.First;
        }
        return latest;
    }

    public static (PartialDate Date, DateBasis Basis)? Find(string text)
    {
        foreach (Match m in PublishedLine().Matches(text))
            if (TryParseDateAtStart(m.Groups["date"].Value, out var date))
                return (date, DateBasis.Stated);
        var copyright = CopyrightYear().Match(text);
        // "© 2099" is a template's placeholder, not the year the article appeared.
        if (copyright.Success && PartialDate.OfYear(int.Parse(copyright.Groups["year"].Value)) is var year && MetadataDate.InRange(year))
            return (year, DateBasis.Inferred);
        return null;
    }

    /// <summary>
    /// Parses "May 19, 2009", "19 May 2009" or "2009-05-19" at the start of a text, a date an article can be published
    /// on (<see cref="MetadataDate.InRange"/>): "Published: 9999-12-31" and "May 19, 0000" are placeholders, and later
    /// stages compute with the date.
    /// </summary>
    public static bool TryParseDateAtStart(string text, out PartialDate date)
    {
        date = default;
        var m = DateAtStart().Match(text.TrimStart());
        if (!m.Success) return false;
        if (m.Groups["iso"].Success) return PartialDate.TryParseIso(m.Groups["iso"].Value, out date) && MetadataDate.InRange(date);
        if (!MonthNames.TryGet(m.Groups["month"].ValueSpan, out var month)) return false;
        int day = int.Parse(m.Groups["day"].ValueSpan), year = int.Parse(m.Groups["year"].ValueSpan);
        if (!CalendarMath.IsDay(year, month, day)) return false;
        date = PartialDate.OfDay(year, month, day);
        return MetadataDate.InRange(date);
    }
}
