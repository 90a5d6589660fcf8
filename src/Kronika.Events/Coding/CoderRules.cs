using Kronika.Documents;

namespace Kronika.Events;

/// <summary>One row of data/rules/recodings.tsv: a candidate of code <c>From</c> (or of root <c>From*</c>) meeting the condition takes code <c>To</c>, or is dropped when <c>To</c> is null.</summary>
public sealed record Recoding(string Name, string From, string? To, string Condition, string Argument, string Where)
{
    /// <summary>The component name the rule trail shows: "recode:official-complaint", "drop:weapon-visit".</summary>
    public string ComponentName => (To is null ? "drop:" : "recode:") + Name;

    public bool AppliesTo(CameoCode cameo) => From.EndsWith('*') ? cameo.Code.StartsWith(From[..^1], StringComparison.Ordinal) : cameo.Code == From;
}

/// <summary>
/// The event coder's editable rules: the word sets of data/rules/word-sets.tsv and the re-codings and drops of
/// data/rules/recodings.tsv. A malformed row is an error naming the file and line.
/// </summary>
public sealed class CoderRules
{
    /// <summary>The sets the coder consults; a set a file leaves out is empty.</summary>
    public static readonly string[] SetNames =
    [
        "prepositions", "coordinators", "asking-nouns", "weapons", "clause-openers", "locatives", "determiners", "proposal-nouns",
        "promise-verbs", "background-words", "reporting-verbs", "news-reactions", "place-nouns",
    ];

    public static readonly string[] Conditions = ["all-sources-role", "source-word-in", "later-coded-content", "always"];

    private readonly Dictionary<string, HashSet<string>> sets;

    public IReadOnlyList<Recoding> Recodings { get; }

    private CoderRules(Dictionary<string, HashSet<string>> sets, IReadOnlyList<Recoding> recodings) => (this.sets, Recodings) = (sets, recodings);

    /// <summary>The words of a set (empty when the file has no row for it).</summary>
    public HashSet<string> Set(string name) =>
        sets.TryGetValue(name, out var words) ? words : SetNames.Contains(name) ? new HashSet<string>(StringComparer.Ordinal) : throw new ArgumentException($"no word set {name}", nameof(name));

    public static CoderRules LoadDefault(Codebook codebook) =>
        Load(DataDirectory.File("rules", "word-sets.tsv"), DataDirectory.File("rules", "recodings.tsv"), codebook);

    public static CoderRules Load(string wordSetsPath, string recodingsPath, Codebook codebook)
    {
        var sets = LoadWordSets(wordSetsPath);
        return new CoderRules(sets, LoadRecodings(recodingsPath, codebook));
    }

    /// <summary>Reads set name and words (separated by spaces); an unknown or repeated set, or one without words, is an error.</summary>
    public static Dictionary<string, HashSet<string>> LoadWordSets(string path)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (line, fields) in DataDirectory.ReadTable(path))
        {
            var name = fields[0].Trim();
            if (!SetNames.Contains(name))
                throw new FormatException($"{path}:{line}: unknown word set \"{name}\"; the sets are {string.Join(", ", SetNames)}");
            var words = fields.Length >= 2 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (words.Length == 0) throw new FormatException($"{path}:{line}: expected a set name and its words separated by spaces");
            if (!sets.TryAdd(name, new HashSet<string>(words, StringComparer.Ordinal)))
                throw new FormatException($"{path}:{line}: word set \"{name}\" given twice");
        }
        return sets;
    }

    /// <summary>Reads name, from, to, condition; a code the codebook lacks, an unknown condition or a repeated name is an error.</summary>
    public static List<Recoding> LoadRecodings(string path, Codebook codebook)
    {
        var recodings = new List<Recoding>();
        foreach (var (line, fields) in DataDirectory.ReadTable(path))
        {
            string where = $"{Path.GetFileName(path)}:{line}";
            if (fields.Length < 4 || fields.Take(4).Any(f => f.Trim().Length == 0))
                throw new FormatException($"{path}:{line}: expected a name, a from code, a to code (or -) and a condition");
            var (name, from, to, condition) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim());
            var fromCode = from.EndsWith('*') ? from[..^1] : from;
            if (from.EndsWith('*') ? !codebook.Codes.Any(c => c.Code.StartsWith(fromCode, StringComparison.Ordinal)) || fromCode.Length == 0 : !codebook.Contains(fromCode)) throw new FormatException($"{path}:{line}: \"{from}\" is no CAMEO code or root");
            if (to != "-" && !codebook.Contains(to)) throw new FormatException($"{path}:{line}: \"{to}\" is no CAMEO code (or - to drop)");
            var (kind, argument) = condition.IndexOf('=') is >= 0 and var eq ? (condition[..eq], condition[(eq + 1)..]) : (condition, "");
            if (!Conditions.Contains(kind) || (kind is "all-sources-role" or "source-word-in") == (argument.Length == 0))
                throw new FormatException($"{path}:{line}: unknown condition \"{condition}\"; the conditions are all-sources-role=ROLE, source-word-in=SET, later-coded-content, always");
            if (kind == "source-word-in" && !SetNames.Contains(argument))
                throw new FormatException($"{path}:{line}: unknown word set \"{argument}\"");
            if (recodings.Any(r => r.Name == name)) throw new FormatException($"{path}:{line}: rule \"{name}\" given twice");
            recodings.Add(new Recoding(name, from, to == "-" ? null : to, kind, argument, where));
        }
        return recodings;
    }
}
