using Kronika.Documents;

namespace Kronika.Actors.Dictionaries;

/// <summary>What a PETRARCH code says in Kronika's terms: a country ("IGO" for organisations) and a role ("" for none).</summary>
public readonly record struct KronikaCode(string Country, string Role, bool IsOrganization);

/// <summary>
/// Maps CAMEO codes as the PETRARCH dictionaries write them ("USAGOV", "IGOUNO", "MNCUSA", "~GOVMED") onto
/// Kronika's actor model, with the country and role tables of data/actors/petrarch/codes.tsv. A code maps only
/// when each of its blocks is understood: a code that says something Kronika cannot (UAF, a religion) maps to nothing.
/// </summary>
public sealed class PetrarchCodes
{
    private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _attributes = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _kronikaCountries;

    private PetrarchCodes(IReadOnlySet<string> kronikaCountries) => _kronikaCountries = kronikaCountries;

    public static PetrarchCodes LoadDefault() => Load(DataDirectory.File("actors", "petrarch", "codes.tsv"), ActorCodes.LoadDefault());

    public static PetrarchCodes Load(string path, IReadOnlySet<string> kronikaCountries)
    {
        var codes = new PetrarchCodes(kronikaCountries);
        foreach (var (line, f) in DataDirectory.ReadTable(path))
        {
            if (f.Length < 2) throw new FormatException($"{path}:{line}: expected kind, petrarch code, kronika code");
            var table = f[0].Trim() switch
            {
                "country" => codes._countries,
                "role" => codes._roles,
                "attribute" => codes._attributes,
                var other => throw new FormatException($"{path}:{line}: kind must be 'country', 'role' or 'attribute', not '{other}'"),
            };
            table[f[1].Trim()] = f.Length > 2 ? f[2].Trim() : "";
        }
        return codes;
    }

    /// <summary>The Kronika country of a CAMEO country code, or null when Kronika has no such country.</summary>
    public string? Country(string block) =>
        _countries.TryGetValue(block, out var mapped) ? mapped
        : block is ActorCodes.Organization ? null
        : _kronikaCountries.Contains(block) ? block : null;

    /// <summary>The Kronika role of an agent code ("GOVMED" is GOV), or null when its first block is no Kronika role.</summary>
    public string? Role(string agentCode) =>
        agentCode.Length >= 3 && agentCode.Length % 3 == 0 && _roles.TryGetValue(agentCode[..3].ToUpperInvariant(), out var role) ? role : null;

    /// <summary>An actor code: a country with an optional role, an organisation (IGO..., NGO...) or a company (MNC + country, its business).</summary>
    public KronikaCode? Actor(string code)
    {
        code = code.ToUpperInvariant();
        if (code.Length < 3 || code.Length % 3 != 0) return null;
        var first = code[..3];
        if (first is "IGO" or "NGO") return new KronikaCode(ActorCodes.Organization, "", IsOrganization: true);
        if (first == "MNC")
            return code.Length >= 6 && Country(code[3..6]) is { } home ? new KronikaCode(home, "BUS", false) : null;
        if (Country(first) is not { } country) return null;
        for (int at = 3; at < code.Length; at += 3)
        {
            var block = code.Substring(at, 3);
            if (_roles.TryGetValue(block, out var role)) return new KronikaCode(country, role, false);
            if (_attributes.ContainsKey(block)) return null;
            // "CHNHKG...": a place inside the country says no role; anything else says one Kronika does not have.
            if (Country(block) is null) return null;
        }
        return new KronikaCode(country, "", false);
    }
}
