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
        // A bare "*" is every code (a drop about where the trigger stands, whatever it codes).
        return prefix.Length == 0 || codebook.Codes.Any(c => c.Code.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>The sets the coder consults; each must be given.</summary>
    public static readonly string[] Names = ["intent", "reaction", "embeds-act", "bare-statement", "statement", "mutual", "mutual-without-object", "threat", "reason-phrase", "counted-people", "member-coerced", "mediation", "addressed", "release-demands"];

    /// <summary>Reads set name and codes (separated by spaces); an unknown, missing or repeated set, or a code the codebook lacks, is an error naming the file and line.</summary>
    public static Dictionary<string, CodeSet> Load(string path, Codebook codebook)
    {
        var sets = NamedSets.Read(path, "code set", Names, "CAMEO codes",
            code => CodeSet.IsCodeOrRoot(codebook, code) ? null : $"\"{code}\" is no CAMEO code or code prefix followed by *");
        if (Names.FirstOrDefault(n => !sets.ContainsKey(n)) is { } missing)
            throw new FormatException($"{path}: code set \"{missing}\" is missing; the coder needs {string.Join(", ", Names)}");
        return sets.ToDictionary(p => p.Key, p => new CodeSet(p.Key, p.Value), StringComparer.Ordinal);
    }
}

/// <summary>A table of named sets, one a row: the set's name, its members separated by spaces, a note (word-sets.tsv, code-sets.tsv).</summary>
internal static class NamedSets
{
    /// <summary>
    /// The table's sets; a name not among <paramref name="names"/>, a row without members, a repeated set, or a member
    /// <paramref name="problem"/> finds fault with (it returns the reason, or null) is an error naming the file and line.
    /// </summary>
    public static Dictionary<string, string[]> Read(string path, string kind, IReadOnlyCollection<string> names, string members, Func<string, string?>? problem = null)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (line, fields) in DataDirectory.ReadTable(path))
        {
            var name = fields[0].Trim();
            if (!names.Contains(name))
                throw new FormatException($"{path}:{line}: unknown {kind} \"{name}\"; the sets are {string.Join(", ", names)}");
            var items = fields.Length >= 2 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (items.Length == 0) throw new FormatException($"{path}:{line}: expected a set name and its {members} separated by spaces");
            if (problem is not null && items.Select(problem).FirstOrDefault(p => p is not null) is { } reason)
                throw new FormatException($"{path}:{line}: {reason}");
            if (!sets.TryAdd(name, items)) throw new FormatException($"{path}:{line}: {kind} \"{name}\" given twice");
        }
        return sets;
    }
}
