using Kronika.Language;

namespace Kronika.Actors;

// Datelines: the place a story was filed from opens its first line and names no actor.
public sealed partial class ActorRecognizer
{
    private static readonly HashSet<string> DatelineDashes = new(StringComparer.Ordinal) { "—", "–", "-", "--", ":" };

    /// <summary>
    /// The end of a dateline that opens the sentence at <paramref name="start"/> with a place of <paramref name="length"/>
    /// tokens ("BEIRUT —", "KABUL, Afghanistan —", "Moscow (Reuters) -"), or -1. Reporters file Syria stories from
    /// Beirut and Iraq stories from Amman: the dateline says where the writer was, not who acted, and read as an
    /// actor it made Lebanon the government and "the rebels" Lebanese for the whole story.
    /// </summary>
    private static int DatelineEnd(ReadOnlySpan<Token> tokens, int start, int length)
    {
        if (start != 0) return -1;
        int i = start + length;
        // ", Afghanistan", ", Calif.": the country or state after the city.
        if (i + 1 < tokens.Length && tokens[i].Text == ",")
        {
            int j = i + 1;
            while (j < tokens.Length && j - i <= 3 && tokens[j].IsWord && tokens[j].IsCapitalized) j++;
            if (j > i + 1) i = j;
        }
        // "(Reuters)", "(AP)": the agency.
        if (i < tokens.Length && tokens[i].Text == "(")
        {
            int close = i + 1;
            while (close < tokens.Length && close - i <= 4 && tokens[close].Text != ")") close++;
            if (close >= tokens.Length || tokens[close].Text != ")") return -1;
            i = close + 1;
        }
        // A colon only after a place written in capitals ("BAGHDAD:"); "Moscow: the talks failed" is a heading.
        if (i >= tokens.Length || !DatelineDashes.Contains(tokens[i].Text)) return -1;
        if (tokens[i].Text == ":" && !IsAllCapitals(tokens, start, start + length)) return -1;
        return i + 1;
    }

    private static bool IsAllCapitals(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int i = start; i < end; i++)
            foreach (var c in tokens[i].Text)
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }
}
