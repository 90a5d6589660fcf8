using Kronika.Language;

namespace Kronika.Actors;

// Phrases for several actors or for backed forces: "the two", "both regions", "Moscow-backed".
public sealed partial class ActorRecognizer
{
    private static readonly string[] BackingSuffixes = ["-backed", "-led", "-supported", "-sponsored", "-allied", "-funded", "-armed", "-controlled"];

    /// <summary>The state named in "Moscow-backed", "Kremlin-led", "Iranian-sponsored", if the word is such a compound.</summary>
    private ActorEntry? BackedBy(ReadOnlySpan<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        foreach (var suffix in BackingSuffixes)
        {
            if (!text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || text.Length <= suffix.Length) continue;
            var prefix = text[..^suffix.Length];
            var probe = new Token(0, prefix.Length, prefix, TokenKind.Word);
            return dictionary.LongestMatch([probe], 0, kind => kind is EntryKind.Name or EntryKind.Capital or EntryKind.Adjective).Entries?[0] is { Country.Length: 3 } state ? state : null;
        }
        return null;
    }

    /// <summary>The role of a noun that names a force only as led by a state (roles.tsv kind "led"), when one is at <paramref name="i"/>.</summary>
    private string? LedGroup(ReadOnlySpan<Token> tokens, int i) =>
        i < tokens.Length && dictionary.LedGroups.TryGetValue(tokens[i].Text, out var role) ? role : null;

    private static readonly HashSet<string> RegionNouns = new(StringComparer.Ordinal) { "region", "regions", "province", "provinces", "territory", "territories", "republic", "republics", "enclave", "enclaves" };

    /// <summary>"both regions", "the two provinces": the end of the phrase, or 0.</summary>
    private static int TwoRegions(ReadOnlySpan<Token> tokens, int i)
    {
        int noun = tokens[i].Lower == "both" ? i + 1 : tokens[i].Lower == "the" && i + 1 < tokens.Length && tokens[i + 1].Lower == "two" ? i + 2 : -1;
        if (noun < 0) return 0;
        if (noun < tokens.Length && tokens[noun].Lower is "breakaway" or "rebel" or "separatist" or "disputed") noun++;
        return noun < tokens.Length && RegionNouns.Contains(tokens[noun].Lower) ? noun + 1 : 0;
    }

    /// <summary>"the two" standing alone, not "the two countries": followed by no noun.</summary>
    private static bool BareTwo(ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i + 1].Lower == "two"
        && (i + 2 >= tokens.Length || !tokens[i + 2].IsWord || tokens[i + 2].Pos is PartOfSpeech.Adp or PartOfSpeech.Verb or PartOfSpeech.Aux or PartOfSpeech.Cconj or PartOfSpeech.Sconj or PartOfSpeech.Adv or PartOfSpeech.Part);

    /// <summary>"the two nuclear-armed neighbours": a pair phrase with up to two modifiers after "the two" or "both"; its end.</summary>
    private int? PairWithModifiers(ReadOnlySpan<Token> tokens, int i)
    {
        int after = tokens[i].Lower == "both" ? i + 1 : tokens[i].Lower == "the" && i + 1 < tokens.Length && tokens[i + 1].Lower == "two" ? i + 2 : -1;
        if (after < 0) return null;
        for (int skip = 1; skip <= 2 && after + skip < tokens.Length; skip++)
        {
            var modifier = tokens[after + skip - 1];
            // Only adjectives and participles modify the pair's noun: "the two nuclear-armed neighbours", not "the two as independent states".
            if (!modifier.IsWord || modifier.IsCapitalized || modifier.Pos is not (PartOfSpeech.Adj or PartOfSpeech.Verb or PartOfSpeech.Noun or PartOfSpeech.Propn or PartOfSpeech.Num or PartOfSpeech.None)) return null;
            // The head noun must make a pair phrase of its own ("the two neighbours", "both sides").
            var probe = dictionary.LongestMatch([tokens[i], .. (tokens[i].Lower == "the" ? [tokens[i + 1]] : Array.Empty<Token>()), tokens[after + skip]], 0, kind => kind == EntryKind.Pair);
            if (probe.Entries is not null) return after + skip + 1;
        }
        return null;
    }
}
