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
    /// the last event of a fitting root (for "*", any act but a bare statement) in the sentences before, not the reacting
    /// side itself (though armed groups and unidentified attackers of its own country may be); null when none fits.
    /// </summary>
    public (Actor Actor, string Noun)? ReferredDoer(Token[] tokens, Sentence sentence, int from, IReadOnlyList<EventRecord> earlier, Actor reactor, CodeSet bareStatements,
        IReadOnlySet<string>? namingVerbs = null)
    {
        if (DefiniteNounAfter(tokens, sentence, from, namingVerbs) is not { } referred) return null;
        var roots = referred.Roots;
        // The last sentence that tells such an act; of several doers there ("Russia and the rebels left the talks"), a state's government.
        EventRecord? found = null;
        for (int e = earlier.Count - 1; e >= 0; e--)
        {
            var act = earlier[e];
            if (found is not null && act.Evidence.Start != found.Evidence.Start) break;
            if (act.Evidence.Start >= tokens[sentence.FirstToken].Start || act.Source.Country.Length != 3) continue;
            // "El Sisi condemned the bombing": an attack on his own country by its rebels or unknown attackers is no act of his own side.
            if (act.Source.Country == reactor.Country && !(act.Source.Role is "REB" or "SEP" || act.Source.Name == Actor.UnidentifiedName)) continue;
            if (!(roots[0] == "*" ? !bareStatements.Contains(act.Cameo) : roots.Contains(act.Root))) continue;
            // "condemned the attack" refers to one act, not to "a string of deadly attacks" told of a group's past.
            if (tokens[referred.Noun].Xpos == "NN" && Array.FindIndex(tokens, t => t.Start == act.Trigger.Start) is >= 0 and var told && tokens[told].Xpos == "NNS") continue;
            if (found is null || act.Source.Role == "GOV" && found.Source.Role != "GOV") found = act;
        }
        return found is null ? null : (new Actor(found.Source.Country, found.Source.Role, found.Source.Name) { Unidentified = found.Source.Name == Actor.UnidentifiedName }, tokens[referred.Noun].Text);
    }

    /// <summary>
    /// A definite event noun within five words ("the walkout", "this \"deplorable terrorist attack\""): its token and
    /// the roots of the acts it can mean; up to three modifiers and quotation marks may stand after the determiner.
    /// </summary>
    public (int Noun, string[] Roots)? DefiniteNounAfter(Token[] tokens, Sentence sentence, int from, IReadOnlySet<string>? namingVerbs = null)
    {
        // "condemned what he called a senseless act of terror": the act so named is the one condemned, as "the act" would be.
        int named = namingVerbs is null ? -1 : WhatTheyCalled(tokens, sentence, from, namingVerbs);
        int end = Math.Min(sentence.EndToken, (named > 0 ? named : from) + 5);
        for (int k = Math.Max(named > 0 ? named : from, sentence.FirstToken + 1); k < end; k++)
        {
            if (!rootsByNoun.TryGetValue(tokens[k].Lower, out var roots)) continue;
            int d = k - 1;
            for (int skipped = 0; skipped < 3 && d > sentence.FirstToken && (tokens[d].Pos is PartOfSpeech.Adj or PartOfSpeech.Noun && !tokens[d].IsCapitalized || tokens[d].Text is "\"" or "“" or "'" or "‘"); skipped++) d--;
            if (tokens[d].Lower is "the" or "this" or "that" || named > 0 && d == named - 1 && tokens[d].Lower is "a" or "an") return (k, roots);
        }
        return null;
    }

    /// <summary>
    /// Where the words after "what he called", "what the ministry described as" begin (the token after its article), or -1:
    /// a reaction to "what X called Y" reacts to Y. The naming verbs are lemmas (word-sets.tsv describing-verbs).
    /// </summary>
    private static int WhatTheyCalled(Token[] tokens, Sentence sentence, int from, IReadOnlySet<string> namingVerbs)
    {
        if (from >= sentence.EndToken || tokens[from].Lower != "what") return -1;
        for (int k = from + 2; k < Math.Min(sentence.EndToken - 1, from + 6); k++)
        {
            if (!tokens[k].IsWord) return -1;
            if (!namingVerbs.Contains(tokens[k].Lemma)) continue;
            int article = tokens[k + 1].Lower == "as" ? k + 2 : k + 1;
            return article < sentence.EndToken && tokens[article].Lower is "a" or "an" or "the" ? article + 1 : -1;
        }
        return -1;
    }
}
