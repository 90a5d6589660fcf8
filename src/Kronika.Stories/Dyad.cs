using System.Text.RegularExpressions;

namespace Kronika.Stories;

/// <summary>
/// Two actors' countries, as analysts name a pair ("RUS-GEO"). A dyad is undirected: RUS-GEO holds what Russia did
/// to Georgia and what Georgia did to Russia. <see cref="Key"/> is the order-free form events are indexed under.
/// </summary>
public sealed partial record Dyad(string First, string Second)
{
    /// <summary>Parses "RUS-GEO" (any case); a FormatException names the text and says what is expected.</summary>
    public static Dyad Parse(string text)
    {
        var m = Pattern().Match(text.Trim());
        if (!m.Success)
            throw new FormatException($"dyad \"{text}\": malformed; expected two three-letter actor codes joined by '-', as RUS-GEO");
        return new Dyad(m.Groups[1].Value.ToUpperInvariant(), m.Groups[2].Value.ToUpperInvariant());
    }

    /// <summary>The order-free key of a pair of countries (either may be empty for a one-sided event).</summary>
    public static string KeyOf(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}-{b}" : $"{b}-{a}";

    public string Key => KeyOf(First, Second);

    public bool Matches(string sourceCountry, string targetCountry) =>
        (sourceCountry == First && targetCountry == Second) || (sourceCountry == Second && targetCountry == First);

    public override string ToString() => $"{First}-{Second}";

    [GeneratedRegex("^([A-Za-z]{3})-([A-Za-z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
