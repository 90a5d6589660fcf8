namespace Kronika.Language;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte { Word, Number, Punctuation, Symbol, Url }

/// <summary>
/// One token: its character range in the document text, its text, lowercase form and lemma.
/// </summary>
public readonly record struct Token(int Start, int End, string Text, TokenKind Kind)
{
    public string Lower { get; init; } = Text.ToLowerInvariant();
    public string Lemma { get; init; } = Text.ToLowerInvariant();

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
