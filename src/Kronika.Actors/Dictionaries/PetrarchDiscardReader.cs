namespace Kronika.Actors.Dictionaries;

/// <summary>
/// One phrase of a discard list: its words, whether it discards the whole story ('+') rather than the sentence,
/// and whether it must end at a word's end (written with a final '_') rather than being a stem.
/// </summary>
public sealed record PetrarchDiscard(string File, int Line, string Phrase, bool WholeStory, bool WholeWord);

/// <summary>Reads the PETRARCH discard list (dictionaries.rst, "Discard List"): one phrase a line, '+' for stories.</summary>
public static class PetrarchDiscardReader
{
    public static List<PetrarchDiscard> Read(string path)
    {
        var discards = new List<PetrarchDiscard>();
        foreach (var line in PetrarchText.Lines(path))
        {
            var text = line.Text.Trim();
            bool story = text[0] == '+';
            if (story) text = text[1..].Trim();
            if (text.IndexOfAny(['[', ']']) >= 0) throw line.Error($"a discard is a phrase with no code, not '{line.Text.Trim()}'");
            var words = PetrarchText.Words(text);
            if (words.Length == 0) throw line.Error("a '+' with no phrase");
            discards.Add(new PetrarchDiscard(line.File, line.Number, words, story, text.EndsWith('_')));
        }
        return discards;
    }
}
