namespace Kronika.Events;

/// <summary>
/// The CAMEO intent code of an act stated only as an intent: "wants to restore ties" is 032, not 050
/// (data/patterns/intents.tsv; the longest act-code prefix wins).
/// </summary>
public sealed class IntentCodes
{
    private readonly Dictionary<string, string> _byPrefix;

    public IntentCodes(IEnumerable<(string Act, string Intent)> pairs) => _byPrefix = pairs.ToDictionary(p => p.Act, p => p.Intent, StringComparer.Ordinal);

    public static IntentCodes Load(string path, Codebook codebook) =>
        new(DataDirectory.ReadTable(path).Select(row =>
            row.Fields.Length == 2 && codebook.Contains(row.Fields[0]) && codebook.Contains(row.Fields[1])
                ? (row.Fields[0], row.Fields[1])
                : throw new FormatException($"{path}:{row.Line}: expected two CAMEO codes of cameo.tsv: act<TAB>intent")));

    public static IntentCodes LoadDefault(Codebook codebook) => Load(DataDirectory.File("patterns", "intents.tsv"), codebook);

    /// <summary>The intent code for an act, or null when the act has none (conflict acts, statements, intents already).</summary>
    public string? For(string act)
    {
        for (int length = act.Length; length >= 2; length--)
            if (_byPrefix.TryGetValue(act[..length], out var intent)) return intent;
        return null;
    }
}
