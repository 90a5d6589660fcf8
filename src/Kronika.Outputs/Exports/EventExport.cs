using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kronika.Documents;
using Kronika.Events;
using Kronika.Stories;
using Parquet;
using Parquet.Serialization;

namespace Kronika.Outputs.Exports;

/// <summary>The export formats of `kronika export`.</summary>
public enum ExportFormat { Jsonl, Csv, Gdelt, Parquet }

/// <summary>Writes merged events as JSON Lines, CSV, GDELT 2.0 event table rows or Parquet.</summary>
public static class EventExport
{
    public static ExportFormat ParseFormat(string text) => text.Trim().ToLowerInvariant() switch
    {
        "jsonl" => ExportFormat.Jsonl,
        "csv" => ExportFormat.Csv,
        "gdelt" => ExportFormat.Gdelt,
        "parquet" => ExportFormat.Parquet,
        _ => throw new FormatException($"--format \"{text}\": unknown export format; expected jsonl, csv, gdelt or parquet"),
    };

    /// <summary>Writes the events to a stream (left open); returns how many were written.</summary>
    public static int Write(ExportFormat format, IEnumerable<StoryEvent> events, Stream output) => format switch
    {
        ExportFormat.Jsonl => WriteJsonl(events, output),
        ExportFormat.Csv => WriteCsv(events, output),
        ExportFormat.Gdelt => WriteGdelt(events, output),
        _ => WriteParquet(events, output),
    };

    private static StreamWriter Text(Stream output, Encoding? encoding = null) =>
        new(output, encoding ?? new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };

