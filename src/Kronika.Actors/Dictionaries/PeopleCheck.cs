using Kronika.Documents;

namespace Kronika.Actors.Dictionaries;

/// <summary>One disagreement between a row of people.tsv and the Phoenix office holders of the same name.</summary>
public sealed record PeopleConflict(string Kind, string Kronika, string Phoenix);

/// <summary>
/// Checks Kronika's people.tsv against the office holders of the Phoenix actor dictionaries: the same full name
/// with no Phoenix code of that country ("country"), of that country but never in that role ("role"), in another role
/// (ELI, out of office) for the whole of Kronika's term ("dates"), or with no Phoenix term of the office that overlaps
/// Kronika's ("term missing in Phoenix": most often Phoenix lists only part of a career). Terms that begin after the Phoenix files were made
/// (CountryInfo of January 2014) cannot be checked and are left out. A conflict is a question, not a verdict: the
/// world decides which table is wrong (two people may share a name).
/// </summary>
public static class PeopleCheck
{
    /// <summary>The date of CountryInfo.140130, from which Phoenix.Countries.actors.txt was generated.</summary>
    public static readonly DateOnly PhoenixMade = new(2014, 1, 30);

    private sealed record Office(string Country, string Role, DateOnly? From, DateOnly? To);
    private sealed record Holder(string Where, string Name, List<Office> Offices);

    public static List<PeopleConflict> Run(string peoplePath, IEnumerable<string> phoenixActorFiles, PetrarchCodes codes)
    {
        var holders = new Dictionary<string, List<Holder>>(StringComparer.Ordinal);
        foreach (var file in phoenixActorFiles)
            foreach (var record in PetrarchActorReader.Read(file).Where(r => r.Codes.Any(c => !c.IsDefault)))
            {
                var offices = new List<Office>();
                foreach (var code in record.Codes.Where(c => !c.IsNull))
                    if (codes.Actor(code.Code) is { IsOrganization: false } k) offices.Add(new Office(k.Country, k.Role, code.From, code.To));
                if (offices.Count == 0) continue;
                var holder = new Holder($"{Path.GetFileName(file)}:{record.Line}", record.Phrases[0], offices);
                foreach (var phrase in record.Phrases.Where(p => p.Contains(' ')))
                {
                    var key = ActorDictionary.Fold(phrase);
                    if (!holders.TryGetValue(key, out var list)) holders[key] = list = [];
                    if (!list.Contains(holder)) list.Add(holder);
                }
            }

        var conflicts = new List<PeopleConflict>();
        foreach (var (line, f) in DataDirectory.ReadTable(peoplePath))
        {
            if (f.Length < 6) continue;
            var names = f[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(f[0].Trim()).Where(n => n.Contains(' '));
            var matches = names.SelectMany(n => holders.GetValueOrDefault(ActorDictionary.Fold(n)) ?? []).Distinct().ToList();
            if (matches.Count == 0) continue;
            var (country, role) = (f[2].Trim(), f[3].Trim());
            DateOnly? from = PartialDate.TryParseIso(f[5].Trim(), out var s) ? s.First : null;
            DateOnly? to = f.Length > 6 && PartialDate.TryParseIso(f[6].Trim(), out var e) ? e.Last : null;
            var kronika = $"people.tsv:{line} {f[0].Trim()} {country} {role} {f[4].Trim()} {f[5].Trim()}..{(f.Length > 6 ? f[6].Trim() : "")}";
            var phoenix = string.Join("; ", matches.Select(h => $"{h.Where} {h.Name}: " + string.Join(" ", h.Offices.Select(Describe))));
            var offices = matches.SelectMany(h => h.Offices).ToList();
            // An IGO row is an international office; Phoenix files the same person under their country.
            if (country == ActorCodes.Organization) continue;
            bool checkable = from is { } start && start <= PhoenixMade;
            if (!offices.Any(o => o.Country == country))
                conflicts.Add(new PeopleConflict("country", kronika, phoenix));
            else if (!offices.Any(o => o.Country == country && o.Role == role))
                conflicts.Add(new PeopleConflict("role", kronika, phoenix));
            // Phoenix says the person was something else (ELI: out of office) for the whole of Kronika's term.
            else if (checkable && offices.Any(o => o.Country == country && o.Role != role && o.From <= from && (to is null ? o.To is null : o.To >= to))
                     && !offices.Any(o => o.Country == country && o.Role == role && Overlaps(o, from!.Value, to)))
                conflicts.Add(new PeopleConflict("dates", kronika, phoenix));
            // No Phoenix term of that office overlaps Kronika's: most often Phoenix lists only some of a career.
            else if (checkable && !offices.Any(o => o.Country == country && o.Role == role && Overlaps(o, from!.Value, to)))
                conflicts.Add(new PeopleConflict("term missing in Phoenix", kronika, phoenix));
        }
        return conflicts;
    }

    private static bool Overlaps(Office o, DateOnly from, DateOnly? to) => (o.From is null || to is null || o.From <= to) && (o.To is null || o.To >= from);

    private static string Describe(Office o) =>
        $"[{o.Country}{o.Role} {(o.From is null && o.To is null ? "" : $"{o.From?.ToString("yyyy-MM-dd") ?? ""}..{o.To?.ToString("yyyy-MM-dd") ?? ""}")}]".Replace(" ]", "]");
}
