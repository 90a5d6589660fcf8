namespace Kronika.Actors.Dictionaries;

/// <summary>
/// A code of an actor record and when it applies: always (a default, both dates empty), from a date on
/// (`[CODE >YYMMDD]`), until a date (`[CODE &lt;YYMMDD]`) or between two (`[CODE YYMMDD-YYMMDD]`), limits included.
/// </summary>
public sealed record PetrarchCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool IsDefault => From is null && To is null;
    /// <summary>`[---]`, the null code: the phrase names no actor in that period.</summary>
    public bool IsNull => Code.Trim('-').Length == 0;
}

/// <summary>One record of a .actors file: its primary phrase and '+' synonyms (as words) and the codes they share.</summary>
public sealed record PetrarchActor(string File, int Line, IReadOnlyList<string> Phrases, IReadOnlyList<PetrarchCode> Codes);

/// <summary>
/// Reads the PETRARCH/TABARI actor format (dictionaries.rst, "Actor Dictionary"): a primary phrase with an optional
/// [code], synonym lines beginning with '+', and date restrictions on lines beginning with a tab. Several bracketed
/// codes may share a line; text after ';' is a comment, as in TABARI's generated files.
/// </summary>
public static class PetrarchActorReader
{
    public static List<PetrarchActor> Read(string path)
    {
        var records = new List<PetrarchActor>();
        List<string>? phrases = null;
        List<PetrarchCode>? codes = null;
        int recordLine = 0;
        void Close()
        {
            if (phrases is not null) records.Add(new PetrarchActor(path, recordLine, phrases, codes!));
            phrases = null;
        }
        foreach (var line in PetrarchText.Lines(path))
        {
            var text = line.Text;
            int semicolon = text.IndexOf(';');
            if (semicolon >= 0) text = text[..semicolon].TrimEnd();
            if (text.Trim().Length == 0) continue;
            bool restriction = char.IsWhiteSpace(text[0]);
            bool synonym = !restriction && text[0] == '+';
            if ((restriction || synonym) && phrases is null)
                throw line.Error(restriction ? "a date restriction before any actor phrase" : "a '+' synonym before any actor phrase");
            if (!restriction && !synonym)
            {
                Close();
                (phrases, codes, recordLine) = ([], [], line.Number);
            }
            int bracket = text.IndexOf('[');
            var phrase = (bracket < 0 ? text : text[..bracket]).Trim();
            if (synonym) phrase = phrase[1..].Trim();
            if (restriction && phrase.Length > 0) throw line.Error($"expected a [code] on an indented line, found '{phrase}'");
            if (!restriction)
            {
                var words = PetrarchText.Words(phrase);
                if (words.Length == 0) throw line.Error(synonym ? "a '+' with no phrase" : "a code with no phrase");
                phrases!.Add(words);
            }
            if (bracket >= 0) codes!.AddRange(ParseCodes(text[bracket..], line));
        }
        Close();
        return records;
    }

    /// <summary>"[USAGOV 010120-090120] [ELI]": each bracketed code with its optional restriction.</summary>
    private static IEnumerable<PetrarchCode> ParseCodes(string text, PetrarchLine line)
    {
        int at = 0;
        while (at < text.Length)
        {
            if (char.IsWhiteSpace(text[at])) { at++; continue; }
            if (text[at] != '[') throw line.Error($"unexpected '{text[at..].Trim()}' after a code");
            int close = text.IndexOf(']', at);
            if (close < 0) throw line.Error("a '[' with no closing ']'");
            var parts = text[(at + 1)..close].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            // "[EGYGOV > 140608]": a blank after '<' or '>' leaves the restriction as plain as without one.
            if (parts.Length == 3 && parts[1] is "<" or ">") parts = [parts[0], parts[1] + parts[2]];
            if (parts.Length is 0) throw line.Error("an empty code '[]'");
            if (parts.Length > 2) throw line.Error($"expected [CODE] or [CODE restriction], found '{text[at..(close + 1)]}'");
            yield return parts.Length == 1 ? new PetrarchCode(parts[0], null, null) : Restricted(parts[0], parts[1], line);
            at = close + 1;
        }
    }

    private static PetrarchCode Restricted(string code, string restriction, PetrarchLine line)
    {
        if (restriction[0] == '<') return new PetrarchCode(code, null, PetrarchText.ParseDate(restriction[1..], line));
        if (restriction[0] == '>') return new PetrarchCode(code, PetrarchText.ParseDate(restriction[1..], line), null);
        int dash = restriction.IndexOf('-');
        if (dash < 0) throw line.Error($"'{restriction}' is not a restriction (<date, >date or date-date)");
        var from = PetrarchText.ParseDate(restriction[..dash], line);
        var to = PetrarchText.ParseDate(restriction[(dash + 1)..], line);
        if (to < from) throw line.Error($"'{restriction}' ends before it starts");
        return new PetrarchCode(code, from, to);
    }
}
