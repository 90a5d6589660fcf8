namespace Kronika.Language;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte { Word, Number, Punctuation, Symbol, Url }

/// <summary>
/// One token: its character range in the document text, its text, lowercase form and lemma, and after
/// tagging and parsing its part of speech (UPOS and Penn XPOS), head and UD relation.
/// </summary>
public readonly record struct Token(int Start, int End, string Text, TokenKind Kind)
{
    /// <summary>The <see cref="Head"/> of a sentence's root word.</summary>
    public const int Root = -1;

    public string Lower { get; init; } = Text.ToLowerInvariant();
    public string Lemma { get; init; } = Text.ToLowerInvariant();
    /// <summary>The UPOS tag as the tagger wrote it ("PROPN"); <see cref="Pos"/> is its typed value, set with it.</summary>
    public string Upos { get => _upos; init { _upos = value; Pos = PartsOfSpeech.Parse(value); } }
    private readonly string _upos = "";

    /// <summary>The part of speech, parsed once from <see cref="Upos"/>.</summary>
    public PartOfSpeech Pos { get; private init; }

    public string Xpos { get; init; } = "";

    /// <summary>Index of the head token in the document's token array, or <see cref="Root"/>.</summary>
    public int Head { get; init; } = Root;

    /// <summary>The Universal Dependencies relation to the head ("nsubj", "obl:agent"...); empty when not parsed.</summary>
    public string Deprel { get => _deprel; init { _deprel = value; Relation = DependencyRelations.Parse(value); } }
    private readonly string _deprel = "";

    /// <summary>The relation to the head, parsed once from <see cref="Deprel"/>.</summary>
    public DependencyRelation Relation { get; private init; }

    public int Length => End - Start;
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public override string ToString() => Text;
}

/// <summary>A sentence: its character range and the range of its tokens in the document's token array.</summary>
public readonly record struct Sentence(int Index, int Start, int End, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
