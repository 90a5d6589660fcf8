namespace Kronika.Events;

/// <summary>
/// Nouns by which a reaction refers back to an act told before ("dismayed by the walkout", "condemned the move"),
/// with the CAMEO roots of the acts each can mean (data/patterns/event-nouns.tsv).
/// </summary>
public sealed class EventNouns(IReadOnlyDictionary<string, string[]> rootsByNoun)
{
    public static readonly EventNouns Empty = new(new Dictionary<string, string[]>());

    public static EventNouns LoadDefault() => Load(DataDirectory.File("patterns", "event-nouns.tsv"));

    /// <summary>Reads noun and roots (comma-separated two-digit CAMEO roots, or *); a malformed row is an error naming the file and line.</summary>
    public static EventNouns Load(string path) =>
        new(DataDirectory.ReadTable(path).ToDictionary(
            row => row.Fields.Length >= 2 && row.Fields[0].Trim().Length > 0 ? row.Fields[0].Trim().ToLowerInvariant()
                : throw new FormatException($"{path}:{row.Line}: expected a noun and the CAMEO roots of the acts it can mean"),
            row => row.Fields[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } roots
                && roots.All(r => r == "*" || r.Length == 2 && char.IsAsciiDigit(r[0]) && char.IsAsciiDigit(r[1])) ? roots
                : throw new FormatException($"{path}:{row.Line}: roots must be two-digit CAMEO roots separated by commas, or *"),
            StringComparer.Ordinal));

    /// <summary>
    /// The doer of the act a definite event noun after a reaction refers back to ("by the walkout"): the source of
    /// the last event of a fitting root (for "*", any act but a bare statement) in the sentences before, not the reacting side itself; null when none fits.
    /// </summary>
    public (Actor Actor, string Noun)? ReferredDoer(Token[] tokens, Sentence sentence, int from, IReadOnlyList<EventRecord> earlier, Actor reactor, CodeSet bareStatements)
    {
        int end = Math.Min(sentence.EndToken, from + 5);
        for (int k = Math.Max(from, sentence.FirstToken + 1); k < end; k++)
        {
            if (!rootsByNoun.TryGetValue(tokens[k].Lower, out var roots) || tokens[k - 1].Lower is not ("the" or "this" or "that")) continue;
            // The last sentence that tells such an act; of several doers there ("Russia and the rebels left the talks"), a state's government.
            EventRecord? found = null;
            for (int e = earlier.Count - 1; e >= 0; e--)
            {
                var act = earlier[e];
                if (found is not null && act.Evidence.Start != found.Evidence.Start) break;
                if (act.Evidence.Start >= tokens[sentence.FirstToken].Start || act.Source.Country.Length != 3 || act.Source.Country == reactor.Country) continue;
                if (!(roots[0] == "*" ? !bareStatements.Contains(act.Cameo) : roots.Contains(act.Root))) continue;
                if (found is null || act.Source.Role == "GOV" && found.Source.Role != "GOV") found = act;
            }
            return found is null ? null : (new Actor(found.Source.Country, found.Source.Role, found.Source.Name), tokens[k].Text);
        }
        return null;
    }
}
