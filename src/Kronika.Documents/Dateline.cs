using System.Text.RegularExpressions;

namespace Kronika.Documents;

/// <summary>
/// The wire-service dateline that opens an article's first paragraph ("MOSCOW, March 2 (Reuters) -",
/// "TBILISI, Georgia (AP) —", "GENEVA, 19 May 2009 (AFP) -", or with no dash after a short agency code, "WASHINGTON (RNS) Church
/// leaders ..."): it is moved out of the body, so that
/// "MOSCOW" is not read as an actor, and its date is the publication date when nothing else gave one.
/// </summary>
public static partial class Dateline
{
    public const string Label = "dateline";

    // Digits are [0-9], not \d: \d also matches "٢" and "２", which int.Parse rejects.
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?)" +
        @"(?:,?\s+(?<date>(?<month>[A-Z][a-z]{2,8}\.?)\s+(?<day>[0-9]{1,2})(?:,?\s+(?<year>(?:19|20)[0-9][0-9]))?|(?<day>[0-9]{1,2})\s+(?<month>[A-Z][a-z]{2,8}\.?)(?:\s+(?<year>(?:19|20)[0-9][0-9]))?))?" +
        @"\s*(?:\((?<agency>[\p{L} .&-]{2,30})\)|/(?<agency>[\p{L} .&-]{2,30})/)?" +
        @"(?:\s*[-–—:]\s+|(?<=\(\p{Lu}{2,6}\))\s+)(?=\p{Lu}|[“""])")]
    private static partial Regex Pattern();

    /// <summary>Moves a dateline at the start of the first body line to noise and fills an unknown publication date from it.</summary>
    public static void Apply(SourceDocument document)
    {
        // The dateline opens the first paragraph, which follows the headline when the text carries one.
        int index = document.Body.Count > 1 && document.Title is { } title
            && document.Text.AsSpan(document.Body[0].Start, document.Body[0].Length).Trim().SequenceEqual(title) ? 1 : 0;
        if (index >= document.Body.Count) return;
        var first = document.Body[index];
        var m = Pattern().Match(document.Text, first.Start, first.Length);
        // Without an agency or a date, "CAPITALS -" is as likely a shouted headline as a dateline.
        if (!m.Success || !(m.Groups["agency"].Success || m.Groups["date"].Success)) return;
        var body = document.Body.ToList();
        body[index] = new TextSpan(first.Start + m.Length, first.End);
        document.Body = body;
        document.AddNoise([new NoiseLine(new TextSpan(first.Start, first.Start + m.Length), Label)]);
        if (document.PublicationDate is not null || !m.Groups["date"].Success) return;
        if (m.Groups["year"].Success)
        {
            if (!PublicationDateFinder.TryParseDateAtStart(m.Groups["date"].Value, out var date)) return;
            document.PublicationDate = date;
            document.PublicationDateBasis = DateBasis.Stated;
            document.PublicationDateEvidence = "dateline";
        }
        else if (MonthNames.TryGet(m.Groups["month"].ValueSpan, out int month))
        {
            // "March 2" alone: the day is stated, the year must come from elsewhere (the time stage's inference). "March 0" is no day; 2000 is a leap year, so February 29 is one.
            int day = int.Parse(m.Groups["day"].ValueSpan);
            if (CalendarMath.IsDay(2000, month, day)) document.DatelineMonthDay = (month, day);
        }
    }
}
