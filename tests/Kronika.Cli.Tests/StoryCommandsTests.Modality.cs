using System.Globalization;
using Kronika.Events;
using Kronika.Storage;
using Kronika.Stories;

namespace Kronika.Cli.Tests;

/// <summary>The reading commands' analyst defaults on the samples: which modalities they count, and which actor codes they know.</summary>
public sealed partial class StoryCommandsTests
{
    private static readonly string[] NotFactual = [ModalityFilter.Denied, ModalityFilter.Hypothetical];

    /// <summary>The dyad series as CSV rows (header left out).</summary>
    private List<string[]> DyadCsv(params string[] args) =>
        CliOutput.Of(["dyad", "RUS-GEO", "--csv", "--db", Db, .. args]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();

    [Fact]
    public void Denied_and_hypothetical_events_are_left_out_of_timeline_series_report_and_export_unless_asked_for()
    {
        var all = Events(new TimelineQuery());
        var left = all.Where(e => NotFactual.Contains(e.Modality)).ToList();
        var denied = Assert.Single(left, e => e.Modality == ModalityFilter.Denied && e.DyadKey == "GEO-RUS");
        Assert.Equal(("150", "2004-08"), (denied.Cameo, denied.Date));

        var timeline = Timeline("--db", Db);
        Assert.Equal(all.Count - left.Count, timeline.Count);
        Assert.DoesNotContain(timeline, r => r.Any(f => f.Contains("denied") || f.Contains("hypothetical")));
        var everything = Timeline("--db", Db, "--modality", "all");
        Assert.Equal(all.Count, everything.Count);
        Assert.Contains(everything, r => r[0] == "2004-08" && r[3].StartsWith("150") && r.Contains("denied"));

        // The series: the denial is no event of 2004 by default.
        static int Events2004(List<string[]> rows) => int.Parse(rows.Single(r => r[0] == "2004")[5], CultureInfo.InvariantCulture);
        Assert.Equal(Events2004(DyadCsv()) + 1, Events2004(DyadCsv("--modality", "all")));
        Assert.Equal(1, Events2004(DyadCsv("--modality", "denied")));

        var dir = Path.Combine(samples.Folder, "modality");
        string Export(params string[] args)
        {
            var path = Path.Combine(dir, string.Join("-", args) + ".tsv");
            Assert.Equal(ExitCodes.Success, CliOutput.Run(["export", "--format", "gdelt", "--out", path, "--db", Db, .. args]).Exit);
            return File.ReadAllText(path);
        }
        var id = denied.Id.ToString(CultureInfo.InvariantCulture) + "\t";
        Assert.DoesNotContain("\n" + id, "\n" + Export());
        Assert.Contains("\n" + id, "\n" + Export("--modality", "asserted,denied"));

        string Report(params string[] args)
        {
            var path = Path.Combine(dir, "report" + string.Join("-", args) + ".html");
            Assert.Equal(ExitCodes.Success, CliOutput.Run(["report", "--dyad", "RUS-GEO", "--out", path, "--db", Db, .. args]).Exit);
            return File.ReadAllText(path);
        }
        Assert.DoesNotContain($"id=\"e{denied.Id}\"", Report());
        Assert.Contains("hypothetical and denied events are left out", Report());
        Assert.Contains($"id=\"e{denied.Id}\"", Report("--modality", "all"));
    }

    [Fact]
    public void Intended_events_are_counted_in_the_series_and_flagged_in_its_own_column_and_the_timeline()
    {
        var intended = Events(new TimelineQuery(Dyad.Parse("RUS-GEO"), Modalities: ModalityFilter.Parse("intended"))).Where(e => e.When is not null).ToList();
        Assert.NotEmpty(intended);
        var rows = DyadCsv();
        Assert.Equal("intended", DyadCommand.Header[^1]);
        Assert.Equal(intended.Count, rows.Sum(r => int.Parse(r[^1], CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.InRange(int.Parse(r[^1], CultureInfo.InvariantCulture), 0, int.Parse(r[5], CultureInfo.InvariantCulture)));
        Assert.Equal(intended.Count, DyadCsv("--modality", "intended").Sum(r => int.Parse(r[5], CultureInfo.InvariantCulture)));

        var flagged = Timeline("--db", Db, "--dyad", "RUS-GEO").Where(r => r.Any(f => f.Split(", ").Contains("intended"))).ToList();
        Assert.Equal(Events(new TimelineQuery(Dyad.Parse("RUS-GEO"), Modalities: ModalityFilter.Parse("intended"))).Count, flagged.Count);
    }

    [Fact]
    public void Codes_of_regions_organisations_and_the_databases_own_events_are_known_actors()
    {
        Assert.Equal(ExitCodes.Success, CliOutput.Run("dyad", "IGO-RUS", "--db", Db).Exit);
        Assert.Equal(ExitCodes.Success, CliOutput.Run("dyad", "eur-rus", "--db", Db).Exit);
        Assert.Equal(ExitCodes.Success, CliOutput.Run("timeline", "--actor", "ESH", "--db", Db).Exit);

        // A code a user's own actor table brought in is known from the events that carry it.
        var db = Path.Combine(samples.Folder, "own-codes.db");
        using (var store = new SqliteEventStore(db))
            store.Import([new StoryEvent
            {
                Id = 1, Source = new EventActor("XYZ", "GOV", "Xyzland", "Xyzland"), Target = new EventActor("GEO", "GOV", "Georgia", "Georgia"),
                Symmetric = false, Cameo = "040", Root = "04", QuadClass = 1, Goldstein = 1, Date = "2020-01-01", DateBasis = "explicit", Historical = false,
                Modality = "", NumMentions = 1, NumArticles = 1, Sources = ["x"], FirstReported = "", LastReported = "", Evidence = new Evidence("e", 0, 1), Doc = "d",
            }]);
        var csv = CliOutput.Of("dyad", "XYZ-GEO", "--csv", "--db", db);
        Assert.Contains("2020,1,0,0,0,1,1.00,0", csv);
        Assert.Equal(ExitCodes.Usage, CliOutput.Run("dyad", "XYY-GEO", "--db", db).Exit);
    }
}
