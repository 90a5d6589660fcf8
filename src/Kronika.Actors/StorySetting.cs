using Kronika.Documents;

namespace Kronika.Actors;

/// <summary>
/// The country a story is set in, read from the whole text (headline included) before any role word is resolved: the
/// country named most, at least twice and more than twice as often as any other; null when none stands out. Also which
/// countries the story names in each role, so a role word is not given the setting where another country's force of
/// that kind is in the story too (a war story's "the soldiers" may be either side's).
/// </summary>
public sealed class StorySetting
{
    /// <summary>The start of the rule of a mention whose country came from the setting or the clause's place: such mentions count for no country.</summary>
    public const string DerivedRule = "role word: ";

    private readonly HashSet<(string Country, string Role)> _named;

    private StorySetting(string? country, HashSet<(string, string)> named) => (Country, _named) = (country, named);

    public static readonly StorySetting None = new(null, []);

    public string? Country { get; }

    /// <summary>Whether the story names an actor of a country other than the setting in the role.</summary>
    public bool NamesOtherCountryIn(string role) => _named.Any(n => n.Role == role && n.Country != Country);

    /// <summary>
    /// The setting of a document's mentions: countries, capitals, nationalities, bodies and groups, not people nor pair
    /// phrases, nor role words whose country was itself read from the setting or a place.
    /// </summary>
    public static StorySetting Of(IEnumerable<ActorMention> mentions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var named = new HashSet<(string, string)>();
        foreach (var mention in mentions)
        {
            if (mention.Head is EntryKind.Pair || mention.Rule.StartsWith(DerivedRule, StringComparison.Ordinal)) continue;
            foreach (var actor in mention.Actors)
            {
                if (actor.Country.Length != 3 || actor.Country == "IGO") continue;
                if (actor.Role.Length > 0) named.Add((actor.Country, actor.Role));
                if (!mention.IsPerson) counts[actor.Country] = counts.GetValueOrDefault(actor.Country) + 1;
            }
        }
        var top = counts.OrderByDescending(c => c.Value).Take(2).ToArray();
        var country = top.Length > 0 && top[0].Value >= 2 && (top.Length == 1 || top[0].Value > 2 * top[1].Value) ? top[0].Key : null;
        return new StorySetting(country, named);
    }
}

/// <summary>Where a role word without a country takes one from, per role (data/actors/setting-roles.tsv).</summary>
public sealed record SettingPolicy(string Role, string Place, string Setting)
{
    public static IReadOnlyDictionary<string, SettingPolicy> LoadDefault() => Load(DataDirectory.File("actors", "setting-roles.tsv"));

    /// <summary>Reads role, place (yes, alone, no) and setting (yes, unless-foreign, no); a malformed row is an error naming the file and line.</summary>
    public static IReadOnlyDictionary<string, SettingPolicy> Load(string path) =>
        DataDirectory.ReadTable(path).Select(row =>
            row.Fields.Length >= 3 && row.Fields[1].Trim() is "yes" or "alone" or "no" && row.Fields[2].Trim() is "yes" or "unless-foreign" or "no"
                ? new SettingPolicy(row.Fields[0].Trim(), row.Fields[1].Trim(), row.Fields[2].Trim())
                : throw new FormatException($"{path}:{row.Line}: expected a role, place (yes, alone, no) and setting (yes, unless-foreign, no)"))
        .ToDictionary(p => p.Role, StringComparer.Ordinal);
}
