namespace Kronika.Time;

/// <summary>The counts of time offsets ("three months after", "a week before", "thirty years after"): one reader for all of them.</summary>
public static class CountWords
{
    /// <summary>The pattern of a count, for regular expressions (named group <c>n</c> is the caller's).</summary>
    public const string Pattern = @"[0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";

    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>The number a count word or digits stand for; -1 when it is none of them.</summary>
    public static int Parse(string word)
    {
        var w = word.ToLowerInvariant();
        if (w is "a" or "an") return 1;
        if (int.TryParse(w, out var n)) return n;
        if (w == "hundred") return 100;
        int unit = Array.IndexOf(Units, w);
        if (unit >= 0) return unit;
        int tens = Array.IndexOf(Tens, w);
        return tens >= 2 ? 10 * tens : -1;
    }
}
