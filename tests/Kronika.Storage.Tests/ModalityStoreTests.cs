using Kronika.Documents;
using Kronika.Events;
using Kronika.Stories;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage.Tests;

/// <summary>The store's modality filter and PLOVER columns, and their upgrade of a database made before them.</summary>
public sealed class ModalityStoreTests : IDisposable
{
    private static readonly Pipeline Pipeline = Pipeline.LoadDefault();
    private readonly string _db = Path.Combine(Path.GetTempPath(), "kronika-modality-" + Guid.NewGuid().ToString("N") + ".db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_db + suffix)) File.Delete(_db + suffix);
    }

    /// <summary>An article whose events are asserted, denied, intended and hypothetical.</summary>
    private static CodedDocument Article() => Pipeline.Process(new SourceDocument("m.txt",
        "Russian aircraft bombed Georgian villages on August 9, 2008. Moscow denied that its aircraft had bombed Georgian villages. " +
        "Russia offered to restore diplomatic ties with Georgia. If Russia attacks Georgia again, Georgia will cut ties.",
        metadataDate: PartialDate.OfDay(2012, 3, 5)));

    private static readonly ModalityFilter[] Filters = [ModalityFilter.Default, ModalityFilter.All, ModalityFilter.Parse("denied,hypothetical"), ModalityFilter.Parse("intended")];

    [Fact]
    public void Stored_timelines_and_series_of_some_modalities_equal_those_computed_in_memory()
    {
        var random = new Random(5);
        string[] modalities = ["asserted", "intended", "denied", "hypothetical", ""];
        var events = Enumerable.Range(1, 1500).Select(i =>
        {
            var day = new DateOnly(2000, 1, 1).AddDays(random.Next(5000));
            var (a, b) = random.Next(2) == 0 ? ("RUS", "GEO") : ("UKR", "RUS");
            return new StoryEvent
            {
                Id = i, Source = new EventActor(a, "GOV", a, a), Target = new EventActor(b, "GOV", b, b), Symmetric = false, Cameo = "190", Root = "19",
                QuadClass = random.Next(1, 5), Goldstein = random.Next(-10, 11), Date = random.Next(3) == 0 ? $"{day:yyyy-MM}" : $"{day:yyyy-MM-dd}", DateBasis = "explicit",
                Historical = false, Modality = modalities[random.Next(modalities.Length)], NumMentions = 1, NumArticles = 1, Sources = ["x"],
                FirstReported = "", LastReported = "", Evidence = new Evidence("e", 0, 1), Doc = "d", Added = DateTime.UnixEpoch,
            };
        }).ToList();
        using var store = new SqliteEventStore(_db);
        store.Import(events);
        foreach (var filter in Filters)
        {
            foreach (var query in new TimelineQuery[] { new(Modalities: filter), new(Dyad.Parse("GEO-RUS"), Modalities: filter), new(Actor: "UKR", From: EventDates.ParseOption("--from", "2005"), Modalities: filter) })
                Assert.Equal(query.Apply(events).Select(e => e.Id), store.Events(query).Select(e => e.Id));
            foreach (var by in Enum.GetValues<SeriesPeriod>())
                foreach (var dyad in new[] { Dyad.Parse("RUS-GEO"), null })
                {
                    var expected = DyadSeries.Build(events.Where(e => dyad?.Matches(e.Source.Country, e.Target.Country) ?? true), by, filter);
                    Assert.Equal(expected.Select(r => (r.Period, string.Join(",", r.ByQuad), r.Intended, Math.Round(r.MeanGoldstein, 9))),
                        store.Series(dyad, by, filter).Select(r => (r.Period, string.Join(",", r.ByQuad), r.Intended, Math.Round(r.MeanGoldstein, 9))));
                }
        }
        Assert.True(store.Series(Dyad.Parse("RUS-GEO"), SeriesPeriod.Year).Sum(r => r.Events) > store.Series(Dyad.Parse("RUS-GEO"), SeriesPeriod.Year, ModalityFilter.Default).Sum(r => r.Events));
    }

    [Fact]
    public void Merged_events_carry_their_plover_type_and_mode_and_the_defaults_leave_denied_and_hypothetical_ones_out()
    {
        var coded = Article();
        Assert.Equal(["asserted", "denied", "hypothetical", "intended"], coded.Events.Select(e => e.Modality).Distinct().Order());
        using var store = new SqliteEventStore(_db);
        store.Store(coded);
        store.UpdateEvents();
        var events = store.Events(new TimelineQuery(), withMentions: true).ToList();
        // The PLOVER of the event's own code: that of a report that gives the code (reports of one event may differ in code, 195 and 190).
        Assert.All(events, e => Assert.Contains((e.PloverType, e.PloverMode), e.Mentions.Where(m => m.Event.Cameo == e.Cameo).Select(m => (m.Event.PloverType, m.Event.PloverMode))));
        Assert.Contains(events, e => (e.Cameo, e.PloverType, e.PloverMode) == ("195", "ASSAULT", "aerial"));
        var shown = store.Events(new TimelineQuery(Modalities: ModalityFilter.Default)).Select(e => e.Modality).ToList();
        Assert.Equal(["asserted", "intended"], shown.Distinct().Order());
        Assert.Equal(events.Count(e => e.Modality is "asserted" or "intended"), shown.Count);
    }

    [Fact]
    public void Period_counts_and_events_of_a_version_without_modality_periods_or_plover_are_upgraded_in_place()
    {
        List<(string, string, long, string)> Series(IEventStore s) =>
            s.Series(Dyad.Parse("RUS-GEO"), SeriesPeriod.Month, ModalityFilter.Default).Select(r => (r.Period, string.Join(",", r.ByQuad), r.Intended, r.MeanGoldstein.ToString("R"))).ToList();
        List<(string, string, string)> before;
        List<(string, string, long, string)> series;
        using (var store = new SqliteEventStore(_db))
        {
            store.Store(Article());
            store.UpdateEvents();
            before = store.Events(new TimelineQuery()).Select(e => (e.Cameo, e.PloverType, e.PloverMode)).ToList();
            series = Series(store);
        }
        Assert.Contains(before, e => e.Item2.Length > 0);
        using (var old = new SqliteConnection($"Data Source={_db};Pooling=False"))
        {
            old.Open();
            using var downgrade = old.CreateCommand();
            downgrade.CommandText = """
                ALTER TABLE events DROP COLUMN plover_type; ALTER TABLE events DROP COLUMN plover_mode; DROP TABLE dyad_periods;
                CREATE TABLE dyad_periods (dyad TEXT NOT NULL, period TEXT NOT NULL, quad_class INTEGER NOT NULL, events INTEGER NOT NULL, goldstein_sum REAL NOT NULL,
                    PRIMARY KEY (dyad, period, quad_class)) WITHOUT ROWID;
                INSERT INTO dyad_periods VALUES ('GEO-RUS', '2012-03', 4, 99, -990);
                """;
            downgrade.ExecuteNonQuery();
        }
        using var upgraded = new SqliteEventStore(_db);
        Assert.Equal(before, upgraded.Events(new TimelineQuery()).Select(e => (e.Cameo, e.PloverType, e.PloverMode)));
        Assert.Equal(series, Series(upgraded));
    }
}
