namespace Kronika.Language;

/// <summary>
/// The dateline that opens a story's first line ("OTTAWA –", "KABUL, Afghanistan —", "Moscow (Reuters) -"): the place
/// the story was filed from, no part of the sentence after it. Parsed with that sentence, the place became the subject of
/// its verb and the real subject its appositive ("OTTAWA – The chair of the committee says he hopes..."), so the pronoun
/// and the event lost their speaker; the parser sees the two apart.
/// </summary>
public static class Dateline
{
    private static readonly HashSet<string> Dashes = new(StringComparer.Ordinal) { "—", "–", "--", "-" };

    /// <summary>The most words a dateline's place runs to ("RIO DE JANEIRO", "ST. PETERSBURG, Russia").</summary>
    private const int MaxPlaceWords = 4;

    /// <summary>
    /// How many tokens of the sentence from <paramref name="first"/> to <paramref name="end"/> a dateline takes, dash included,
    /// or 0. A place written in capitals, or a capitalized place followed by its agency in brackets, then a dash; a name in
    /// ordinary case before a dash ("Mr Putin – who...") is the sentence's own subject.
    /// </summary>
    public static int Length(IReadOnlyList<Token> tokens, int first, int end)
    {
        int i = first;
        bool capitals = true;
        while (i < end && i - first < MaxPlaceWords && tokens[i].IsWord && tokens[i].IsCapitalized)
        {
            capitals &= IsAllCapitals(tokens[i].Text);
            i++;
            // "ST. PETERSBURG": an abbreviation's point inside the place.
            if (i < end && tokens[i].Text == "." && i + 1 < end && tokens[i + 1].IsCapitalized) i++;
        }
        if (i == first) return 0;
        // ", Afghanistan", ", Calif.": the country or state after the city.
        if (i + 1 < end && tokens[i].Text == "," && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized)
        {
            int j = i + 1;
            while (j < end && j - i <= 3 && tokens[j].IsWord && tokens[j].IsCapitalized) j++;
            if (j < end && tokens[j].Text == ".") j++;
            i = j;
        }
        bool agency = false;
        // "(Reuters)", "(AP)": the agency.
        if (i < end && tokens[i].Text == "(")
        {
            int close = i + 1;
            while (close < end && close - i <= 4 && tokens[close].Text != ")") close++;
            if (close >= end || tokens[close].Text != ")") return 0;
            i = close + 1;
            agency = true;
        }
        if (!(capitals || agency) || i >= end - 1 || !Dashes.Contains(tokens[i].Text)) return 0;
        return i + 1 - first;
    }

    private static bool IsAllCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
