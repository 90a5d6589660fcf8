using System.Text.Json;
using CsvHelper;

namespace Kronika.Documents;

/// <summary>One record of a manifest: the line it starts on and its values by known column ("file", "date"...), none empty.</summary>
public sealed record ManifestRecord(int Line, IReadOnlyDictionary<string, string> Values);

/// <summary>Something to report about a manifest: where (its line, or none for the whole file) and why; a warning loses nothing.</summary>
public readonly record struct ManifestNote(int? Line, string Reason, bool IsWarning = false);

/// <summary>
/// Reads a manifest's text into records, CSV with a header (RFC 4180, the separator detected among , ; tab and |,
/// as spreadsheets export it) or JSON Lines (one object a line). Column names are matched ignoring case; unknown
/// ones are reported once and ignored, malformed rows are reported with their line and skipped.
/// </summary>
public static class ManifestTable
{
    public static readonly string[] Columns = ["file", "date", "url", "source", "title", "author"];

    private static string KnownColumns => string.Join(", ", Columns);

    public static List<ManifestRecord> ReadCsv(string text, List<ManifestNote> notes)
    {
        var records = new List<ManifestRecord>();
        var malformed = new List<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            // Counted below: a short row ("a.txt,2004" under file,date,title) leaves its last fields empty, a long one is malformed.
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = malformed.Add,
        };
        using var csv = CsvReader.FromText(text, options);
        var headers = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        // Each known column's field index, the first of its name; unknown columns are named once.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < headers.Length; i++)
        {
            var name = headers[i].ToLowerInvariant();
            if (Columns.Contains(name)) index.TryAdd(name, i);
            else if (name.Length > 0) notes.Add(new ManifestNote(1, $"unknown column \"{headers[i]}\" (the columns are {KnownColumns}); it is ignored", IsWarning: true));
        }
        if (!index.ContainsKey("file"))
        {
            notes.Add(new ManifestNote(null, $"no \"file\" column (the header reads \"{string.Join(",", headers)}\"; the columns are {KnownColumns}); the manifest is not used"));
            return records;
        }
        var tooLong = new List<ManifestNote>();
        while (csv.Read())
        {
            if (csv.FieldCount > headers.Length)
            {
                // An unquoted comma in a title: every field after it would land in the wrong column.
                tooLong.Add(new ManifestNote((int)csv.LineNumber, $"malformed CSV ({csv.FieldCount} fields, the header has {headers.Length}); the row is skipped"));
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, i) in index)
                if (i < csv.FieldCount && csv.GetString(i).Trim() is { Length: > 0 } value)
                    values[name] = value;
            records.Add(new ManifestRecord((int)csv.LineNumber, values));
        }
        foreach (var bad in malformed)
            notes.Add(new ManifestNote((int)bad.LineNumber, $"malformed CSV ({Describe(bad.Reason)}); the row is skipped"));
        notes.AddRange(tooLong);
        if (records.Count == 0 && malformed.Count == 0 && tooLong.Count == 0)
            notes.Add(new ManifestNote(null, "empty manifest (a header and no rows)"));
        return records;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quote never closed: the rest of the file is that one field",
        _ => reason.ToString(),
    };

    public static List<ManifestRecord> ReadJsonLines(string text, List<ManifestNote> notes)
    {
        var records = new List<ManifestRecord>();
        var unknown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int line = 0, withoutFile = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(raw);
            }
            catch (JsonException e)
            {
                notes.Add(new ManifestNote(line, $"malformed JSON ({e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.')}); the row is skipped"));
                continue;
            }
            using (json)
            {
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    notes.Add(new ManifestNote(line, $"expected a JSON object, found {json.RootElement.ValueKind.ToString().ToLowerInvariant()}; the row is skipped"));
                    continue;
                }
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var property in json.RootElement.EnumerateObject())
                {
                    var name = property.Name.Trim().ToLowerInvariant();
                    if (!Columns.Contains(name))
                    {
                        if (unknown.Add(name))
                            notes.Add(new ManifestNote(line, $"unknown field \"{property.Name}\" (the fields are {KnownColumns}); it is ignored", IsWarning: true));
                        continue;
                    }
                    // A date may come as a number (2024); text fields as anything else are a mistake worth a line.
                    var value = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Number => property.Value.GetRawText(),
                        _ => null,
                    };
                    if (value is null && property.Value.ValueKind != JsonValueKind.Null)
                        notes.Add(new ManifestNote(line, $"field \"{property.Name}\" is {property.Value.ValueKind.ToString().ToLowerInvariant()}, not text; it is ignored"));
                    if (value?.Trim() is { Length: > 0 } trimmed) values.TryAdd(name, trimmed);
                }
                if (!values.ContainsKey("file")) withoutFile++;
                records.Add(new ManifestRecord(line, values));
            }
        }
        if (records.Count > 0 && withoutFile == records.Count)
        {
            notes.Add(new ManifestNote(null, $"no \"file\" field in any record (the fields are {KnownColumns}); the manifest is not used"));
            return [];
        }
        if (records.Count == 0 && !notes.Any(n => !n.IsWarning))
            notes.Add(new ManifestNote(null, "empty manifest (no records)"));
        return records;
    }
}
