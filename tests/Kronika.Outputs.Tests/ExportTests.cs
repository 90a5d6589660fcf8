using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Kronika.Outputs.Exports;
using Kronika.Stories;
using Microsoft.VisualBasic.FileIO;
using Parquet.Serialization;

namespace Kronika.Outputs.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kronika-export-").FullName;
    private readonly IReadOnlyList<StoryEvent> _events = StoryFixture.Events();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Export(ExportFormat format)
    {
        var path = Path.Combine(_dir, "events." + format.ToString().ToLowerInvariant());
        using var file = File.Create(path);
        Assert.Equal(_events.Count, EventExport.Write(format, _events, file));
        return path;
    }

    /// <summary>Rows of a query run by DuckDB, an independent reader, as text.</summary>
    private static List<string[]> DuckDb(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!).ToArray());
        return rows;
    }

    private static string Sql(string path) => path.Replace("'", "''");

    [Fact]
    public void The_fixture_has_one_event_from_two_reports_and_text_with_every_trap()
    {
        Assert.Equal(3, _events.Count);
        Assert.Equal(2, _events[0].NumMentions);
        Assert.Contains(_events, e => e.Evidence.Text.Contains('\t') && e.Evidence.Text.Contains('"') && e.Evidence.Text.Contains(','));
    }

    [Fact]
    public void Csv_is_utf8_with_bom_rfc4180_and_reads_back_in_two_independent_readers()
    {
        var path = Export(ExportFormat.Csv);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes));

        using var parser = new TextFieldParser(path, Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        Assert.Equal(EventRow.Columns.Select(c => c.Name), parser.ReadFields()!);
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        Assert.Equal(_events.Count, rows.Count);
        int evidence = EventRow.Columns.ToList().FindIndex(c => c.Name == "evidence");
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(_events[i].Id.ToString(CultureInfo.InvariantCulture), rows[i][0]);
            Assert.Equal(_events[i].Evidence.Text.ReplaceLineEndings("\n"), rows[i][evidence].ReplaceLineEndings("\n"));
        }

        var duck = DuckDb($"SELECT id, goldstein, num_mentions, sources, evidence FROM read_csv('{Sql(path)}', header = true) ORDER BY date_start");
        Assert.Equal(_events.Select(e => e.Id.ToString(CultureInfo.InvariantCulture)), duck.Select(r => r[0]));
        Assert.Equal(_events.Select(e => e.Goldstein), duck.Select(r => double.Parse(r[1], CultureInfo.InvariantCulture)));
        Assert.Equal(_events.Select(e => string.Join("; ", e.Sources)), duck.Select(r => r[3]));
        Assert.Equal(_events.Select(e => e.Evidence.Text.ReplaceLineEndings("\n")), duck.Select(r => r[4].ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Gdelt_rows_have_the_61_columns_of_the_event_table_with_our_values_and_duckdb_reads_them_typed()
    {
        Assert.Equal(61, GdeltColumns.Names.Count);
        Assert.Equal(["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"], GdeltColumns.Names.Take(6));
        Assert.Equal(["DATEADDED", "SOURCEURL"], GdeltColumns.Names.TakeLast(2));
        var path = Export(ExportFormat.Gdelt);
        var lines = File.ReadAllLines(path);
        Assert.Equal(_events.Count, lines.Length);
        string Field(string[] row, string name) => row[GdeltColumns.IndexOf(name)];
        foreach (var (line, e) in lines.Zip(_events))
        {
            var row = line.Split('\t');
            Assert.Equal(61, row.Length);
            var when = e.When!.Value;
            var day = when.Precision == Kronika.Documents.DatePrecision.Day;
            Assert.Equal(day ? when.First.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "", Field(row, "SQLDATE"));
            Assert.Equal(when.First.ToString("yyyyMM", CultureInfo.InvariantCulture), Field(row, "MonthYear"));
            Assert.Equal(e.Source.Country + e.Source.Role, Field(row, "Actor1Code"));
            Assert.Equal(e.Target.Country, Field(row, "Actor2CountryCode"));
            Assert.Equal(e.Cameo, Field(row, "EventCode"));
            Assert.Equal(e.Root, Field(row, "EventRootCode"));
            Assert.Equal(e.QuadClass.ToString(CultureInfo.InvariantCulture), Field(row, "QuadClass"));
            Assert.Equal(e.Goldstein, double.Parse(Field(row, "GoldsteinScale"), CultureInfo.InvariantCulture));
            Assert.Equal((e.NumMentions, e.NumSources, e.NumArticles), (int.Parse(Field(row, "NumMentions")), int.Parse(Field(row, "NumSources")), int.Parse(Field(row, "NumArticles"))));
            Assert.Equal("", Field(row, "AvgTone"));
            Assert.Equal(e.Url.Length > 0 ? e.Url : e.Doc, Field(row, "SOURCEURL"));
        }
        Assert.Equal("1", lines[0].Split('\t')[GdeltColumns.IndexOf("IsRootEvent")]);

        var types = string.Join(", ", GdeltColumns.Names.Select(n => $"'{n}': '{GdeltType(n)}'"));
        var duck = DuckDb($"SELECT GLOBALEVENTID, SQLDATE, GoldsteinScale, NumMentions, EventCode FROM read_csv('{Sql(path)}', delim = '\\t', header = false, quote = '', columns = {{{types}}})");
        Assert.Equal(_events.Select(e => e.Id.ToString(CultureInfo.InvariantCulture)), duck.Select(r => r[0]));
        Assert.Equal(_events.Select(e => e.NumMentions.ToString(CultureInfo.InvariantCulture)), duck.Select(r => r[3]));
        Assert.Equal(_events.Select(e => e.Cameo), duck.Select(r => r[4]));
    }

    /// <summary>The codebook's types: ids and dates integers, scores and coordinates doubles, codes text.</summary>
    private static string GdeltType(string column) => column switch
    {
        "GLOBALEVENTID" => "BIGINT",
        "SQLDATE" or "MonthYear" or "Year" or "IsRootEvent" or "QuadClass" or "NumMentions" or "NumSources" or "NumArticles" or "DATEADDED" => "BIGINT",
        "FractionDate" or "GoldsteinScale" or "AvgTone" => "DOUBLE",
        _ when column.EndsWith("_Type") => "INTEGER",
        _ when column.EndsWith("_Lat") || column.EndsWith("_Long") => "DOUBLE",
        _ => "VARCHAR",
    };

    [Fact]
    public void Parquet_reads_back_with_parquet_net_and_duckdb()
    {
        var path = Export(ExportFormat.Parquet);
        using (var file = File.OpenRead(path))
        {
            var rows = ParquetSerializer.DeserializeAsync<EventRow>(file).GetAwaiter().GetResult().Data;
            Assert.Equal(_events.Select(e => (e.Id, e.Date, e.Cameo, e.NumMentions, e.Evidence.Text)), rows.Select(r => (r.Id, r.Date, r.Cameo, r.NumMentions, r.Evidence)));
        }
        var duck = DuckDb($"SELECT id, quad_class, goldstein, \"symmetric\", sources FROM read_parquet('{Sql(path)}')");
        Assert.Equal(_events.Select(e => e.Id.ToString(CultureInfo.InvariantCulture)), duck.Select(r => r[0]));
        Assert.Equal(_events.Select(e => e.QuadClass.ToString(CultureInfo.InvariantCulture)), duck.Select(r => r[1]));
        Assert.Equal(_events.Select(e => e.Symmetric.ToString()), duck.Select(r => r[3]));
        Assert.Equal(_events.Select(e => string.Join("; ", e.Sources)), duck.Select(r => r[4]));
    }

    [Fact]
    public void Parquet_of_many_events_spans_row_groups_and_no_events_is_still_a_file()
    {
        var many = Enumerable.Range(0, EventExport.ParquetRowGroupSize + 10).Select(i => _events[i % _events.Count] with { Id = i }).ToList();
        var path = Path.Combine(_dir, "many.parquet");
        using (var file = File.Create(path)) Assert.Equal(many.Count, EventExport.WriteParquet(many, file));
        Assert.Equal(many.Count.ToString(CultureInfo.InvariantCulture), DuckDb($"SELECT COUNT(*) FROM read_parquet('{Sql(path)}')")[0][0]);
        Assert.Equal(Enumerable.Range(0, many.Count).Sum(i => (long)i).ToString(CultureInfo.InvariantCulture), DuckDb($"SELECT SUM(id) FROM read_parquet('{Sql(path)}')")[0][0]);

        var empty = Path.Combine(_dir, "empty.parquet");
        using (var file = File.Create(empty)) Assert.Equal(0, EventExport.WriteParquet([], file));
        Assert.Equal("0", DuckDb($"SELECT COUNT(*) FROM read_parquet('{Sql(empty)}')")[0][0]);
    }

    [Fact]
    public void Jsonl_lines_carry_the_event_and_its_mentions_with_their_records()
    {
        var lines = File.ReadAllLines(Export(ExportFormat.Jsonl));
        Assert.Equal(_events.Count, lines.Length);
        foreach (var (line, e) in lines.Zip(_events))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(e.Id, root.GetProperty("id").GetInt64());
            Assert.Equal(e.Date, root.GetProperty("date").GetString());
            Assert.Equal(e.Goldstein, root.GetProperty("goldstein").GetDouble());
            Assert.Equal(e.Sources, root.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
            var mentions = root.GetProperty("mentions").EnumerateArray().ToList();
            Assert.Equal(e.NumMentions, mentions.Count);
            Assert.Equal(e.Mentions.Select(m => m.Event), mentions.Select(m => EventJsonl.Deserialize(m.GetProperty("record").GetRawText())));
        }
    }

    [Theory]
    [InlineData("2008-08-08", "20080808", "200808", "2008", "2008.6011")]
    [InlineData("2008-08", "", "200808", "2008", "")]
    [InlineData("2008", "", "", "2008", "")]
    [InlineData("1990s", "", "", "", "")]
    [InlineData("", "", "", "", "")]
    public void Gdelt_date_columns_are_filled_only_as_finely_as_the_date_is_known(string date, string sqlDate, string monthYear, string year, string fraction)
    {
        var e = _events[2] with { Date = date };
        using var stream = new MemoryStream();
        EventExport.WriteGdelt([e], stream);
        var row = Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n').Split('\t');
        Assert.Equal(61, row.Length);
        Assert.Equal((sqlDate, monthYear, year, fraction),
            (row[GdeltColumns.IndexOf("SQLDATE")], row[GdeltColumns.IndexOf("MonthYear")], row[GdeltColumns.IndexOf("Year")], row[GdeltColumns.IndexOf("FractionDate")]));
    }

    [Fact]
    public void Csv_and_parquet_carry_each_events_plover_type_and_mode()
    {
        Assert.Equal(["ASSAULT", "ACCUSE", "CONSULT"], _events.Select(e => e.PloverType));
        var csv = DuckDb($"SELECT plover_type, plover_mode FROM read_csv('{Sql(Export(ExportFormat.Csv))}', header = true, all_varchar = true) ORDER BY date_start");
        var parquet = DuckDb($"SELECT plover_type, plover_mode FROM read_parquet('{Sql(Export(ExportFormat.Parquet))}')");
        foreach (var rows in new[] { csv, parquet })
            Assert.Equal(_events.Select(e => (e.PloverType, e.PloverMode)), rows.Select(r => (r[0], r[1])));
        Assert.Equal(("ACCUSE", "disapprove"), (parquet[1][0], parquet[1][1]));
    }

    [Theory]
    [InlineData("JSONL", ExportFormat.Jsonl)]
    [InlineData("parquet", ExportFormat.Parquet)]
    public void Format_names_are_read_in_any_case(string name, ExportFormat format) => Assert.Equal(format, EventExport.ParseFormat(name));

    [Fact]
    public void An_unknown_format_is_an_error_naming_it() =>
        Assert.Contains("\"xlsx\"", Assert.Throws<FormatException>(() => EventExport.ParseFormat("xlsx")).Message);
}
