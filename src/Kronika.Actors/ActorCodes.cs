using Kronika.Documents;

namespace Kronika.Actors;

/// <summary>
/// The codes an event's actor can carry from the shipped tables (data/actors/): the countries of countries.tsv, the
/// CAMEO regions of regions.tsv, IGO for every international organisation, and the countries territories, groups and
/// people are given (Western Sahara, ESH, is one no row of countries.tsv has). Read without building the dictionary,
/// for checking a code a user types.
/// </summary>
public static class ActorCodes
{
    public const string Organization = "IGO";

    /// <summary>Each table with the column (0-based) that holds a code.</summary>
    private static readonly (string File, int Column)[] Columns =
        [("countries.tsv", 0), ("regions.tsv", 0), ("territories.tsv", 3), ("groups.tsv", 3), ("people.tsv", 2)];

    public static IReadOnlySet<string> LoadDefault()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal) { Organization };
        foreach (var (file, column) in Columns)
        {
            var path = Path.Combine(DataDirectory.Path, "actors", file);
            if (!File.Exists(path)) continue;
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var fields = line.Split('\t');
                if (fields.Length > column && fields[column].Trim() is { Length: 3 } code) codes.Add(code.ToUpperInvariant());
            }
        }
        return codes;
    }
}
