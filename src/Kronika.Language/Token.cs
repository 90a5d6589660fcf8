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
    public string Upos { get; init; } = "";
    public string Xpos { get; init; } = "";

    /// <summary>Index of the head token in the document's token array, or <see cref="Root"/>.</summary>
    public int Head { get; init; } = Root;

    /// <summary>The Universal Dependencies relation to the head ("nsubj", "obl:agent"...); empty when not parsed.</summary>
    public string Deprel { get; init; } = "";

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
