using System.Text.RegularExpressions;
using Kronika.Documents;

namespace Kronika.Time;

/// <summary>What a national vote elects.</summary>
public enum ElectionKind : byte { Presidential, Parliamentary, Referendum }

/// <summary>A national vote on a known polling day (the first round where there are two).</summary>
public readonly record struct Election(string Country, ElectionKind Kind, PartialDate Date);

/// <summary>A date the text ties to an election: "two days before it stages a presidential election".</summary>
public sealed record ElectionAnchor(int Start, string Text, int Offset, ElectionKind? Kind, bool ElectionAhead);

/// <summary>
/// National elections by country, from data/time/elections.tsv: news dates its events by them
/// ("two days before Russia's presidential election"), so they date articles that print no date.
/// </summary>
public sealed partial class ElectionCalendar
{
    private readonly Dictionary<string, List<Election>> _byCountry = new(StringComparer.Ordinal);

    public static readonly ElectionCalendar Empty = new([]);

    public ElectionCalendar(IEnumerable<Election> elections)
    {
        foreach (var e in elections)
        {
            if (!_byCountry.TryGetValue(e.Country, out var list)) _byCountry[e.Country] = list = [];
            list.Add(e);
        }
        foreach (var list in _byCountry.Values) list.Sort((a, b) => a.Date.CompareTo(b.Date));
    }

    public int Count => _byCountry.Values.Sum(l => l.Count);

    public static ElectionCalendar LoadDefault() => Load(DataDirectory.File("time", "elections.tsv"));

    /// <summary>Reads country, kind, date (YYYY-MM-DD or YYYY-MM) and note; a malformed row is an error naming the file and line.</summary>
    public static ElectionCalendar Load(string path) =>
        new(DataDirectory.ReadTable(path).Select(row =>
        {
            var f = row.Fields;
            if (f.Length < 3 || !Enum.TryParse<ElectionKind>(f[1].Trim(), ignoreCase: true, out var kind)
                || !PartialDate.TryParseIso(f[2].Trim(), out var date) || date.Precision < DatePrecision.Month)
                throw new FormatException($"{path}:{row.Line}: expected country, kind (presidential, parliamentary or referendum) and a date YYYY-MM[-DD]");
            return new Election(f[0].Trim(), kind, date);
        }));

    /// <summary>The country's elections of a kind (any kind when null).</summary>
    public IEnumerable<Election> Of(string country, ElectionKind? kind) =>
        _byCountry.TryGetValue(country, out var list) ? list.Where(e => kind is null || e.Kind == kind) : [];

    [GeneratedRegex(
        @"\b(?<n>" + CountWords.Pattern + @")\s+(?<unit>day|week|month)s?\s+(?<dir>before|after|ahead\s+of|prior\s+to)\b" +
        @"(?<between>(?:\s+[\p{L}'’-]+){0,5}?)\s+(?<kind>presidential|parliamentary|legislative|general|national)?\s*(?:elections?|polls?|vote|referendum)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchorPattern();


    /// <summary>The election anchors of a sentence, with their offset in days from polling day (negative before it).</summary>
    public static IEnumerable<ElectionAnchor> Anchors(string sentence, int sentenceStart)
    {
        foreach (Match m in AnchorPattern().Matches(sentence))
        {
            int n = CountWords.Parse(m.Groups["n"].Value);
            int days = n * m.Groups["unit"].Value.ToLowerInvariant() switch { "week" => 7, "month" => 30, _ => 1 };
            if (m.Groups["unit"].Value.Equals("month", StringComparison.OrdinalIgnoreCase) && n > 0) continue; // months are too coarse to anchor a day
            bool before = !m.Groups["dir"].Value.StartsWith("after", StringComparison.OrdinalIgnoreCase);
            ElectionKind? kind = m.Groups["kind"].Value.ToLowerInvariant() switch
            {
                "presidential" => ElectionKind.Presidential,
                "parliamentary" or "legislative" or "general" => ElectionKind.Parliamentary,
                _ => m.Value.EndsWith("referendum", StringComparison.OrdinalIgnoreCase) ? ElectionKind.Referendum : null,
            };
            // "ahead of the vote", "before it stages an election", "before next week's poll": the vote is still to come.
            var between = m.Groups["between"].Value;
            bool ahead = m.Groups["dir"].Value.StartsWith("ahead", StringComparison.OrdinalIgnoreCase)
                || FutureClause().IsMatch(between);
            yield return new ElectionAnchor(sentenceStart + m.Index, m.Value, before ? -days : days, kind, ahead);
        }
    }

    [GeneratedRegex(@"\b(?:stages|holds|goes\s+to|go\s+to|will|is\s+to|are\s+to|upcoming|forthcoming|next|coming|scheduled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureClause();
}
