using System.Text.RegularExpressions;

namespace Kronika.Documents;

/// <summary>
/// Splits a document into lines and keeps as body those that match none of the noise rules of
/// data/documents/noise.tsv (copyright lines, bare URLs, share/login/comment chrome...).
/// Offsets stay those of the original text: noise is skipped, never cut out.
/// </summary>
public sealed class NoiseFilter
{
    private readonly (string Label, Regex Pattern)[] _rules;

    public NoiseFilter(IEnumerable<(string Label, string Pattern)> rules)
    {
        _rules = rules.Select(r => (r.Label, new Regex(r.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1)))).ToArray();
    }

    public static NoiseFilter LoadDefault() => Load(DataDirectory.File("documents", "noise.tsv"));

    public static NoiseFilter Load(string path) =>
        new(DataDirectory.ReadTable(path).Select(row => row.Fields.Length == 2
            ? (row.Fields[0], row.Fields[1])
            : throw new FormatException($"{path}:{row.Line}: expected 2 tab-separated fields, found {row.Fields.Length}")));

    /// <summary>The label of the first rule the line matches, or null when it is body.</summary>
    public string? Classify(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim().ToString();
        if (trimmed.Length == 0) return null;
        foreach (var (label, pattern) in _rules)
            if (pattern.IsMatch(trimmed))
                return label;
        return null;
    }

    /// <summary>Sets <see cref="SourceDocument.Body"/> to the non-blank lines that are not noise, and <see cref="SourceDocument.Noise"/> to the others.</summary>
    public void Apply(SourceDocument document)
    {
        var body = new List<TextSpan>();
        var noise = new List<NoiseLine>();
        foreach (var line in Lines(document.Text))
        {
            var text = document.Text.AsSpan(line.Start, line.Length);
            if (text.IsWhiteSpace()) continue;
            if (Classify(text) is { } label) noise.Add(new NoiseLine(line, label));
            else body.Add(line);
        }
        document.Body = body;
        document.Noise = noise;
    }

    /// <summary>The lines of a text as spans, without their line terminators.</summary>
    public static IEnumerable<TextSpan> Lines(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            yield return new TextSpan(start, end);
            start = i + 1;
        }
        if (start < text.Length) yield return new TextSpan(start, text.Length);
    }
}
