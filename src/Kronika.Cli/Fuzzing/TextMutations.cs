using System.Text;

namespace Kronika.Cli.Fuzzing;

/// <summary>
/// Mutations of an article's text, before it is put into a file: far dates and datelines, huge numbers, control
/// characters, other scripts, repeated and deleted spans, long words, odd white space, empty and huge texts. Each
/// mutation applied is named in <see cref="Applied"/>, so a failing input says what was done to it.
/// </summary>
internal sealed class TextMutations(Random random)
{
    public List<string> Applied { get; } = [];

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(double p) => random.NextDouble() < p;

    public int Next(int min, int max) => random.Next(min, max);

    /// <summary>An article, or two run together, with one to four mutations.</summary>
    public string Article()
    {
        var text = Pick(FuzzArticles.Articles);
        if (Chance(0.15)) text += "\n" + Pick(FuzzArticles.Articles);
        int mutations = random.Next(1, 5);
        for (int k = 0; k < mutations; k++) text = Mutate(text);
        return text;
    }

    /// <summary>Any short string of the fuzzer's lists, for a field or an attribute.</summary>
    public string Fragment() => random.Next(6) switch
    {
        0 => Pick(FuzzArticles.FarDates),
        1 => Pick(FuzzArticles.HugeNumbers),
        2 => Pick(FuzzArticles.Controls),
        3 => Pick(FuzzArticles.Scripts),
        4 => Pick(FuzzArticles.DateValues),
        _ => Pick(FuzzArticles.Titles),
    };

    public string Mutate(string text)
    {
        switch (random.Next(14))
        {
            case 0 or 1 or 2:
                return Insert(text, "far date", " " + Pick(FuzzArticles.FarDates) + " ");
            case 3:
                Applied.Add("dateline");
                return Pick(FuzzArticles.Datelines) + text;
            case 4:
                return Insert(text, "huge number", " " + Pick(FuzzArticles.HugeNumbers) + " ");
            case 5:
                return Insert(text, "control", Pick(FuzzArticles.Controls));
            case 6:
                return Insert(text, "script", Pick(FuzzArticles.Scripts));
            case 7:
                return Repeat(text);
            case 8:
                return Delete(text);
            case 9:
                return Insert(text, "long word", new string(Pick("aZ9-.\u00e9".ToCharArray()), random.Next(100, 3000)));
            case 10:
                return WhiteSpace(text);
            case 11:
                return Insert(text, "punctuation", Pick(["\u201c", "\"", "((((", "]]]", "!!!!!!", "......", " - - - ", "'s's's", "\u2014\u2014", ";;", ":", "?", "&amp;", "<", ">"]));
            case 12:
                Applied.Add("case");
                return Chance(0.5) ? text.ToUpperInvariant() : text.ToLowerInvariant();
            default:
                return Extreme(text);
        }
    }

    /// <summary>Inserts at a random place: mostly a word boundary, sometimes inside a word.</summary>
    public string Insert(string text, string what, string insertion)
    {
        Applied.Add(what);
        int at = random.Next(text.Length + 1);
        if (Chance(0.8))
        {
            int space = text.IndexOf(' ', at);
            at = space < 0 ? text.Length : space;
        }
        return text.Insert(at, insertion);
    }

    private string Repeat(string text)
    {
        Applied.Add("repeat");
        if (text.Length == 0) return text;
        int start = random.Next(text.Length), length = Math.Min(text.Length - start, random.Next(1, 200));
        var span = text.Substring(start, length);
        var builder = new StringBuilder(text, 0, start + length, text.Length + length * 20);
        int times = random.Next(2, 30);
        for (int k = 0; k < times; k++) builder.Append(Chance(0.5) ? " " : "").Append(span);
        return builder.Append(text, start + length, text.Length - start - length).ToString();
    }

    private string Delete(string text)
    {
        Applied.Add("delete");
        if (text.Length == 0) return text;
        int start = random.Next(text.Length), length = Math.Min(text.Length - start, random.Next(1, 120));
        return text.Remove(start, length);
    }

    private string WhiteSpace(string text)
    {
        Applied.Add("white space");
        return random.Next(5) switch
        {
            0 => text.Replace(" ", "\t"),
            1 => text.Replace(" ", "   "),
            2 => text.Replace("\n", "\r"),
            3 => text.Replace(". ", ".\n\n\n\n"),
            _ => text.Replace(" ", "\u00a0"),
        };
    }

    /// <summary>Texts at the edges: empty, white space alone, one word, no spaces at all, a long one.</summary>
    private string Extreme(string text)
    {
        switch (random.Next(6))
        {
            case 0:
                Applied.Add("empty");
                return "";
            case 1:
                Applied.Add("white space only");
                return " \n\t \r\n ";
            case 2:
                Applied.Add("one word");
                return Pick(["Russia", "Georgia.", "9999-12-31", "the", "\u201c"]);
            case 3:
                Applied.Add("no spaces");
                return text.Replace(" ", "");
            case 4:
                Applied.Add("truncated text");
                return text[..random.Next(text.Length + 1)];
            default:
                // Long, but not so long that the pipeline's time per input balloons: about 40 sentences.
                Applied.Add("long text");
                var builder = new StringBuilder();
                while (builder.Length < 6000) builder.Append(Pick(FuzzArticles.Articles)).Append('\n');
                return builder.ToString();
        }
    }
}
