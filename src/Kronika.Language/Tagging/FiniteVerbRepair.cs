namespace Kronika.Language.Tagging;

/// <summary>
/// A correction of the tagger's output before parsing, for a clause news is full of and web text is not: a past form
/// right after the sentence's first noun phrase and before an object is that clause's verb ("Police arrested three
/// men", VBD), not a participle modifying the noun ("the men arrested in May", VBN). Tagged VBN there, the parser makes
/// the noun the root and the clause loses its subject. The words it applies to (irregular pasts written like their
/// participles) and never applies to (naming participles: "a priest named Ruy Lopez") are data/language/finite-verbs.tsv.
/// </summary>
public sealed class FiniteVerbRepair
{
    private readonly HashSet<string> _irregularPasts;
    private readonly HashSet<string> _modifiers;
    private readonly HashSet<string> _pastOnly;

    public FiniteVerbRepair(IEnumerable<string> irregularPasts, IEnumerable<string> modifiers, IEnumerable<string>? pastOnly = null)
    {
        _irregularPasts = new HashSet<string>(irregularPasts, StringComparer.OrdinalIgnoreCase);
        _modifiers = new HashSet<string>(modifiers, StringComparer.OrdinalIgnoreCase);
        _pastOnly = new HashSet<string>(pastOnly ?? [], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads the table (kind, word); a row of another kind or shape is an error naming file:line.</summary>
    public static FiniteVerbRepair Load(string path)
    {
        var pasts = new List<string>();
        var modifiers = new List<string>();
        var pastOnly = new List<string>();
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length != 2 || fields[1].Trim().Length == 0)
                throw new FormatException($"{path}:{number}: expected two tab-separated fields, kind and word");
            (fields[0] switch
            {
                "past" => pasts,
                "modifier" => modifiers,
                "past-only" => pastOnly,
                _ => throw new FormatException($"{path}:{number}: unknown kind \"{fields[0]}\" (past, past-only or modifier)"),
            }).Add(fields[1].Trim());
        }
        return new FiniteVerbRepair(pasts, modifiers, pastOnly);
    }

    public static FiniteVerbRepair LoadDefault() => Load(Kronika.Documents.DataDirectory.File("language", "finite-verbs.tsv"));

    /// <summary>
    /// Retags, in place, the participle that is the first verb of the sentence <paramref name="words"/> as a past tense
    /// where it follows a noun or pronoun and either an object starts right after it, or it is the only verb of a
    /// sentence that ends as one (a full stop or exclamation mark: a headline's "Five killed in blast" stays passive)
    /// and no "by" follows it ("oil used by Britain").
    /// </summary>
    public void Apply(IReadOnlyList<string> words, string[] upos, string[] xpos)
    {
        int n = words.Count;
        // A past tense that is never a participle ("spoke", "went") is one wherever the tagger put VBN.
        for (int i = 0; i < n; i++)
            if (xpos[i] == "VBN" && _pastOnly.Contains(words[i])) (xpos[i], upos[i]) = ("VBD", "VERB");
        for (int i = 1; i + 1 < n; i++)
        {
            if (upos[i] is "VERB" or "AUX" && xpos[i] != "VBN") return;
            if (xpos[i] != "VBN") continue;
            // Only the sentence's first verb: after one, a participle is as likely to modify a noun of its object.
            if (upos[i - 1] is "NOUN" or "PROPN" or "PRON" && IsPastForm(words[i]) && (StartsObject(xpos[i + 1]) || IsOnlyVerb(words, upos, i)))
            {
                xpos[i] = "VBD";
                upos[i] = "VERB";
            }
            return;
        }
    }

    private static bool IsOnlyVerb(IReadOnlyList<string> words, string[] upos, int verb)
    {
        if (words[^1] is not ("." or "!") || words[verb + 1].Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        for (int i = verb + 1; i < words.Count; i++)
            if (upos[i] is "VERB" or "AUX") return false;
        return true;
    }

    private bool IsPastForm(string word) =>
        !_modifiers.Contains(word) && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || _irregularPasts.Contains(word));

    private static bool StartsObject(string xpos) => xpos is "DT" or "CD" or "PRP$" or "PRP" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS";
}
