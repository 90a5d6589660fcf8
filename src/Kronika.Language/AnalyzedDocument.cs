using Kronika.Documents;

namespace Kronika.Language;

/// <summary>
/// A document after language analysis: its tokens (with tags, lemmas and dependency heads) and sentences,
/// all with offsets into <see cref="SourceDocument.Text"/>. Later stages read it and never re-tokenize.
/// </summary>
public sealed class AnalyzedDocument(SourceDocument source, Token[] tokens, Sentence[] sentences)
{
    public SourceDocument Source { get; } = source;
    public Token[] Tokens { get; } = tokens;
    public Sentence[] Sentences { get; } = sentences;

    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
    public string TextOf(Sentence sentence) => Source.Text[sentence.Start..sentence.End];

    private DependencyTree?[]? _trees;

    /// <summary>The dependency tree of a sentence, built the first time it is asked for.</summary>
    public DependencyTree Tree(Sentence sentence)
    {
        if (sentence.Index < 0 || sentence.Index >= Sentences.Length || Sentences[sentence.Index] != sentence) return new DependencyTree(this, sentence);
        _trees ??= new DependencyTree?[Sentences.Length];
        return _trees[sentence.Index] ??= new DependencyTree(this, sentence);
    }

    /// <summary>The tree of the sentence that holds a token (a document index).</summary>
    public DependencyTree TreeAt(int token)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Sentences[mid].FirstToken <= token) lo = mid; else hi = mid - 1;
        }
        return Tree(Sentences[lo]);
    }

    /// <summary>The tokens from <paramref name="firstToken"/> to before <paramref name="endToken"/> (document indexes) as a span.</summary>
    public Span SpanOf(int firstToken, int endToken) => new(this, firstToken, endToken);
}

/// <summary>
/// The language stage: tokenizes and splits the body lines of a document, then tags, lemmatizes and
/// parses each sentence with Kronika's trained models.
/// </summary>
public sealed class TextAnalyzer(Tokenizer tokenizer, LanguageModels models)
{
    /// <summary>Longer "sentences" (tables, lists run together) are parsed in pieces of this many tokens.</summary>
    private const int MaxParsedTokens = 150;

    public static TextAnalyzer LoadDefault(IEnumerable<string>? knownLemmas = null) =>
        new(new Tokenizer(Abbreviations.LoadDefault()), LanguageModels.LoadDefault(knownLemmas));

    public Tokenizer Tokenizer => tokenizer;

    public AnalyzedDocument Analyze(SourceDocument document)
    {
        var text = document.Text;
        IReadOnlyList<TextSpan> body = document.Body.Count > 0 ? document.Body : NoiseFilter.Lines(text).ToList();
        var lineTokens = new List<Token>();
        var kept = new List<Token>(text.Length / 5);
        var sentences = new List<Sentence>();
        // Each line's dateline (first token, token count): parsed apart from the sentence it opens.
        var datelines = new List<(int First, int Length)>();
        foreach (var line in body)
        {
            lineTokens.Clear();
            tokenizer.Tokenize(text, line.Start, line.End, lineTokens);
            int firstKept = kept.Count;
            SentenceSplitter.Split(lineTokens, 0, lineTokens.Count, sentences, kept);
            if (Dateline.Length(kept, firstKept, kept.Count) is > 0 and var length) datelines.Add((firstKept, length));
        }
        var tokens = kept.ToArray();
        var buffers = new Buffers();
        int nextDateline = 0;
        foreach (var sentence in sentences)
        {
            int parseStart = sentence.FirstToken;
            while (nextDateline < datelines.Count && datelines[nextDateline].First < sentence.FirstToken) nextDateline++;
            if (nextDateline < datelines.Count && datelines[nextDateline].First == sentence.FirstToken && datelines[nextDateline].Length < sentence.TokenCount)
            {
                parseStart += datelines[nextDateline].Length;
                Annotate(tokens, sentence.FirstToken, parseStart, buffers);
            }
            for (int start = parseStart; start < sentence.EndToken; start += MaxParsedTokens)
                Annotate(tokens, start, Math.Min(sentence.EndToken, start + MaxParsedTokens), buffers);
            if (parseStart > sentence.FirstToken) AttachDateline(tokens, sentence.FirstToken, parseStart, sentence.EndToken);
        }
        return new AnalyzedDocument(document, tokens, sentences.ToArray());
    }

    private sealed class Buffers
    {
        public readonly List<string> Words = [];
        public string[] Upos = new string[64], Xpos = new string[64], Deprels = new string[64];
        public int[] Heads = new int[64];

        public void Ensure(int n)
        {
            if (Upos.Length >= n) return;
            int size = Math.Max(n, Upos.Length * 2);
            Upos = new string[size]; Xpos = new string[size]; Deprels = new string[size]; Heads = new int[size];
        }
    }

    /// <summary>The dateline's root hangs from the sentence's root as a loose dependent: the sentence keeps one root, its own verb.</summary>
    private static void AttachDateline(Token[] tokens, int first, int end, int sentenceEnd)
    {
        int root = Array.FindIndex(tokens, end, sentenceEnd - end, t => t.Head == Token.Root);
        if (root < 0) return;
        for (int i = first; i < end; i++)
            if (tokens[i].Head == Token.Root) tokens[i] = tokens[i] with { Head = root, Deprel = "dep" };
    }

    private void Annotate(Token[] tokens, int first, int end, Buffers b)
    {
        int n = end - first;
        b.Ensure(n);
        b.Words.Clear();
        for (int i = first; i < end; i++) b.Words.Add(tokens[i].Text);
        models.Tag(b.Words, b.Upos, b.Xpos);
        models.Parser.Parse(b.Words, b.Upos, b.Xpos, b.Heads, b.Deprels);
        for (int i = 0; i < n; i++)
        {
            ref var t = ref tokens[first + i];
            var lemma = models.Lemmatizer.Lemmatize(t.Text, b.Upos[i], b.Xpos[i]);
            t = t with
            {
                Upos = b.Upos[i],
                Xpos = b.Xpos[i],
                Lemma = lemma.Length == t.Text.Length && lemma == t.Text ? t.Lower : lemma.ToLowerInvariant(),
                Head = b.Heads[i] == 0 ? Token.Root : first + b.Heads[i] - 1,
                Deprel = b.Deprels[i],
            };
        }
    }
}
