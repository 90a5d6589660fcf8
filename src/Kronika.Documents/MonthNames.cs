namespace Kronika.Documents;

/// <summary>English month names and their news abbreviations ("Sept.", "Aug").</summary>
public static class MonthNames
{
    private static readonly Dictionary<string, int> Months = Build();

    private static Dictionary<string, int> Build()
    {
        string[] full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < full.Length; i++)
        {
            map[full[i]] = i + 1;
            map[full[i][..3]] = i + 1;
        }
        map["sept"] = 9;
        return map;
    }

    /// <summary>The month number (1-12) of a month name or abbreviation, with or without a final period.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out int month)
    {
        if (word.Length > 0 && word[^1] == '.') word = word[..^1];
        return Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out month);
    }
}

/// <summary>English weekday names, lowercase, Monday first: one list for every stage that tells a day from a name.</summary>
public static class WeekdayNames
{
    public static IReadOnlyList<string> All { get; } = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly HashSet<string> Set = new(All, StringComparer.Ordinal);

    /// <summary>Whether a lowercase word is a weekday name.</summary>
    public static bool Contains(string lower) => Set.Contains(lower);
}
