using Kronika.Events.Dictionaries;

namespace Kronika.Events;

/// <summary>Whether a pattern is a verb (actors around the verb) or an event noun ("talks between", "war").</summary>
public enum PatternKind : byte { Verb, Noun }

/// <summary>One element of a pattern: a set of lemmas, a gap of up to three tokens, or the target slot.</summary>
public sealed record PatternElement(string[] Lemmas, bool IsGap, bool IsTarget)
{
    public bool Matches(string lemma, string lower)
    {
        var irregularBase = IrregularVerbs.BaseOf(lower);
        foreach (var l in Lemmas)
            if (l == lemma || l == lower || l == irregularBase || IsPluralOf(lower, l) || IsRegularFormOf(lower, l)) return true;
        return false;
    }

    /// <summary>
    /// "severed" for "sever" when the lemmatizer said "severe": a regular verb form of the pattern's word
    /// (-s, -es, -ed, -d, -ing) matches it whatever lemma the token was given.
    /// </summary>
    private static bool IsRegularFormOf(string form, string lemma)
    {
        // "supplies", "denied" for "supply", "deny": a final y after a consonant turns to i before -es and -ed.
        if (lemma.Length > 2 && lemma[^1] == 'y' && !"aeiou".Contains(lemma[^2]) && form.Length == lemma.Length + 2
            && form.StartsWith(lemma[..^1], StringComparison.Ordinal) && (form.EndsWith("ies", StringComparison.Ordinal) || form.EndsWith("ied", StringComparison.Ordinal)))
            return true;
        if (form.Length <= lemma.Length || !form.StartsWith(lemma.Length > 1 && lemma[^1] == 'e' ? lemma[..^1] : lemma, StringComparison.Ordinal)) return false;
        var ending = form[lemma.Length..];
        return ending is "s" or "es" or "ed" or "d" or "ing"
            || (lemma[^1] == 'e' && form.Length == lemma.Length + 2 && form.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>"troops" for "troop": treebank lemmas keep some plurals, patterns name the singular.</summary>
    private static bool IsPluralOf(string form, string singular) =>
        form.Length == singular.Length + 1 && form[^1] == 's' && form.StartsWith(singular, StringComparison.Ordinal);
}

/// <summary>Irregular English verb forms and their base (data/patterns/irregular-verbs.tsv), read once.</summary>
public static class IrregularVerbs
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(() =>
        DataDirectory.ReadTable(DataDirectory.File("patterns", "irregular-verbs.tsv"))
            .Select(row => row.Fields.Length >= 2 ? (row.Fields[0].Trim(), row.Fields[1].Trim())
                : throw new FormatException($"irregular-verbs.tsv:{row.Line}: expected a form and its base"))
            .ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal));

    /// <summary>The base of an irregular past or participle ("shot" -> "shoot"), or null.</summary>
    public static string? BaseOf(string lower) => Table.Value.GetValueOrDefault(lower);
}

/// <summary>
/// An event pattern of data/patterns/verbs.tsv: a sequence of lemmas with gaps ("*") and a target
/// slot ("X"), coded to one CAMEO code. Its id ("046:hold * talk") is what events report as their rule.
/// </summary>
public sealed record EventPattern(string Cameo, PatternElement[] Elements, PatternKind Kind, string Text)
{
    public string Id => $"{Cameo}:{Text}";

    /// <summary>Where a pattern of an imported dictionary was written ("CAMEO.2.0.txt:736"); null for verbs.tsv's own format.</summary>
    public string? Origin { get; init; }

    /// <summary>What an event of this pattern starts its rule trail with: "verbs.tsv:046:hold * talk", "CAMEO.2.0.txt:736:ADD * SANCTIONS".</summary>
    public string Rule => Origin is null ? "verbs.tsv:" + Id : $"{Origin}:{Text}";
    public int Specificity => Elements.Count(e => !e.IsGap && !e.IsTarget);
}

/// <summary>The event patterns, indexed by the lemmas their first word can take.</summary>
public sealed class PatternDictionary
{
    private readonly Dictionary<string, List<EventPattern>> _byFirstLemma = new(StringComparer.Ordinal);
    private readonly List<EventPattern> _all = [];

    public IReadOnlyList<EventPattern> Patterns => _all;

    /// <summary>The patterns of PETRARCH/TABARI verb dictionaries, matched on the dependency tree where no pattern of verbs.tsv's format matches.</summary>
    public TreePatternIndex TreePatterns { get; } = new();

    /// <summary>The shipped PETRARCH2 verb dictionary (data/patterns/petrarch/).</summary>
    public static string PetrarchVerbsFile => DataDirectory.File("patterns", "petrarch", "CAMEO.2.0.txt");

