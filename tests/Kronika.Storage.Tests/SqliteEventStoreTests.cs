using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Storage.Tests;

public sealed class SqliteEventStoreTests : IDisposable
{
    private static readonly Pipeline Pipeline = Pipeline.LoadDefault();
    private readonly string _db = Path.Combine(Path.GetTempPath(), "kronika-store-" + Guid.NewGuid().ToString("N") + ".db");

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_db + suffix)) File.Delete(_db + suffix);
    }

    private static CodedDocument Coded(string text) =>
        Pipeline.Process(new SourceDocument("a.txt", text, metadataDate: PartialDate.OfDay(2014, 3, 18)));

    [Fact]
    public void A_document_is_stored_once_with_its_sentences_and_events()
    {
        var coded = Coded("Ukraine condemned Russia on Tuesday. Kyiv recalled its ambassador from Moscow.");
        Assert.NotEmpty(coded.Events);
        using var store = new SqliteEventStore(_db);
        Assert.False(store.Contains(coded.Source.Id));
        Assert.True(store.Store(coded));
        Assert.True(store.Contains(coded.Source.Id));
        var counts = store.Counts();
        Assert.Equal((1, 2, coded.Events.Count), (counts.Documents, counts.Sentences, (int)counts.Mentions));

        Assert.False(store.Store(Coded("Ukraine condemned Russia on Tuesday. Kyiv recalled its ambassador from Moscow.")));
        Assert.Equal(counts, store.Counts());
        Assert.Equal(coded.Events, store.EventsOf(coded.Source.Id).ToList());
    }

    [Fact]
    public void A_syndicated_copy_is_linked_to_its_first_copy()
    {
        const string article = "Ukraine condemned Russia on Tuesday after a missile strike on the port of Odesa killed four people. " +
                               "Kyiv recalled its ambassador from Moscow and said it would ask the United Nations to investigate the attack.";
        var first = Coded(article);
        var copy = Coded("Share this story\n" + article + "\nCopyright 2014 Example Wire. All rights reserved.");
        var other = Coded("Chile and Peru held talks in Lima on fishing rights and agreed to meet again in March.");
        using var store = new SqliteEventStore(_db);
        store.Store(first);
        store.Store(copy);
        store.Store(other);
        Assert.Null(store.DuplicateOf(first.Source.Id));
        Assert.Equal(first.Source.Id, store.DuplicateOf(copy.Source.Id));
        Assert.Null(store.DuplicateOf(other.Source.Id));
    }

    [Fact]
    public void A_database_of_an_earlier_version_is_upgraded_in_place()
    {
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_db};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE documents (id TEXT PRIMARY KEY, name TEXT NOT NULL, title TEXT, url TEXT, pubdate TEXT, pubdate_basis TEXT, text TEXT NOT NULL, stored_at TEXT NOT NULL);
                INSERT INTO documents VALUES ('old', 'old.txt', NULL, NULL, NULL, 'none', 'Old text.', '2026-01-01');
                """;
            create.ExecuteNonQuery();
        }
        using var store = new SqliteEventStore(_db);
        Assert.True(store.Contains("old"));
        Assert.True(store.Store(Coded("Chile and Peru held talks in Lima.")));
        Assert.Equal(2, store.Counts().Documents);
    }

    [Fact]
    public void Data_survives_reopening_and_refusals_are_recorded_once()
    {
        var coded = Coded("Chile and Peru held talks in Lima.");
        using (var store = new SqliteEventStore(_db))
        {
            store.Store(coded);
            store.Refuse(new InputRefusal("x.bin", null, "binary content"));
            store.Refuse(new InputRefusal("x.bin", null, "binary content"));
            store.Refuse(new InputRefusal("f.jsonl", 3, "malformed JSON"));
        }
        using (var reopened = new SqliteEventStore(_db))
        {
            var counts = reopened.Counts();
            Assert.Equal(1, counts.Documents);
            Assert.Equal(2, counts.Refused);
            Assert.Equal(coded.Events.Count, reopened.EventsOf(coded.Source.Id).Count());
        }
    }
}
