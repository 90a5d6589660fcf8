using System.Globalization;
using System.Text.Json;
using Kronika.Storage;
using Kronika.Stories;
using Microsoft.VisualBasic.FileIO;

namespace Kronika.Cli.Tests;

/// <summary>The sample articles coded once into a database that the story command tests read.</summary>
public sealed class SamplesDatabase : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kronika-stories-").FullName;
    public string Db => Path.Combine(Folder, "k.db");

    public SamplesDatabase() =>
        Assert.Equal(ExitCodes.Success, CliOutput.Run("run", RepoPaths.Samples, "--db", Db, "--out", Path.Combine(Folder, "out")).Exit);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

[Collection("cli")]
public sealed partial class StoryCommandsTests(SamplesDatabase samples) : IClassFixture<SamplesDatabase>
{
    private string Db => samples.Db;

    /// <summary>The timeline's lines as their fields (date, basis, actors, event, mentions, background, sources), header and total left out.</summary>
    private static List<string[]> Timeline(params string[] args)
    {
        var lines = CliOutput.Of(["timeline", .. args]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("date", lines[0]);
        Assert.EndsWith("mentions.", lines[^1]);
        return lines[1..^1].Select(l => System.Text.RegularExpressions.Regex.Split(l, "  +")).ToList();
    }

    private List<StoryEvent> Events(TimelineQuery query)
    {
        using var store = SqliteEventStore.OpenExisting(Db);
        return store.Events(query, withMentions: true).ToList();
    }

    [Fact]
    public void The_sample_timeline_is_in_date_order_with_the_2008_war_one_event_told_by_several_articles()
    {
        var rows = Timeline("--db", Db);
        var events = Events(new TimelineQuery(Modalities: ModalityFilter.Default));
        Assert.Equal(events.Count, rows.Count);
        Assert.Equal(events.Select(e => e.Date.Length > 0 ? e.Date : "undated"), rows.Select(r => r[0]));
        var dated = events.Where(e => e.When is not null).Select(e => e.When!.Value.First).ToList();
        Assert.Equal(dated.Order(), dated);
        Assert.All(events.SkipWhile(e => e.When is not null), e => Assert.Null(e.When));

        // Fewer events than mentions: reports of one event are merged.
        Assert.True(events.Sum(e => e.NumMentions) > events.Count);
        var war = Assert.Single(events, e => e.Root == "19" && e.DyadKey == "GEO-RUS" && e.Date.StartsWith("2008"));
        Assert.True(war.NumArticles >= 2, $"the war is told by {war.NumArticles} article(s)");
        Assert.True(war.Mentions.Select(m => m.Event.DocId).Distinct().Count() >= 2);

        // The story's milestones, each where its date puts it.
        string Year(StoryEvent e) => e.Date.Length >= 4 ? e.Date[..4] : "";
        Assert.Contains(events, e => e.Root == "19" && e.Source.Role == "SEP" && e.Historical && Year(e).StartsWith("199"));
        Assert.Contains(events, e => e.Root == "04" && e.DyadKey == "GEO-RUS" && Year(e) == "2004");
        Assert.Contains(events, e => e.Root == "16" && e.Source.Country == "RUS" && Year(e) == "2006");
        Assert.Contains(events, e => e.Cameo == "054" && e.Source.Country == "RUS" && e.Target.Role == "SEP");
        Assert.Contains(events, e => e.Root == "04" && e.DyadKey == "GEO-RUS" && Year(e) == "2009" && e.NumMentions >= 2);
        Assert.Contains(events, e => e.Cameo == "032" && e.Source.Country == "RUS" && Year(e) == "2012");
        Assert.Contains(events, e => e.Mentions.Any(m => m.Event.Doc.StartsWith("003")));
    }

    [Fact]
    public void Filters_select_a_dyad_an_actor_and_a_window()
    {
        var dyad = Timeline("--db", Db, "--dyad", "GEO-RUS");
        Assert.NotEmpty(dyad);
        Assert.All(dyad, r => Assert.Matches(@"^(RUS|GEO) \w* ?(->|<->) (RUS|GEO)", r[2]));
        Assert.DoesNotContain(dyad, r => r[2].StartsWith("GEO") && r[2].Contains("-> GEO"));

        var usa = Timeline("--db", Db, "--actor", "usa");
        Assert.NotEmpty(usa);
        Assert.All(usa, r => Assert.Contains("USA", r[2]));

        var window = Timeline("--db", Db, "--from", "2006", "--to", "2009-05");
        Assert.NotEmpty(window);
        Assert.All(window, r => Assert.InRange(string.CompareOrdinal(r[0], "2006"), 0, int.MaxValue));
        Assert.All(window, r => Assert.True(string.CompareOrdinal(r[0], "2009-06") < 0, r[0]));
    }

    [Fact]
    public void The_dyad_series_counts_every_dated_event_of_the_dyad_and_prints_csv()
    {
        var csv = CliOutput.Of("dyad", "RUS-GEO", "--by", "quarter", "--csv", "--db", Db);
        using var parser = new TextFieldParser(new StringReader(csv)) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        Assert.Equal(DyadCommand.Header, parser.ReadFields());
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        var events = Events(new TimelineQuery(Dyad.Parse("RUS-GEO"), Modalities: ModalityFilter.Default)).Where(e => e.When is not null).ToList();
        Assert.Equal(events.Count, rows.Sum(r => int.Parse(r[5], CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Equal(int.Parse(r[5]), r[1..5].Sum(int.Parse)));
        Assert.Equal(events.Count(e => e.QuadClass == 4), rows.Sum(r => int.Parse(r[4])));
        var mean = events.Where(e => e.Date.StartsWith("2012")).Average(e => e.Goldstein);
        Assert.Equal(mean.ToString("0.00", CultureInfo.InvariantCulture), Assert.Single(rows, r => r[0].StartsWith("2012"))[6]);

        var table = CliOutput.Of("dyad", "RUS-GEO", "--db", Db).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("period", table[0]);
        Assert.Equal(events.Select(e => e.Date[..4]).Distinct().Count(), table.Length - 1);
    }

    [Fact]
    public void Every_export_format_is_written_and_read_back()
    {
        var events = Events(new TimelineQuery(Modalities: ModalityFilter.Default));
        var dir = Path.Combine(samples.Folder, "exports");
        foreach (var format in new[] { "jsonl", "csv", "gdelt", "parquet" })
            Assert.Equal(ExitCodes.Success, CliOutput.Run("export", "--format", format, "--out", Path.Combine(dir, "events." + format), "--db", Db).Exit);

        var jsonl = File.ReadAllLines(Path.Combine(dir, "events.jsonl"));
        Assert.Equal(events.Select(e => e.Id), jsonl.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt64()));
        Assert.Equal(events.Sum(e => e.NumMentions), jsonl.Sum(l => JsonDocument.Parse(l).RootElement.GetProperty("mentions").GetArrayLength()));

        using (var parser = new TextFieldParser(Path.Combine(dir, "events.csv")) { TextFieldType = FieldType.Delimited })
        {
            parser.SetDelimiters(",");
            parser.ReadFields();
            var ids = new List<long>();
            while (!parser.EndOfData) ids.Add(long.Parse(parser.ReadFields()![0], CultureInfo.InvariantCulture));
            Assert.Equal(events.Select(e => e.Id), ids);
        }

        var gdelt = File.ReadAllLines(Path.Combine(dir, "events.gdelt"));
        Assert.All(gdelt, l => Assert.Equal(61, l.Split('\t').Length));
        Assert.Equal(events.Select(e => e.Id.ToString(CultureInfo.InvariantCulture)), gdelt.Select(l => l.Split('\t')[0]));

        using var parquet = File.OpenRead(Path.Combine(dir, "events.parquet"));
        var rows = Parquet.Serialization.ParquetSerializer.DeserializeAsync<Outputs.Exports.EventRow>(parquet).GetAwaiter().GetResult().Data;
        Assert.Equal(events.Select(e => (e.Id, e.Cameo, e.NumMentions)), rows.Select(r => (r.Id, r.Cameo, r.NumMentions)));
    }

    [Fact]
    public void The_report_holds_the_charts_the_timeline_and_every_events_evidence()
    {
        var path = Path.Combine(samples.Folder, "report.html");
        Assert.Equal(ExitCodes.Success, CliOutput.Run("report", "--dyad", "RUS-GEO", "--out", path, "--db", Db).Exit);
        var html = File.ReadAllText(path);
        var events = Events(new TimelineQuery(Dyad.Parse("RUS-GEO"), Modalities: ModalityFilter.Default));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "<svg ").Count);
        Assert.Equal(events.Count, System.Text.RegularExpressions.Regex.Matches(html, "<article class=\"event\"").Count);
        Assert.Equal(events.Sum(e => e.NumMentions), System.Text.RegularExpressions.Regex.Matches(html, "<mark>").Count);
        Assert.Contains("on Friday offered to restore diplomatic ties", html);
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "dyad \"RUSGEO\": malformed", "dyad", "RUSGEO")]
    [InlineData(ExitCodes.Usage, "--by \"week\"", "dyad", "RUS-GEO", "--by", "week")]
    [InlineData(ExitCodes.Usage, "--format \"xlsx\": unknown export format", "export", "--format", "xlsx")]
    [InlineData(ExitCodes.Usage, "--format parquet: needs --out", "export", "--format", "parquet")]
    [InlineData(ExitCodes.Usage, "--from \"2008-02-30\": not a date", "timeline", "--from", "2008-02-30")]
    [InlineData(ExitCodes.Usage, "--actor \"Russia\"", "timeline", "--actor", "Russia")]
    [InlineData(ExitCodes.Usage, "dyad \"RUS_GEO\": malformed", "report", "--dyad", "RUS_GEO")]
    [InlineData(ExitCodes.Usage, "dyad \"XXX-GEO\": unknown actor code \"XXX\"", "dyad", "XXX-GEO")]
    [InlineData(ExitCodes.Usage, "dyad \"RUS-QQQ\": unknown actor code \"QQQ\"", "report", "--dyad", "RUS-QQQ")]
    [InlineData(ExitCodes.Usage, "dyad \"XXX-GEO\": unknown actor code \"XXX\"", "export", "--format", "csv", "--dyad", "XXX-GEO")]
    [InlineData(ExitCodes.Usage, "--actor \"ZZZ\": unknown actor code \"ZZZ\"", "timeline", "--actor", "ZZZ")]
    [InlineData(ExitCodes.Usage, "--modality \"asserted,negated\": unknown modality \"negated\"", "dyad", "RUS-GEO", "--modality", "asserted,negated")]
    [InlineData(ExitCodes.Usage, "--modality \"none\": unknown modality", "export", "--format", "gdelt", "--modality", "none")]
    public void Bad_values_are_usage_errors_naming_the_value_and_the_reason(int exit, string message, params string[] args)
    {
        var result = CliOutput.Run([.. args, "--db", Db]);
        Assert.Equal(exit, result.Exit);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void A_missing_or_foreign_database_is_an_error_naming_it()
    {
        var missing = Path.Combine(samples.Folder, "none.db");
        var result = CliOutput.Run("timeline", "--db", missing);
        Assert.Equal(ExitCodes.Error, result.Exit);
        Assert.Contains($"database {missing}: not found", result.Error);
        Assert.False(File.Exists(missing));

        var foreign = Path.Combine(samples.Folder, "foreign.db");
        File.WriteAllText(foreign, "this is no database, just text that is long enough to fill a header page of sqlite........");
        result = CliOutput.Run("dyad", "RUS-GEO", "--db", foreign);
        Assert.Equal(ExitCodes.Error, result.Exit);
        Assert.Contains($"database {foreign}: not a Kronika database", result.Error);
    }
}
