namespace Kronika.Language;

/// <summary>
/// Groups tokens into sentences. A sentence ends at ".", "!", "?" or "…" (with any closing quotes
/// or brackets after it) when the next token does not continue it, at a " | " separator, and
/// always at the end of a line: scraped news puts headlines, captions and paragraphs on lines of their own.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>
    /// The most tokens a sentence holds; a longer run without a sentence end (a list, a scraped blob with no
    /// punctuation) is cut into sentences of this length. Real news sentences stay far below it (the longest of the
    /// 177 benchmark pages has 103 tokens), and the coder's work grows with the square of a sentence's length: a
    /// 40,000-token "sentence" took it 23 s.
    /// </summary>
    public const int MaxTokens = 250;

    /// <summary>Splits the tokens of one line, appending sentences to <paramref name="output"/>; "|" tokens are dropped.</summary>
    public static void Split(IReadOnlyList<Token> tokens, int first, int end, List<Sentence> output, List<Token> kept)
    {
        int sentenceStart = kept.Count;
        for (int i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Text == "|")
            {
                Close(kept, sentenceStart, output);
                sentenceStart = kept.Count;
                continue;
            }
            kept.Add(token);
            if (kept.Count - sentenceStart >= MaxTokens)
            {
                Close(kept, sentenceStart, output);
                sentenceStart = kept.Count;
                continue;
            }
            if (!IsTerminal(token.Text)) continue;
            int j = i + 1;
            while (j < end && IsCloser(tokens[j].Text))
                kept.Add(tokens[j++]);
            if (j >= end || StartsSentence(tokens[j]))
            {
                Close(kept, sentenceStart, output);
                sentenceStart = kept.Count;
            }
            i = j - 1;
        }
        Close(kept, sentenceStart, output);
    }

    private static void Close(List<Token> kept, int start, List<Sentence> output)
    {
        if (kept.Count <= start) return;
        output.Add(new Sentence(output.Count, kept[start].Start, kept[^1].End, start, kept.Count - start));
    }

    private static bool IsTerminal(string text) => text is "." or "!" or "?" or "…" or "..." or "?!" || (text.Length > 1 && text.All(ch => ch == '.'));

    private static bool IsCloser(string text) => text is "\"" or "”" or "’" or "'" or ")" or "]" or "»";

    /// <summary>A following token that can open a sentence: a capital, a digit or an opening quote.</summary>
    private static bool StartsSentence(Token next) =>
        next.Text.Length > 0 && (char.IsUpper(next.Text[0]) || char.IsDigit(next.Text[0]) || next.Text is "\"" or "“" or "‘" or "(" or "'" or "«");
}