    public static int WriteCsv(IEnumerable<StoryEvent> events, Stream output)
    {
        using var writer = Text(output, CsvWriter.Utf8WithBom);
        var csv = new CsvWriter(writer);
        csv.WriteRow(EventRow.Columns.Select(c => c.Name));
        int count = 0;
        foreach (var e in events)
        {
            var row = EventRow.From(e);
            csv.WriteRow(EventRow.Columns.Select(c => EventRow.Text(c.Property.GetValue(row))));
            count++;
        }
        return count;
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One event a line: the columns of <see cref="EventRow"/> (sources as an array), then its mentions, each with the event record it was coded as.</summary>
    public static int WriteJsonl(IEnumerable<StoryEvent> events, Stream output)
    {
        int count = 0;
        var newline = "\n"u8.ToArray();
        foreach (var e in events)
        {
            using (var json = new Utf8JsonWriter(output, JsonOptions))
            {
                json.WriteStartObject();
                var row = EventRow.From(e);
                foreach (var (name, property) in EventRow.Columns)
                    switch (property.GetValue(row))
                    {
                        case long l: json.WriteNumber(name, l); break;
                        case int i: json.WriteNumber(name, i); break;
                        case double d: json.WriteNumber(name, d); break;
                        case bool b: json.WriteBoolean(name, b); break;
                        case var _ when name == "sources":
                            json.WriteStartArray(name);
                            foreach (var s in e.Sources) json.WriteStringValue(s);
                            json.WriteEndArray();
                            break;
                        case var v: json.WriteString(name, v?.ToString()); break;
                    }
                json.WriteStartArray("mentions");
                foreach (var m in e.Mentions)
                {
                    json.WriteStartObject();
                    json.WriteString("reported", m.Reported?.ToString() ?? "");
                    json.WriteString("outlet", m.Source);
                    json.WriteString("url", m.Url);
                    json.WritePropertyName("record");
                    JsonSerializer.Serialize(json, m.Event, EventJsonContext.Default.EventRecord);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.Write(newline);
            count++;
        }
        return count;
    }

    /// <summary>
    /// GDELT 2.0 event table rows: 61 tab-separated columns, no header, as GDELT's export files. What Kronika does not
    /// know (ethnic, religion and known-group codes, the second and third type codes, AvgTone, every geography column
    /// but the three Geo_Type, which are 0 for "no location") stays empty; see README. A date is given to its precision
    /// (<see cref="DateFields"/>).
    /// </summary>
    public static int WriteGdelt(IEnumerable<StoryEvent> events, Stream output)
    {
        using var writer = Text(output);
        int count = 0;
        var fields = new string[GdeltColumns.Names.Count];
        foreach (var e in events)
        {
            Array.Fill(fields, "");
            fields[Col("GLOBALEVENTID")] = e.Id.ToString(CultureInfo.InvariantCulture);
            DateFields(fields, e.When);
            Actor(fields, Col("Actor1Code"), e.Source);
            Actor(fields, Col("Actor2Code"), e.Target);
            fields[Col("IsRootEvent")] = e.Lead ? "1" : "0";
            fields[Col("EventCode")] = e.Cameo;
            fields[Col("EventBaseCode")] = e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo;
            fields[Col("EventRootCode")] = e.Root;
            fields[Col("QuadClass")] = e.QuadClass.ToString(CultureInfo.InvariantCulture);
            fields[Col("GoldsteinScale")] = e.Goldstein.ToString("0.0##", CultureInfo.InvariantCulture);
            fields[Col("NumMentions")] = e.NumMentions.ToString(CultureInfo.InvariantCulture);
            fields[Col("NumSources")] = e.NumSources.ToString(CultureInfo.InvariantCulture);
            fields[Col("NumArticles")] = e.NumArticles.ToString(CultureInfo.InvariantCulture);
            fields[Col("Actor1Geo_Type")] = fields[Col("Actor2Geo_Type")] = fields[Col("ActionGeo_Type")] = "0";
            fields[Col("DATEADDED")] = e.Added.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            fields[Col("SOURCEURL")] = Clean(e.Url.Length > 0 ? e.Url : e.Doc);
            writer.Write(string.Join('\t', fields));
            writer.Write('\n');
            count++;
        }
        return count;
    }

    private static int Col(string name) => GdeltColumns.IndexOf(name);

    /// <summary>
    /// GDELT's date columns at their own precision, each filled only when the date is known that finely: SQLDATE and
    /// FractionDate for a day, MonthYear for a day or a month, Year for a day, a month or a year. So the finest column
    /// filled is the date's precision, a year-only date is never the 1st of January, and a count by MonthYear or Year
    /// takes in every event known to that period. A decade fits none of them, as an undated event.
    /// </summary>
    public static void DateFields(string[] fields, PartialDate? date)
    {
        if (date is not { } w || w.Precision == DatePrecision.Decade) return;
        var d = w.First;
        fields[Col("Year")] = d.ToString("yyyy", CultureInfo.InvariantCulture);
        if (w.Precision == DatePrecision.Year) return;
        fields[Col("MonthYear")] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
        if (w.Precision == DatePrecision.Month) return;
        fields[Col("SQLDATE")] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        fields[Col("FractionDate")] = (d.Year + (d.DayOfYear - 1) / (DateTime.IsLeapYear(d.Year) ? 366.0 : 365.0)).ToString("F4", CultureInfo.InvariantCulture);
    }

    /// <summary>Actor columns from the first (Code) on: CAMEO actor code (country + role), upper-case name, country, first type (role).</summary>
    private static void Actor(string[] fields, int first, EventActor actor)
    {
        if (actor.Country.Length == 0 && actor.Role.Length == 0) return;
        fields[first] = actor.Country + actor.Role;
        fields[first + 1] = Clean(actor.Name).ToUpperInvariant();
        fields[first + 2] = actor.Country == "IGO" ? "" : actor.Country;
        fields[first + 3] = actor.Country == "IGO" ? "IGO" : "";
        fields[first + 7] = actor.Role;
    }

    /// <summary>No tab or line break may enter a tab-separated field.</summary>
    private static string Clean(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');

    public const int ParquetRowGroupSize = 100_000;

    public static int WriteParquet(IEnumerable<StoryEvent> events, Stream output)
    {
        int count = 0;
        foreach (var chunk in events.Select(EventRow.From).Chunk(ParquetRowGroupSize).DefaultIfEmpty([]))
        {
            ParquetSerializer.SerializeAsync(chunk, output, new ParquetOptions { Append = count > 0, RowGroupSize = ParquetRowGroupSize })
                .GetAwaiter().GetResult();
            count += chunk.Length;
        }
        return count;
    }
}
