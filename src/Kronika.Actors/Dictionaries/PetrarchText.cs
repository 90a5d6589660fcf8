using System.Text;

namespace Kronika.Actors.Dictionaries;

/// <summary>One line of a PETRARCH dictionary with its comment removed, and where it came from.</summary>
public readonly record struct PetrarchLine(string File, int Number, string Text)
{
    public string Where => $"{File}:{Number}";
    public FormatException Error(string reason) => new($"{Where}: {reason}");
}

/// <summary>
/// What the PETRARCH formats share (dictionaries.rst, "General Rules"): '#' starts a comment, blank lines are
/// skipped, phrases join their words with '_' or blanks. The Phoenix files mix UTF-8 with Latin-1 lines
/// (names such as "COTE D'IVOIRE" carry stray bytes), so a line that is not valid UTF-8 is read as Latin-1.
/// </summary>
public static class PetrarchText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The lines of a file that carry something, comments removed, each with its 1-based line number.</summary>
    public static IEnumerable<PetrarchLine> Lines(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var name = path;
        int number = 0, start = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) start = 3;
        while (start <= bytes.Length)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0) end = bytes.Length;
            number++;
            var text = Decode(bytes.AsSpan(start, end - start));
            start = end + 1;
            int hash = text.IndexOf('#');
            if (hash >= 0) text = text[..hash];
            text = text.TrimEnd('\r', ' ', '\t');
            if (text.Trim().Length == 0) continue;
            // XML-style headers of the validation suite ("<!-- VERSION: 0.1 -->") carry no entries.
            if (text.TrimStart().StartsWith("<!--", StringComparison.Ordinal)) continue;
            yield return new PetrarchLine(name, number, text);
        }
    }

    private static string Decode(ReadOnlySpan<byte> line)
    {
        try { return StrictUtf8.GetString(line); }
        catch (DecoderFallbackException) { return Encoding.Latin1.GetString(line); }
    }

    /// <summary>
    /// A phrase string as words: '_' and blanks separate words; a trailing '_' (the "whole word" mark of the
    /// actor and discard lists) adds nothing. "AFGHAN_NATIONAL_ARMY_" is "AFGHAN NATIONAL ARMY".
    /// </summary>
    public static string Words(string phrase) =>
        string.Join(' ', phrase.Split(['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A date as written in restrictions: YYMMDD (00-30 are 20YY, as in KEDS and TABARI) or YYYYMMDD.</summary>
    public static DateOnly ParseDate(string text, PetrarchLine line)
    {
        if (!text.All(char.IsAsciiDigit) || text.Length is not (6 or 8))
            throw line.Error($"'{text}' is not a date (YYMMDD or YYYYMMDD)");
        int year = text.Length == 8 ? int.Parse(text[..4]) : int.Parse(text[..2]) is var yy && yy <= 30 ? 2000 + yy : 1900 + yy;
        int month = int.Parse(text.AsSpan(text.Length - 4, 2)), day = int.Parse(text.AsSpan(text.Length - 2, 2));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            throw line.Error($"'{text}' is not a date of the calendar");
        return new DateOnly(year, month, day);
    }
}
