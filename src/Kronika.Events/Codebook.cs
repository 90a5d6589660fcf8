using System.Globalization;
using Kronika.Documents;

namespace Kronika.Events;

/// <summary>One CAMEO event code with its name, Goldstein weight and quad class.</summary>
public sealed record CameoCode(string Code, string Root, string Name, double Goldstein, int QuadClass);

/// <summary>The CAMEO codebook as shipped in data/cameo.tsv (code, root, name, goldstein, quad_class).</summary>
public sealed class Codebook
{
    private readonly Dictionary<string, CameoCode> _codes;

    public Codebook(IEnumerable<CameoCode> codes) => _codes = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static Codebook LoadDefault() => Load(DataDirectory.File("cameo.tsv"));

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
