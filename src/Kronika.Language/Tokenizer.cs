namespace Kronika.Language;

/// <summary>
/// Splits text into tokens that keep their character offsets. Handles news conventions:
/// abbreviations with periods ("U.S.", "Mr.", "Gen."), clitics ("Russia's", "didn't"),
/// hyphenated words ("Moscow-backed"), numbers ("1,200", "3.5"), URLs and e-mail addresses.
/// </summary>
public sealed class Tokenizer(Abbreviations abbreviations)
{
    private static readonly string[] Clitics = ["n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"];

    public void Tokenize(string text, int start, int end, List<Token> output)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int tokenEnd;
            if (IsUrlStart(text, i, end, out tokenEnd))
            {
                output.Add(new Token(i, tokenEnd, text[i..tokenEnd], TokenKind.Url));
            }
            else if (char.IsLetterOrDigit(c))
            {
                tokenEnd = ScanWord(text, i, end);
                AddWord(text, i, tokenEnd, end, output, ref tokenEnd);
            }
            else
            {
                tokenEnd = i + 1;
                // Runs of the same dash or dot ("--", "...") are one token.
                if (c is '.' or '-')
                    while (tokenEnd < end && text[tokenEnd] == c) tokenEnd++;
                var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                output.Add(new Token(i, tokenEnd, text[i..tokenEnd], kind));
            }
            i = tokenEnd;
        }
    }

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    private static int ScanWord(string text, int i, int end)
    {
        int j = i + 1;
        while (j < end)
        {
            char c = text[j];
            if (char.IsLetterOrDigit(c)) { j++; continue; }
            // Joiners stay inside a word only between two letters or digits: "Moscow-backed", "1,200", "3.5", "O'Brien".
            bool joiner = c is '-' or '.' or ',' or '\'' or '’' or '&' or '/' or '‐' or ':';
            if (joiner && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
            {
                // Commas, slashes and colons join only digits: "1,200", "19/05/2009", "15:45".
                if (c is ',' or '/' or ':' && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))) break;
                j += 2;
                continue;
            }
            break;
        }
        return j;
    }

    private void AddWord(string text, int start, int wordEnd, int limit, List<Token> output, ref int consumed)
    {
        var word = text.AsSpan(start, wordEnd - start);
        // A trailing period belongs to the word when it is a known abbreviation or a run of initials ("U.S.", "Gen.").
        if (wordEnd < limit && text[wordEnd] == '.' && (abbreviations.Contains(word) || IsInitials(word)))
        {
            wordEnd++;
            consumed = wordEnd;
            output.Add(new Token(start, wordEnd, text[start..wordEnd], TokenKind.Word));
            return;
        }
        // "cannot" is "can" + "not", as treebanks and taggers expect.
        if (word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            output.Add(MakeWord(text, start, start + 3));
            output.Add(MakeWord(text, start + 3, wordEnd));
            return;
        }
        foreach (var clitic in Clitics)
        {
            if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
            {
                int split = wordEnd - clitic.Length;
                output.Add(MakeWord(text, start, split));
                output.Add(new Token(split, wordEnd, text[split..wordEnd], TokenKind.Word));
                return;
            }
        }
        output.Add(MakeWord(text, start, wordEnd));
    }

    private static Token MakeWord(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        bool number = char.IsDigit(span[0]) && !span.ContainsAnyExcept("0123456789.,:/-");
        return new Token(start, end, text[start..end], number ? TokenKind.Number : TokenKind.Word);
    }

    /// <summary>"U.S", "U.N", "J.F" (the final period is checked by the caller).</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length == 1) return char.IsUpper(word[0]);
        if (word.Length < 3) return false;
        for (int k = 0; k < word.Length; k++)
            if (k % 2 == 0 ? !char.IsLetter(word[k]) : word[k] != '.')
                return false;
        return true;
    }

    private static bool IsUrlStart(string text, int i, int end, out int tokenEnd)
    {
        tokenEnd = i;
        var rest = text.AsSpan(i, end - i);
        bool url = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                   || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        int wordEnd = i;
        while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
        var word = text.AsSpan(i, wordEnd - i);
        int at = word.IndexOf('@');
        bool email = !url && at > 0 && word[(at + 1)..].Contains('.') && char.IsLetterOrDigit(word[0]);
        if (!url && !email) return false;
        // Sentence punctuation after a URL or address is not part of it.
        while (wordEnd > i + 1 && ".,;:!?)\"'”’".Contains(text[wordEnd - 1])) wordEnd--;
        tokenEnd = wordEnd;
        return true;
    }
}
