using Kronika.Documents;
using Kronika.Events;
using Kronika.Stories;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage.Tests;

public sealed class StoryStoreTests : IDisposable
{
    private static readonly Pipeline Pipeline = Pipeline.LoadDefault();
    private readonly string _db = Path.Combine(Path.GetTempPath(), "kronika-stories-" + Guid.NewGuid().ToString("N") + ".db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_db + suffix)) File.Delete(_db + suffix);
    }

    private static EventRecord War(string doc, string date, string cameo = "190") => new()
    {
        Doc = doc, DocId = "", Id = $"{doc}-{cameo}-{date}", Source = new EventActor("RUS", "MIL", "Russia", "Russian troops"),
        Target = new EventActor("GEO", "GOV", "Georgia", "Georgia"), Cameo = cameo, Root = cameo[..2], QuadClass = 4, Goldstein = -10,
        Date = date, DateBasis = "explicit", Historical = false, Modality = "asserted", Symmetric = false,
        Evidence = new Evidence("Russian troops fought Georgia.", 0, 30), Rule = "test",
    };

    /// <summary>A real document run through the pipeline, its events replaced by crafted ones.</summary>
    private static CodedDocument Document(string name, string text, PartialDate published, params EventRecord[] events)
    {
        var coded = Pipeline.Process(new SourceDocument(name, text, url: $"https://{Path.GetFileNameWithoutExtension(name)}.example/{name}", metadataDate: published));
        return coded with { Events = events.Select(e => e with { Doc = name, DocId = coded.Source.Id, Id = coded.Source.Id + e.Id }).ToList() };
    }

    [Fact]
    public void Mentions_of_one_war_in_three_documents_are_stored_as_one_event_and_storing_again_changes_nothing()
    {
        using var store = new SqliteEventStore(_db);
        store.Store(Document("a.txt", "Russian troops fought Georgia in August 2008.", PartialDate.OfDay(2009, 5, 19), War("a", "2008-08")));
        store.Store(Document("b.txt", "Russian troops fought Georgia on August 8, 2008.", PartialDate.OfDay(2008, 8, 9), War("b", "2008-08-08")));
        store.Store(Document("c.txt", "Russian troops fought Georgia in 2008. Talks followed.", PartialDate.OfMonth(2024, 9), War("c", "2008", "192"), War("c", "2009-05-19", "040") with { QuadClass = 1, Goldstein = 1 }));
        Assert.Equal(1, store.UpdateEvents());
        Assert.Equal(0, store.UpdateEvents());
        var counts = store.Counts();
        Assert.Equal((4L, 2L), (counts.Mentions, counts.Events));

        var events = store.Events(new TimelineQuery(Dyad.Parse("GEO-RUS")), withMentions: true).ToList();
        Assert.Equal(["2008-08-08", "2009-05-19"], events.Select(e => e.Date));
        var war = events[0];
        Assert.Equal((3, 3, 3), (war.NumMentions, war.NumArticles, war.NumSources));
        Assert.Equal(("2008-08-09", "2024-09"), (war.FirstReported, war.LastReported));
        Assert.Equal(["a.txt", "b.txt", "c.txt"], war.Mentions.Select(m => m.Event.Doc).Order());
        Assert.Equal("https://b.example/b.txt", war.Url);
        Assert.Equal(["a.example", "b.example", "c.example"], war.Sources);

        // A fourth report joins the event and redoes only its pair of countries.
        store.Store(Document("d.txt", "Russia and Georgia went to war in August 2008.", PartialDate.OfDay(2018, 8, 7), War("d", "2008-08")));
        Assert.Equal(1, store.UpdateEvents());
        Assert.Equal(4, store.Events(new TimelineQuery(Dyad.Parse("RUS-GEO"))).First().NumMentions);
        var before = store.Counts();
        Assert.False(store.Store(Document("d.txt", "Russia and Georgia went to war in August 2008.", PartialDate.OfDay(2018, 8, 7), War("d", "2008-08"))));
        Assert.Equal(0, store.UpdateEvents());
        Assert.Equal(before, store.Counts());
        var series = store.Series(Dyad.Parse("RUS-GEO"), SeriesPeriod.Year);
        Assert.Equal(["2008", "2009"], series.Select(r => r.Period));
        Assert.Equal([0L, 0, 0, 1], series[0].ByQuad);
        Assert.Equal([1L, 0, 0, 0], series[1].ByQuad);
    }

