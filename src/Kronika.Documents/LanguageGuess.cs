namespace Kronika.Documents;

/// <summary>
/// Tells English text from other languages cheaply: the script most letters are written in, then, for Latin script,
/// whose function words the text uses most (data/documents/function-words.tsv: English and other languages written
/// in Latin script). A text reads as another language when that language's words outnumber English ones; a text with
/// hardly any function words of any language (a box score, a table) is given the benefit of the doubt, as are short
/// texts.
/// </summary>
public static class LanguageGuess
{
    private const int MinimumWords = 25;

    /// <summary>Below this share of words that are function words of some language, the words cannot tell.</summary>
    private const double MinimumEvidenceShare = 0.03;

    private sealed record Lists(string English, Dictionary<string, string[]> WordLanguages, string[] Languages);

    private static readonly Lazy<Lists> Shipped = new(() => Load(DataDirectory.File("documents", "function-words.tsv")));

    private static Lists Load(string path)
    {
        var languages = new List<string>();
        var wordLanguages = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in DataDirectory.ReadTable(path))
        {
            if (fields.Length != 2) throw new FormatException($"{path}:{line}: expected 2 tab-separated fields (language, words), found {fields.Length}");
            languages.Add(fields[0]);
            foreach (var word in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!wordLanguages.TryGetValue(word, out var list)) wordLanguages[word] = list = [];
                if (!list.Contains(fields[0])) list.Add(fields[0]);
            }
        }
        if (!languages.Contains("English")) throw new FormatException($"{path}: no English row");
        return new Lists("English", wordLanguages.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase), languages.ToArray());
    }

    /// <summary>Null when the text reads as English; else a short description of what it looks like instead.</summary>
    public static string? NotEnglish(string text)
    {
        var lists = Shipped.Value;
        int words = 0, latin = 0, letters = 0;
        var scripts = new Dictionary<string, int>();
        var hits = new Dictionary<string, int>();
        var lookup = lists.WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
            if (i == start) continue;
            words++;
            if (lookup.TryGetValue(text.AsSpan(start, i - start), out var languages))
                foreach (var language in languages)
                    hits[language] = hits.GetValueOrDefault(language) + 1;
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
        int english = hits.GetValueOrDefault(lists.English);
        var (other, otherHits) = hits.Where(h => h.Key != lists.English).OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => (h.Key, h.Value)).FirstOrDefault();
        if (other is null || otherHits <= english) return null;
        if (otherHits < MinimumEvidenceShare * words) return null;
        return $"not English: reads as {other} ({otherHits} of {words} words are common {other} words, {english} English)";
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
