using Kronika.Language;

namespace Kronika.Actors;

// How a phrase of the dictionary must be written in the text to be it: acronyms in capitals, names capitalised.
public sealed partial class ActorDictionary
{
    /// <summary>"US", "U.S.", "UN": short all-capital tokens that are other words in lower case.</summary>
    private static bool IsAcronym(string text) => text.Length <= 5 && text.Count(char.IsLetter) >= 2 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool CaseMatches(ReadOnlySpan<Token> tokens, int start, int length, ActorEntry entry, string[] exact)
    {
        for (int k = 0; k < length; k++)
            if (exact[k].Length > 0 && tokens[start + k].Text.Replace('’', '\'') != exact[k] && !WrittenAsWord(tokens, start + k, exact[k]))
                return false;
        // Proper names must be capitalised in the text: "turkey" the bird is not Turkey; "the West" is checked at "West".
        if (entry.Kind is EntryKind.Title or EntryKind.Group or EntryKind.Pair or EntryKind.NotActor) return true;
        int head = length > 1 && tokens[start].Lower == "the" ? start + 1 : start;
        return tokens[head].IsCapitalized || ArabicArticleName(tokens[head].Text);
    }

    /// <summary>
    /// "Nato", "Eta", "Farc", "Isis": British style writes an acronym said as a word with one capital. Taken so only
    /// inside a sentence (a sentence's first word is capitalised anyway: "Who", "Ice") that is not in title case, and
    /// not before another capitalised word (a first name: "Ira Glass").
    /// </summary>
    private static bool WrittenAsWord(ReadOnlySpan<Token> tokens, int at, string acronym)
    {
        var text = tokens[at].Text;
        if (acronym.Length < 3 || text.Length != acronym.Length || at == 0 || !acronym.All(char.IsLetter)) return false;
        if (!(char.IsUpper(text[0]) && text[1..].All(char.IsLower) && string.Equals(text, acronym, StringComparison.OrdinalIgnoreCase))) return false;
        if (at + 1 < tokens.Length && tokens[at + 1].IsCapitalized && tokens[at + 1].IsWord) return false;
        return !InTitleCase(tokens);
    }

    /// <summary>A headline in title case ("Police Arrest Man Who Fled"): most of its words capitalised, so a capital tells nothing.</summary>
    private static bool InTitleCase(ReadOnlySpan<Token> tokens)
    {
        int words = 0, capitalized = 0;
        foreach (var token in tokens)
        {
            if (!token.IsWord || token.Text.Length < 4) continue;
            words++;
            if (token.IsCapitalized) capitalized++;
        }
        return words >= 3 && capitalized * 2 > words;
    }

    /// <summary>"al-Shabaab", "el-Sisi", "al-Haddad": a name after the lowercase Arabic article is still a proper name.</summary>
    internal static bool ArabicArticleName(string word) =>
        word.Length > 4 && word[0] is 'a' or 'e' && word[1] == 'l' && word[2] == '-' && char.IsUpper(word[3]);
}
