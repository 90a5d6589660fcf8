namespace Kronika.Language;

/// <summary>
/// The Universal Dependencies part-of-speech tags (UPOS), a closed set: parsed once from the tagger's output
/// (<see cref="Token.Upos"/> keeps the tag's text for the JSON record and CoNLL-U output).
/// </summary>
public enum PartOfSpeech : byte
{
    /// <summary>Not tagged (an empty tag) or a tag outside the UD set.</summary>
    None,
    Adj, Adp, Adv, Aux, Cconj, Det, Intj, Noun, Num, Part, Pron, Propn, Punct, Sconj, Sym, Verb, X,
}

/// <summary>Parsing and naming <see cref="PartOfSpeech"/> values.</summary>
public static class PartsOfSpeech
{
    private static readonly Dictionary<string, PartOfSpeech> ByName = Enum.GetValues<PartOfSpeech>()
        .Where(p => p != PartOfSpeech.None).ToDictionary(p => p.ToString().ToUpperInvariant(), StringComparer.Ordinal);

    /// <summary>The value of a UPOS tag ("PROPN"); <see cref="PartOfSpeech.None"/> for "" or an unknown tag.</summary>
    public static PartOfSpeech Parse(string tag) => ByName.GetValueOrDefault(tag);

    /// <summary>The UPOS tag of a value ("PROPN"); "" for <see cref="PartOfSpeech.None"/>.</summary>
    public static string Name(this PartOfSpeech pos) => pos == PartOfSpeech.None ? "" : pos.ToString().ToUpperInvariant();

    /// <summary>A verb or an auxiliary.</summary>
    public static bool IsVerbal(this PartOfSpeech pos) => pos is PartOfSpeech.Verb or PartOfSpeech.Aux;
}
