using Kronika.Documents;

namespace Kronika.Language;

/// <summary>
/// A document after language analysis: its tokens (with lemmas) and sentences, all with offsets
/// into <see cref="SourceDocument.Text"/>. Later stages read it and never re-tokenize.
/// </summary>
public sealed class AnalyzedDocument(SourceDocument source, Token[] tokens, Sentence[] sentences)
{
    public SourceDocument Source { get; } = source;
    public Token[] Tokens { get; } = tokens;
    public Sentence[] Sentences { get; } = sentences;

    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
    public string TextOf(Sentence sentence) => Source.Text[sentence.Start..sentence.End];

    /// <summary>The sentence holding a token.</summary>
    public Sentence SentenceOf(int tokenIndex)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Sentences[mid].FirstToken <= tokenIndex) lo = mid; else hi = mid - 1;
        }
        return Sentences[lo];
    }
}

/// <summary>Tokenizes, splits and lemmatizes the body lines of a document.</summary>
public sealed class TextAnalyzer(Tokenizer tokenizer, Lemmatizer lemmatizer)
{
    public AnalyzedDocument Analyze(SourceDocument document)
    {
        var text = document.Text;
        IReadOnlyList<TextSpan> body = document.Body.Count > 0 ? document.Body : NoiseFilter.Lines(text).ToList();
        var lineTokens = new List<Token>();
        var kept = new List<Token>(text.Length / 5);
        var sentences = new List<Sentence>();
        foreach (var line in body)
        {
            lineTokens.Clear();
            tokenizer.Tokenize(text, line.Start, line.End, lineTokens);
            for (int i = 0; i < lineTokens.Count; i++)
            {
                var t = lineTokens[i];
                if (t.Kind == TokenKind.Word)
                    lineTokens[i] = t with { Lemma = lemmatizer.Lemmatize(t.Lower) };
            }
            SentenceSplitter.Split(lineTokens, 0, lineTokens.Count, sentences, kept);
        }
        return new AnalyzedDocument(document, kept.ToArray(), sentences.ToArray());
    }
}