    private static List<StoryEvent> Generated(int count, int seed)
    {
        var random = new Random(seed);
        string[] countries = ["RUS", "GEO", "UKR", "USA", ""];
        var events = new List<StoryEvent>();
        for (int i = 0; i < count; i++)
        {
            var (a, b) = (countries[random.Next(countries.Length)], countries[random.Next(4)]);
            var day = new DateOnly(1990, 1, 1).AddDays(random.Next(12000));
            var date = random.Next(6) switch
            {
                0 => "", 1 => $"{day.Year / 10 * 10}s", 2 => $"{day.Year}", 3 => $"{day:yyyy-MM}", _ => $"{day:yyyy-MM-dd}",
            };
            var quad = random.Next(1, 5);
            events.Add(new StoryEvent
            {
                Id = i + 1, Source = new EventActor(a, "GOV", a, a), Target = new EventActor(b, "", b, b), Symmetric = false, Cameo = "190", Root = "19",
                QuadClass = quad, Goldstein = Math.Round(random.NextDouble() * 20 - 10, 1) + 0.0, Date = date, DateBasis = date.Length > 0 ? "explicit" : "",
                Historical = false, Modality = "asserted", NumMentions = 1, NumArticles = 1, Sources = ["x", "y"], FirstReported = "", LastReported = "",
                Evidence = new Evidence("e", 0, 1), Doc = "d", Added = DateTime.UnixEpoch,
            });
        }
        return events;
    }

    [Fact]
    public void Stored_timelines_and_series_equal_those_computed_in_memory()
    {
        var events = Generated(3000, 11);
        using var store = new SqliteEventStore(_db);
        store.Import(events);
        TimelineQuery[] queries =
        [
            new(), new(Dyad.Parse("RUS-GEO")), new(Dyad.Parse("USA-USA")), new(Actor: "UKR"), new(Dyad.Parse("GEO-UKR"), Actor: "UKR"),
            new(Dyad.Parse("RUS-UKR"), From: EventDates.ParseOption("--from", "2000-03"), To: EventDates.ParseOption("--to", "2004")),
            new(Actor: "GEO", To: EventDates.ParseOption("--to", "1995-06-30")),
        ];
        foreach (var query in queries)
            Assert.Equal(query.Apply(events).Select(e => e.Id), store.Events(query).Select(e => e.Id));
        var stored = store.Events(new TimelineQuery()).ToDictionary(e => e.Id);
        foreach (var e in events) Assert.Equal(Describe(e), Describe(stored[e.Id]));

        foreach (var by in Enum.GetValues<SeriesPeriod>())
        {
            foreach (var dyad in new[] { "RUS-GEO", "UKR-UKR" }.Select(Dyad.Parse))
                AssertSame(DyadSeries.Build(events.Where(e => dyad.Matches(e.Source.Country, e.Target.Country)), by), store.Series(dyad, by));
            AssertSame(DyadSeries.Build(events, by), store.Series(null, by));
        }
    }

    private static string Describe(StoryEvent e) => (e with { Sources = [], Mentions = [] }).ToString() + string.Join("|", e.Sources);

    private static void AssertSame(IReadOnlyList<SeriesRow> expected, IReadOnlyList<SeriesRow> actual)
    {
        Assert.Equal(expected.Select(r => (r.Period, string.Join(",", r.ByQuad))), actual.Select(r => (r.Period, string.Join(",", r.ByQuad))));
        Assert.Equal(expected.Select(r => Math.Round(r.MeanGoldstein, 9)), actual.Select(r => Math.Round(r.MeanGoldstein, 9)));
    }

