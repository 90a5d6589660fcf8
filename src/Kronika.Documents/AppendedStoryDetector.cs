using System.Text.RegularExpressions;

namespace Kronika.Documents;

/// <summary>
/// Finds an unrelated story that a site or scraper appended after the article ("Last Friday, Ukrainian
/// forces used jet skis..." under a story on Russia and Georgia) and moves its paragraphs to noise.
/// </summary>
/// <remarks>
/// A closing run of at least two body paragraphs is taken as appended when all of these hold — each is
/// a sign of a topic shift, and together they keep a real article's closing background paragraphs:
/// every paragraph of the run is led by the same name, which the article before it mentions at most
/// twice and never among its five most frequent names; no paragraph of the run names both of the
/// article's two leading names (the sides it is about); and the run shares little vocabulary with the
/// article before it. Names are compared by their first five letters so that "Ukrainian" meets
/// "Ukraine" and "Georgia's" meets "Georgian".
/// </remarks>
public sealed partial class AppendedStoryDetector(IReadOnlySet<string> stopwords)
{
    public const string Label = "appended";

    private const int MinimumRun = 2;
    private const int MinimumArticle = 4;
    private const int KeyLength = 5;
    private const double MaximumOverlap = 0.25;

    public static AppendedStoryDetector LoadDefault() => Load(DataDirectory.File("documents", "stopwords.txt"));

    public static AppendedStoryDetector Load(string path) =>
        new(DataDirectory.ReadTable(path).Select(row => row.Fields[0].Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));

    /// <summary>Moves the appended paragraphs, if any, from <see cref="SourceDocument.Body"/> to <see cref="SourceDocument.Noise"/>.</summary>
    public void Apply(SourceDocument document)
    {
        int start = AppendedFrom(document.Text, document.Body);
        if (start >= document.Body.Count) return;
        document.AddNoise(document.Body.Skip(start).Select(span => new NoiseLine(span, Label)));
        document.Body = document.Body.Take(start).ToList();
    }

    /// <summary>The index of the first appended paragraph of <paramref name="body"/>, or its count when nothing was appended.</summary>
    public int AppendedFrom(string text, IReadOnlyList<TextSpan> body)
    {
        int count = body.Count;
        if (count < MinimumArticle + MinimumRun) return count;
        var paragraphs = body.Select(span => Analyse(text.AsSpan(span.Start, span.Length))).ToArray();
        int found = count;
        // Every run length up to a third of the document is tried and the longest that passes wins.
        for (int run = MinimumRun; run <= count / 3 && count - run >= MinimumArticle; run++)
            if (IsAppended(paragraphs, count - run)) found = count - run;
        return found;
    }

    private bool IsAppended(Paragraph[] paragraphs, int start)
    {
        var lead = paragraphs[start].Lead;
        if (lead is null) return false;
        var nameCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < start; i++)
        {
            foreach (var name in paragraphs[i].Names) nameCounts[name] = nameCounts.GetValueOrDefault(name) + 1;
            vocabulary.UnionWith(paragraphs[i].Words);
        }
        if (nameCounts.GetValueOrDefault(lead) > 2) return false;
        var leading = nameCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        if (leading.Take(5).Contains(lead)) return false;
        int shared = 0, words = 0;
        for (int i = start; i < paragraphs.Length; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Lead != lead) return false;
            if (leading.Length >= 2 && paragraph.Names.Contains(leading[0]) && paragraph.Names.Contains(leading[1])) return false;
            shared += paragraph.Words.Count(vocabulary.Contains);
            words += paragraph.Words.Length;
        }
        return words > 0 && (double)shared / words < MaximumOverlap;
    }

    private sealed record Paragraph(string? Lead, string[] Names, string[] Words);

    private Paragraph Analyse(ReadOnlySpan<char> paragraph)
    {
        string? lead = null;
        var names = new List<string>();
        var words = new List<string>();
        foreach (var match in WordPattern().EnumerateMatches(paragraph))
        {
            var word = paragraph.Slice(match.Index, match.Length);
            word = StripPossessive(word);
            var lower = word.ToString().ToLowerInvariant();
            if (lower.Length < 3 || stopwords.Contains(lower)) continue;
            if (char.IsUpper(word[0]))
            {
                var key = lower.Length > KeyLength ? lower[..KeyLength] : lower;
                lead ??= key;
                names.Add(key);
            }
            words.Add(lower.Length > 4 && lower[^1] == 's' && lower[^2] != 's' ? lower[..^1] : lower);
        }
        return new Paragraph(lead, names.Distinct().ToArray(), words.ToArray());
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '’') return word[..^2];
        if (word.Length > 1 && word[^1] is '\'' or '’') return word[..^1];
        return word;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’-]*")]
    private static partial Regex WordPattern();
}
