namespace Kronika.Language;

/// <summary>
/// The dependency tree of one sentence of an <see cref="AnalyzedDocument"/>: each word's head and children,
/// by index in the document's token array, built once per sentence (<see cref="AnalyzedDocument.Tree"/>).
/// A head outside the sentence (never given by the parser) counts as none.
/// </summary>
public sealed class DependencyTree
{
    private readonly AnalyzedDocument _document;
    private readonly int[][] _children;

    internal DependencyTree(AnalyzedDocument document, Sentence sentence)
    {
        _document = document;
        Sentence = sentence;
        var tokens = document.Tokens;
        var counts = new int[sentence.TokenCount];
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (Contains(tokens[t].Head)) counts[tokens[t].Head - sentence.FirstToken]++;
        _children = new int[sentence.TokenCount][];
        for (int i = 0; i < counts.Length; i++) _children[i] = counts[i] == 0 ? [] : new int[counts[i]];
        Array.Clear(counts);
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            int head = tokens[t].Head;
            if (Contains(head)) _children[head - sentence.FirstToken][counts[head - sentence.FirstToken]++] = t;
        }
    }

    public AnalyzedDocument Document => _document;
    public Sentence Sentence { get; }

    /// <summary>Whether a document token index lies in this sentence.</summary>
    public bool Contains(int token) => token >= Sentence.FirstToken && token < Sentence.EndToken;

    /// <summary>The word at a document token index.</summary>
    public TokenView this[int token] => Contains(token) ? new TokenView(this, token) : throw new ArgumentOutOfRangeException(nameof(token));

    /// <summary>The sentence's words in order.</summary>
    public IEnumerable<TokenView> Words
    {
        get { for (int t = Sentence.FirstToken; t < Sentence.EndToken; t++) yield return new TokenView(this, t); }
    }

    /// <summary>The head of a word (document index), or -1 for a root or a head outside the sentence.</summary>
    public int HeadOf(int token)
    {
        int head = _document.Tokens[token].Head;
        return Contains(head) ? head : -1;
    }

    /// <summary>The sentence's root word (the first word with no head in the sentence), or -1.</summary>
    public int Root
    {
        get
        {
            for (int t = Sentence.FirstToken; t < Sentence.EndToken; t++)
                if (_document.Tokens[t].Head == Token.Root) return t;
            return -1;
        }
    }

    /// <summary>The children of a word (document indexes), in sentence order.</summary>
    public ReadOnlySpan<int> ChildrenOf(int token) => _children[token - Sentence.FirstToken];

    /// <summary>The first child of a word with a relation, or -1.</summary>
    public int ChildWith(int token, DependencyRelation relation)
    {
        foreach (var c in ChildrenOf(token))
            if (_document.Tokens[c].Relation == relation) return c;
        return -1;
    }

    /// <summary>The first child of a word that is its nominal subject (<c>nsubj</c> or <c>nsubj:pass</c>), or -1.</summary>
    public int NominalSubjectOf(int token)
    {
        foreach (var c in ChildrenOf(token))
            if (_document.Tokens[c].Relation.IsNominalSubject()) return c;
        return -1;
    }

    /// <summary>The words a word heads, itself included, as the span from the first to the last of them.</summary>
    public Span SubtreeOf(int token)
    {
        int first = token, last = token;
        Extend(token, ref first, ref last);
        return _document.SpanOf(first, last + 1);
    }

    private void Extend(int token, ref int first, ref int last)
    {
        foreach (var c in ChildrenOf(token))
        {
            if (c < first) first = c;
            if (c > last) last = c;
            Extend(c, ref first, ref last);
        }
    }
}

/// <summary>One word of a <see cref="DependencyTree"/>, spaCy style: its token, head, children and subtree.</summary>
public readonly struct TokenView(DependencyTree tree, int index)
{
    public DependencyTree Tree { get; } = tree;

    /// <summary>The token's index in the document's token array.</summary>
    public int Index { get; } = index;

    public Token Token => Tree.Document.Tokens[Index];
    public string Text => Token.Text;
    public string Lower => Token.Lower;
    public PartOfSpeech Pos => Token.Pos;
    public DependencyRelation Relation => Token.Relation;

    /// <summary>Character offsets into the document text.</summary>
    public int Start => Token.Start;
    public int End => Token.End;

    /// <summary>The head word, or null for the root.</summary>
    public TokenView? Head => Tree.HeadOf(Index) is >= 0 and var head ? new TokenView(Tree, head) : null;

    public IEnumerable<TokenView> Children
    {
        get
        {
            var tree = Tree;
            int count = tree.ChildrenOf(Index).Length;
            for (int i = 0; i < count; i++) yield return new TokenView(tree, tree.ChildrenOf(Index)[i]);
        }
    }

    /// <summary>The words this word heads, itself included.</summary>
    public Span Subtree => Tree.SubtreeOf(Index);

    public override string ToString() => Text;
}

/// <summary>
/// A range of a document's tokens, with the character offsets of its text (spaCy's <c>Span</c>):
/// tokens <see cref="FirstToken"/> (inclusive) to <see cref="EndToken"/> (exclusive), characters <see cref="Start"/> to <see cref="End"/>.
/// </summary>
public readonly record struct Span(AnalyzedDocument Document, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
    public int Start => TokenCount > 0 ? Document.Tokens[FirstToken].Start : 0;
    public int End => TokenCount > 0 ? Document.Tokens[EndToken - 1].End : 0;
    public string Text => Document.Source.Text[Start..End];
    public ReadOnlySpan<Token> Tokens => Document.Tokens.AsSpan(FirstToken, TokenCount);
    public bool Contains(int token) => token >= FirstToken && token < EndToken;
    public override string ToString() => Text;
}
