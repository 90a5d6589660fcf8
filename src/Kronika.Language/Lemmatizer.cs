using Kronika.Documents;

namespace Kronika.Language;

/// <summary>
/// A dictionary-guided English lemmatizer: irregular forms come from data/language/irregular.tsv;
/// regular inflections ("-s", "-es", "-ies", "-ed", "-ing", doubled consonants) are undone by
/// trying each candidate base form against the lexicon of lemmas the later stages know.
/// </summary>
public sealed class Lemmatizer
{
    private readonly Dictionary<string, string> _irregular;
    private readonly HashSet<string> _lexicon;

    public Lemmatizer(IReadOnlyDictionary<string, string> irregular, IEnumerable<string> lexicon)
    {
        _irregular = new Dictionary<string, string>(irregular, StringComparer.Ordinal);
        _lexicon = new HashSet<string>(lexicon, StringComparer.Ordinal);
    }

    public static Dictionary<string, string> LoadIrregular(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, fields) in DataDirectory.ReadTable(path))
        {
            if (fields.Length != 2) throw new FormatException($"{path}:{line}: expected form<TAB>lemma");
            map[fields[0]] = fields[1];
        }
        return map;
    }

    public static Lemmatizer LoadDefault(IEnumerable<string> lexicon) =>
        new(LoadIrregular(DataDirectory.File("language", "irregular.tsv")), lexicon);

    /// <summary>The lemma of a lowercase word form.</summary>
    public string Lemmatize(string lower)
    {
        if (_irregular.TryGetValue(lower, out var lemma)) return lemma;
        if (lower.Length < 4 || _lexicon.Contains(lower)) return lower;
        string? fallback = null;
        foreach (var candidate in Candidates(lower))
        {
            fallback ??= candidate;
            if (_lexicon.Contains(candidate)) return candidate;
        }
        return fallback ?? lower;
    }

    /// <summary>Base forms a regular inflection could come from, most likely first.</summary>
    private static IEnumerable<string> Candidates(string w)
    {
        if (w.EndsWith("ies")) { yield return w[..^3] + "y"; yield return w[..^1]; }
        else if (w.EndsWith("ied")) { yield return w[..^3] + "y"; yield return w[..^1]; }
        else if (w.EndsWith("ing") && w.Length > 5)
        {
            var stem = w[..^3];
            yield return stem;
            yield return stem + "e";
            if (IsDoubled(stem)) yield return stem[..^1];
        }
        else if (w.EndsWith("ed") && w.Length >= 4)
        {
            var stem = w[..^2];
            yield return stem;
            yield return stem + "e";
            if (IsDoubled(stem)) yield return stem[..^1];
        }
        else if (w.EndsWith("es") && !w.EndsWith("ss"))
        {
            bool sibilant = w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("xes") || w.EndsWith("sses") || w.EndsWith("zes");
            yield return sibilant ? w[..^2] : w[..^1];
            yield return sibilant ? w[..^1] : w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
        {
            yield return w[..^1];
        }
    }

    private static bool IsDoubled(string stem) =>
        stem.Length >= 3 && stem[^1] == stem[^2] && !"aeiou".Contains(stem[^1]);
}