    [Fact]
    public void A_dyad_timeline_and_series_are_answered_from_indexes()
    {
        using (var store = new SqliteEventStore(_db)) store.Import(Generated(200, 3));
        using var connection = new SqliteConnection($"Data Source={_db};Pooling=False");
        connection.Open();
        string Plan(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read()) lines.Add(reader.GetString(3));
            return string.Join("; ", lines);
        }
        var timeline = Plan("SELECT * FROM events WHERE dyad = 'GEO-RUS' AND date_start <= '2010-12-31' AND date_end >= '2000-01-01' ORDER BY date_start, precision, id");
        Assert.Contains("USING PRIMARY KEY (dyad=? AND date_start<?)", timeline);
        Assert.DoesNotContain("TEMP B-TREE", timeline);
        Assert.Contains("USING PRIMARY KEY", Plan("SELECT * FROM dyad_periods WHERE dyad = 'GEO-RUS'"));
    }

    [Fact]
    public void Mentions_stored_by_an_earlier_version_are_migrated_and_merged()
    {
        var coded = Pipeline.Process(new SourceDocument("old.txt", "Russia condemned Georgia on Tuesday. Moscow condemned Tbilisi again.", metadataDate: PartialDate.OfDay(2008, 8, 12)));
        Assert.Equal(2, coded.Events.Count(e => e.Root == "11"));
        using (var old = new SqliteConnection($"Data Source={_db};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE documents (id TEXT PRIMARY KEY, name TEXT NOT NULL, title TEXT, url TEXT, pubdate TEXT, pubdate_basis TEXT, text TEXT NOT NULL, stored_at TEXT NOT NULL);
                CREATE TABLE events (id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id),
                    source_country TEXT NOT NULL, source_role TEXT NOT NULL, target_country TEXT NOT NULL, target_role TEXT NOT NULL,
                    cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
                    date TEXT NOT NULL, historical INTEGER NOT NULL, modality TEXT NOT NULL, record TEXT NOT NULL);
                CREATE INDEX events_dyad ON events(source_country, target_country, date);
                """;
            create.ExecuteNonQuery();
            create.CommandText = "INSERT INTO documents VALUES ($id, 'old.txt', NULL, NULL, '2008-08-12', 'metadata', $text, '2026-01-01T00:00:00.0000000Z')";
            create.Parameters.AddWithValue("$id", coded.Source.Id);
            create.Parameters.AddWithValue("$text", coded.Source.Text);
            create.ExecuteNonQuery();
            foreach (var e in coded.Events)
            {
                using var insert = old.CreateCommand();
                insert.CommandText = "INSERT INTO events VALUES ($id, $doc, $sc, $sr, $tc, $tr, $cameo, $root, $quad, $gold, $date, 0, $mod, $record)";
                foreach (var (name, value) in new (string, object)[] { ("$id", e.Id), ("$doc", coded.Source.Id), ("$sc", e.Source.Country), ("$sr", e.Source.Role),
                    ("$tc", e.Target.Country), ("$tr", e.Target.Role), ("$cameo", e.Cameo), ("$root", e.Root), ("$quad", e.QuadClass), ("$gold", e.Goldstein),
                    ("$date", e.Date), ("$mod", e.Modality), ("$record", System.Text.Json.JsonSerializer.Serialize(e, EventJsonContext.Default.EventRecord)) })
                    insert.Parameters.AddWithValue(name, value);
                insert.ExecuteNonQuery();
            }
        }
        using var store = new SqliteEventStore(_db);
        Assert.Equal(coded.Events, store.EventsOf(coded.Source.Id).ToList());
        Assert.True(store.UpdateEvents() > 0);
        var condemnations = store.Events(new TimelineQuery(Dyad.Parse("RUS-GEO"))).Where(e => e.Root == "11").ToList();
        Assert.Equal(2, Assert.Single(condemnations).NumMentions);
        Assert.False(store.Store(coded));
    }
}