    /// <summary>
    /// The shipped data/patterns/verbs.tsv and PETRARCH2 verb dictionary, then each of the user's own pattern files
    /// (`--patterns FILE`): verbs.tsv's format, or a PETRARCH verb dictionary (told apart by its content).
    /// </summary>
    public static PatternDictionary LoadDefault(Codebook codebook, IEnumerable<string>? extra = null, bool petrarch = true)
    {
        var dictionary = new PatternDictionary();
        dictionary.Load(DataDirectory.File("patterns", "verbs.tsv"), codebook);
        if (petrarch) dictionary.LoadPetrarch(PetrarchVerbsFile, codebook);
        foreach (var path in extra ?? [])
        {
            if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such pattern file", path);
            if (PetrarchVerbReader.IsVerbDictionary(path)) dictionary.LoadPetrarch(path, codebook);
            else dictionary.Load(path, codebook);
        }
        return dictionary;
    }

    /// <summary>Loads a PETRARCH/TABARI verb dictionary; its codes must be in the codebook, or have an ancestor there.</summary>
    public void LoadPetrarch(string path, Codebook codebook) =>
        PetrarchVerbCompiler.Compile(PetrarchVerbReader.Read(path), codebook, TreePatterns);

    /// <summary>Loads a pattern file (cameo, pattern, kind, note); every code must exist in the codebook.</summary>
    public void Load(string path, Codebook codebook)
    {
        foreach (var (line, f) in DataDirectory.ReadTable(path))
        {
            if (f.Length < 3) throw new FormatException($"{path}:{line}: expected cameo, pattern, kind[, note]");
            var cameo = f[0].Trim();
            if (!codebook.Contains(cameo)) throw new FormatException($"{path}:{line}: '{cameo}' is not a code of cameo.tsv");
            var kind = f[2].Trim() switch
            {
                "verb" => PatternKind.Verb,
                "noun" => PatternKind.Noun,
                var other => throw new FormatException($"{path}:{line}: kind must be verb or noun, not '{other}'"),
            };
            Add(new EventPattern(cameo, Parse(f[1], path, line), kind, f[1].Trim()));
        }
    }

    public static PatternElement[] Parse(string pattern, string path = "pattern", int line = 0)
    {
        var elements = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word switch
            {
                "*" => new PatternElement([], IsGap: true, IsTarget: false),
                "X" => new PatternElement([], IsGap: false, IsTarget: true),
                _ => new PatternElement(word.ToLowerInvariant().Split('|', StringSplitOptions.RemoveEmptyEntries), false, false),
            })
            .ToArray();
        if (!elements.Any(e => !e.IsGap && !e.IsTarget))
            throw new FormatException($"{path}:{line}: pattern '{pattern}' has no word");
        return elements;
    }

    public void Add(EventPattern pattern)
    {
        // Leading gaps and target slots are dropped: the engine looks for actors before the trigger anyway.
        int first = Array.FindIndex(pattern.Elements, e => !e.IsGap && !e.IsTarget);
        if (first > 0) pattern = pattern with { Elements = pattern.Elements[first..] };
        _all.Add(pattern);
        foreach (var lemma in pattern.Elements[0].Lemmas)
        {
            if (!_byFirstLemma.TryGetValue(lemma, out var list)) _byFirstLemma[lemma] = list = [];
            list.Add(pattern);
        }
    }

    /// <summary>Patterns whose first word is this lemma or word form.</summary>
    public IEnumerable<EventPattern> StartingWith(string lemma, string lower)
    {
        if (_byFirstLemma.TryGetValue(lemma, out var byLemma))
            foreach (var p in byLemma) yield return p;
        if (lower != lemma && _byFirstLemma.TryGetValue(lower, out var byForm))
            foreach (var p in byForm)
                if (byLemma is null || !byLemma.Contains(p)) yield return p;
        // "had shot down" tagged as a noun keeps the lemma "shot": its irregular form still names the verb.
        if (IrregularVerbs.BaseOf(lower) is { } irregularBase && irregularBase != lemma && _byFirstLemma.TryGetValue(irregularBase, out var byBase))
            foreach (var p in byBase) yield return p;
    }

    /// <summary>
    /// Verb patterns whose first word is the base of a regular past participle ("wounded", "detained", "seized", "stopped",
    /// "denied"): for a participle the tagger read as an adjective, whose lemma is then the participle itself.
    /// </summary>
    public IEnumerable<EventPattern> StartingWithBaseOf(string participle)
    {
        if (!participle.EndsWith("ed", StringComparison.Ordinal) || participle.Length < 5) yield break;
        var stem = participle[..^2];
        string[] bases = [stem, participle[..^1], stem.EndsWith('i') ? stem[..^1] + "y" : "", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : ""];
        var seen = new HashSet<EventPattern>();
        foreach (var verb in bases)
            if (verb.Length > 0 && _byFirstLemma.TryGetValue(verb, out var list))
                foreach (var p in list)
                    if (p.Kind == PatternKind.Verb && seen.Add(p)) yield return p;
    }

    /// <summary>Every word the patterns use, for the lemmatizer's lexicon.</summary>
    public IEnumerable<string> Lemmas => _all.SelectMany(p => p.Elements).SelectMany(e => e.Lemmas).Distinct();
}
