namespace Kronika.Events;

/// <summary>
/// A named set of CAMEO codes of data/rules/code-sets.tsv ("reaction": 05* 11* 12* 016): each entry a code, or a code
/// prefix followed by "*" for every code under it. The coder asks these sets, not literal codes, which acts a rule is about.
/// </summary>
public sealed record CodeSet(string Name, IReadOnlyList<string> Codes)
{
    public bool Contains(CameoCode cameo) => Contains(cameo.Code);

    public bool Contains(string code) => Codes.Any(c => Matches(c, code));

    /// <summary>Whether a table's entry (a code, or a prefix and "*") covers a code.</summary>
    public static bool Matches(string entry, string code) =>
        entry.EndsWith('*') ? code.StartsWith(entry[..^1], StringComparison.Ordinal) : code == entry;

    /// <summary>Whether a table's entry is a CAMEO code, or with a closing "*" the prefix of one.</summary>
    public static bool IsCodeOrRoot(Codebook codebook, string entry)
    {
        if (!entry.EndsWith('*')) return codebook.Contains(entry);
        var prefix = entry[..^1];
        return prefix.Length > 0 && codebook.Codes.Any(c => c.Code.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>The sets the coder consults; each must be given.</summary>
    public static readonly string[] Names = ["intent", "reaction", "embeds-act", "bare-statement", "statement", "mutual"];

    /// <summary>Reads set name and codes (separated by spaces); an unknown, missing or repeated set, or a code the codebook lacks, is an error naming the file and line.</summary>
    public static Dictionary<string, CodeSet> Load(string path, Codebook codebook)
    {
        var sets = new Dictionary<string, CodeSet>(StringComparer.Ordinal);
        foreach (var (line, fields) in DataDirectory.ReadTable(path))
        {
            var name = fields[0].Trim();
            if (!Names.Contains(name))
                throw new FormatException($"{path}:{line}: unknown code set \"{name}\"; the sets are {string.Join(", ", Names)}");
            var codes = fields.Length >= 2 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (codes.Length == 0) throw new FormatException($"{path}:{line}: expected a set name and its CAMEO codes separated by spaces");
            if (codes.FirstOrDefault(c => !IsCodeOrRoot(codebook, c)) is { } bad)
                throw new FormatException($"{path}:{line}: \"{bad}\" is no CAMEO code or code prefix followed by *");
            if (!sets.TryAdd(name, new CodeSet(name, codes)))
                throw new FormatException($"{path}:{line}: code set \"{name}\" given twice");
        }
        if (Names.FirstOrDefault(n => !sets.ContainsKey(n)) is { } missing)
            throw new FormatException($"{path}: code set \"{missing}\" is missing; the coder needs {string.Join(", ", Names)}");
        return sets;
    }
}
