namespace Kronika.Documents;

/// <summary>
/// Tells English text from other languages cheaply: the share of English function words among the
/// words, and the script most letters are written in. Short texts are given the benefit of the doubt.
/// </summary>
public static class LanguageGuess
{
    private const int MinimumWords = 25;
    private const double MinimumFunctionWordShare = 0.08;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "as", "by", "at", "be", "this", "from", "or",
        "an", "are", "have", "has", "had", "not", "but", "were", "which", "its", "their", "they", "he", "she", "his", "her", "will", "would",
        "said", "after", "who", "been", "than", "there", "also", "into", "more", "over", "about", "we", "our", "you",
    };

    /// <summary>Null when the text reads as English; else a short description of what it looks like instead.</summary>
    public static string? NotEnglish(string text)
    {
        int words = 0, function = 0, latin = 0, letters = 0;
        var scripts = new Dictionary<string, int>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
            if (i == start) continue;
            words++;
            if (FunctionWords.Contains(text.AsSpan(start, i - start).ToString())) function++;
            for (int k = start; k < i; k++)
            {
                if (!char.IsLetter(text[k])) continue;
                letters++;
                var script = Script(text[k]);
                if (script == "Latin") latin++;
                else scripts[script] = scripts.GetValueOrDefault(script) + 1;
            }
        }
        if (words < MinimumWords) return null;
        if (latin * 2 < letters)
            return $"not English: written in {scripts.OrderByDescending(s => s.Value).First().Key} script";
        if ((double)function / words < MinimumFunctionWordShare)
            return $"not English: only {function} of {words} words are common English words";
        return null;
    }

    private static string Script(char c) => c switch
    {
        < '\u0250' => "Latin",
        >= '\u0370' and < '\u0400' => "Greek",
        >= '\u0400' and < '\u0530' => "Cyrillic",
        >= '\u0530' and < '\u0590' => "Armenian",
        >= '\u0590' and < '\u0600' => "Hebrew",
        >= '\u0600' and < '\u0780' => "Arabic",
        >= '\u0900' and < '\u0E00' => "Indic",
        >= '\u10A0' and < '\u1100' => "Georgian",
        >= '\u1100' and < '\u1200' or >= '\uAC00' and < '\uD7B0' => "Hangul",
        >= '\u3040' and < '\u3100' => "Japanese kana",
        >= '\u4E00' and < '\uA000' => "Han",
        >= '\u1E00' and < '\u1F00' => "Latin",
        _ => "other",
    };
}
