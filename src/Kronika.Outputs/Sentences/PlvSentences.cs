using CsvHelper;

namespace Kronika.Outputs;

/// <summary>One labelled sentence of a PLV file: its id, text, PLOVER root type and the words naming its source and target.</summary>
public sealed record PlvSentence(int Line, string Id, string Text, string Label, string Source, string Target);

/// <summary>
/// Reads a PLV file (CSV with a header naming at least `text` and `label`; `id`, `source`, `target` optional, as the PLV
/// event records are published). A file without those columns is an error naming it; a malformed or empty row is a
/// problem naming its line, and is skipped.
/// </summary>
public static class PlvSentences
{
    public static readonly string[] Required = ["text", "label"];

    public static List<PlvSentence> Read(string path, List<string> problems)
    {
        var malformed = new List<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = malformed.Add,
        };
        using var csv = CsvReader.FromText(File.ReadAllText(path), options);
        var headers = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        if (Required.FirstOrDefault(r => !headers.Contains(r)) is { } missing)
            throw new FormatException($"{path}: no \"{missing}\" column (the header reads \"{string.Join(",", headers)}\"; a PLV file has id, text, label, source, target)");
        int Column(string name) => Array.IndexOf(headers, name);
        var (id, text, label, source, target) = (Column("id"), Column("text"), Column("label"), Column("source"), Column("target"));
        string Field(int i) => i >= 0 && i < csv.FieldCount ? csv.GetString(i).Trim() : "";
        var sentences = new List<PlvSentence>();
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            var (t, l) = (Field(text), Field(label).ToUpperInvariant());
            if (t.Length == 0 || l.Length == 0)
            {
                problems.Add($"{path}:{line}: a row without {(t.Length == 0 ? "text" : "label")}; it is skipped");
                continue;
            }
            sentences.Add(new PlvSentence(line, Field(id) is { Length: > 0 } given ? given : $"{sentences.Count + 1}", t, PlvScorer.Canonical(l), Field(source), Field(target)));
        }
        foreach (var bad in malformed)
            problems.Add($"{path}:{bad.LineNumber}: malformed CSV ({bad.Reason}); the row is skipped");
        return sentences;
    }
}
