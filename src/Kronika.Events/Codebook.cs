using System.Globalization;

namespace Kronika.Events;

/// <summary>One CAMEO event code with its name, Goldstein weight and quad class, and its PLOVER event type and mode (data/plover.tsv).</summary>
public sealed record CameoCode(string Code, string Root, string Name, double Goldstein, int QuadClass)
{
    /// <summary>The PLOVER event type ("ASSAULT", "AGREE"...), or "NONE" where PLOVER has no event (CAMEO 01 statements).</summary>
    public string PloverType { get; init; } = "";

    /// <summary>The PLOVER mode ("aerial", "visit"...), empty when PLOVER has none for the code.</summary>
    public string PloverMode { get; init; } = "";
}

/// <summary>The CAMEO codebook as shipped in data/cameo.tsv (code, root, name, goldstein, quad_class).</summary>
public sealed class Codebook
{
    private readonly Dictionary<string, CameoCode> _codes;

    public Codebook(IEnumerable<CameoCode> codes) => _codes = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>data/cameo.tsv, with the PLOVER type and mode of each code from data/plover.tsv.</summary>
    public static Codebook LoadDefault()
    {
        var codebook = Load(DataDirectory.File("cameo.tsv"));
        codebook.LoadPlover(DataDirectory.File("plover.tsv"));
        return codebook;
    }

    /// <summary>plover.tsv: cameo, plover_type, plover_mode, note; every CAMEO code must be mapped once.</summary>
    public void LoadPlover(string path)
    {
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in DataDirectory.ReadTable(path))
        {
            if (f.Length < 2 || !_codes.TryGetValue(f[0].Trim(), out var code))
                throw new FormatException($"{path}:{line}: expected a CAMEO code of cameo.tsv, a PLOVER type and a mode");
            _codes[code.Code] = code with { PloverType = f[1].Trim(), PloverMode = f.Length > 2 ? f[2].Trim() : "" };
            mapped.Add(code.Code);
        }
        if (mapped.Count != _codes.Count)
            throw new FormatException($"{path}: {_codes.Count - mapped.Count} CAMEO codes have no PLOVER mapping (first: {_codes.Keys.First(k => !mapped.Contains(k))})");
    }

    public static Codebook Load(string path)
    {
        var codes = new List<CameoCode>();
        foreach (var (line, f) in DataDirectory.ReadTable(path))
        {
            if (f[0] == "code") continue;
            if (f.Length != 5
                || !double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein)
                || !int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var quad))
                throw new FormatException($"{path}:{line}: expected code, root, name, goldstein, quad_class");
            codes.Add(new CameoCode(f[0], f[1], f[2], goldstein, quad));
        }
        return new Codebook(codes);
    }

    public IReadOnlyCollection<CameoCode> Codes => _codes.Values;
    public int Count => _codes.Count;
    public bool Contains(string code) => _codes.ContainsKey(code);
    public CameoCode this[string code] => _codes.TryGetValue(code, out var c) ? c : throw new KeyNotFoundException($"'{code}' is not a CAMEO code of cameo.tsv");
    public bool TryGet(string code, out CameoCode cameo) => _codes.TryGetValue(code, out cameo!);
}
