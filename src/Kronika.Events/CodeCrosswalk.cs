namespace Kronika.Events;

/// <summary>
/// A crosswalk from an act's CAMEO code to the code of another way of stating it, by the longest act-code prefix:
/// the intent code of an act stated only as an intent ("wants to restore ties" is 032, not 050; data/patterns/intents.tsv),
/// the refusal code of an act refused ("will not lift the ban" is 1241, not 081; data/patterns/refusals.tsv).
/// </summary>
public sealed class CodeCrosswalk
{
    private readonly Dictionary<string, string> _byPrefix;

    public CodeCrosswalk(IEnumerable<(string Act, string Intent)> pairs) => _byPrefix = pairs.ToDictionary(p => p.Act, p => p.Intent, StringComparer.Ordinal);

    public static CodeCrosswalk Load(string path, Codebook codebook) =>
        new(DataDirectory.ReadTable(path).Select(row =>
            row.Fields.Length == 2 && codebook.Contains(row.Fields[0]) && codebook.Contains(row.Fields[1])
                ? (row.Fields[0], row.Fields[1])
                : throw new FormatException($"{path}:{row.Line}: expected two CAMEO codes of cameo.tsv: act<TAB>code")));

    public static CodeCrosswalk LoadIntents(Codebook codebook) => Load(DataDirectory.File("patterns", "intents.tsv"), codebook);

    public static CodeCrosswalk LoadRefusals(Codebook codebook) => Load(DataDirectory.File("patterns", "refusals.tsv"), codebook);

    /// <summary>The code for an act, or null when the table gives none (for intents: conflict acts, statements, intents already).</summary>
    public string? For(string act)
    {
        for (int length = act.Length; length >= 2; length--)
            if (_byPrefix.TryGetValue(act[..length], out var intent)) return intent;
        return null;
    }
}
