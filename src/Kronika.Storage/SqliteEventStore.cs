using System.Text.Json;
using Kronika.Documents;
using Kronika.Events;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage;

/// <summary>The default store: one SQLite file with documents, sentences, events and refused inputs.</summary>
public sealed class SqliteEventStore : IEventStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, title TEXT, url TEXT,
            pubdate TEXT, pubdate_basis TEXT, text TEXT NOT NULL, stored_at TEXT NOT NULL,
            author TEXT, site TEXT, encoding TEXT);
        CREATE TABLE IF NOT EXISTS sentences (
            doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx));
        CREATE TABLE IF NOT EXISTS events (
            id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id),
            source_country TEXT NOT NULL, source_role TEXT NOT NULL, target_country TEXT NOT NULL, target_role TEXT NOT NULL,
            cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
            date TEXT NOT NULL, historical INTEGER NOT NULL, modality TEXT NOT NULL, record TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
        CREATE INDEX IF NOT EXISTS events_dyad ON events(source_country, target_country, date);
        CREATE TABLE IF NOT EXISTS fingerprints (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id), fingerprint INTEGER NOT NULL,
            b0 INTEGER NOT NULL, b1 INTEGER NOT NULL, b2 INTEGER NOT NULL, b3 INTEGER NOT NULL, duplicate_of TEXT);
        CREATE INDEX IF NOT EXISTS fingerprints_b0 ON fingerprints(b0);
        CREATE INDEX IF NOT EXISTS fingerprints_b1 ON fingerprints(b1);
        CREATE INDEX IF NOT EXISTS fingerprints_b2 ON fingerprints(b2);
        CREATE INDEX IF NOT EXISTS fingerprints_b3 ON fingerprints(b3);
        CREATE TABLE IF NOT EXISTS refused (
            path TEXT NOT NULL, line INTEGER NOT NULL, reason TEXT NOT NULL, first_seen TEXT NOT NULL,
            PRIMARY KEY (path, line, reason));
        """;

    private readonly SqliteConnection _connection;

    public SqliteEventStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute(Schema);
        AddMissingColumns("documents", ("author", "TEXT"), ("site", "TEXT"), ("encoding", "TEXT"));
    }

    /// <summary>Brings a database made by an earlier version up to the current schema without losing rows.</summary>
    private void AddMissingColumns(string table, params (string Name, string Type)[] columns)
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var info = Command($"PRAGMA table_info({table})"))
        using (var reader = info.ExecuteReader())
            while (reader.Read()) present.Add(reader.GetString(1));
        foreach (var (name, type) in columns)
            if (!present.Contains(name))
                Execute($"ALTER TABLE {table} ADD COLUMN {name} {type}");
    }

    public bool Contains(string documentId)
    {
        using var command = Command("SELECT 1 FROM documents WHERE id = $id", ("$id", documentId));
        return command.ExecuteScalar() is not null;
    }

    public bool Store(CodedDocument document)
    {
        var source = document.Source;
        using var transaction = _connection.BeginTransaction();
        using (var insert = Command("""
            INSERT OR IGNORE INTO documents (id, name, title, url, pubdate, pubdate_basis, text, stored_at, author, site, encoding)
            VALUES ($id, $name, $title, $url, $pubdate, $basis, $text, $at, $author, $site, $encoding)
            """, ("$author", source.Author), ("$site", source.SiteName), ("$encoding", source.Encoding),
            ("$id", source.Id), ("$name", source.Name), ("$title", source.Title), ("$url", source.Url),
            ("$pubdate", source.PublicationDate?.ToString()), ("$basis", source.PublicationDateBasis.ToString().ToLowerInvariant()),
            ("$text", source.Text), ("$at", DateTime.UtcNow.ToString("O"))))
        {
            insert.Transaction = transaction;
            if (insert.ExecuteNonQuery() == 0)
            {
                transaction.Rollback();
                return false;
            }
        }
        // Syndicated copies: a fingerprint within a few bits of a stored one shares one of its four 16-bit bands.
        var duplicateOf = NearDuplicateOf(source.Fingerprint, transaction);
        using (var fingerprint = Command("""
            INSERT INTO fingerprints (doc_id, fingerprint, b0, b1, b2, b3, duplicate_of) VALUES ($doc, $fp, $b0, $b1, $b2, $b3, $dup)
            """, ("$doc", source.Id), ("$fp", (long)source.Fingerprint), ("$b0", Band(source.Fingerprint, 0)), ("$b1", Band(source.Fingerprint, 1)),
            ("$b2", Band(source.Fingerprint, 2)), ("$b3", Band(source.Fingerprint, 3)), ("$dup", duplicateOf)))
        {
            fingerprint.Transaction = transaction;
            fingerprint.ExecuteNonQuery();
        }
        using (var sentence = Command("INSERT INTO sentences (doc_id, idx, start, \"end\", text) VALUES ($doc, $idx, $start, $end, $text)"))
        {
            sentence.Transaction = transaction;
            var p = Parameters(sentence, "$doc", "$idx", "$start", "$end", "$text");
            p[0].Value = source.Id;
            foreach (var s in document.Analysis.Sentences)
            {
                p[1].Value = s.Index;
                p[2].Value = s.Start;
                p[3].Value = s.End;
                p[4].Value = source.Text[s.Start..s.End];
                sentence.ExecuteNonQuery();
            }
        }
        using (var insertEvent = Command("""
            INSERT OR IGNORE INTO events (id, doc_id, source_country, source_role, target_country, target_role, cameo, root, quad_class, goldstein, date, historical, modality, record)
            VALUES ($id, $doc, $sc, $sr, $tc, $tr, $cameo, $root, $quad, $gold, $date, $hist, $mod, $record)
            """))
        {
            insertEvent.Transaction = transaction;
            var p = Parameters(insertEvent, "$id", "$doc", "$sc", "$sr", "$tc", "$tr", "$cameo", "$root", "$quad", "$gold", "$date", "$hist", "$mod", "$record");
            foreach (var e in document.Events)
            {
                object[] values = [e.Id, source.Id, e.Source.Country, e.Source.Role, e.Target.Country, e.Target.Role, e.Cameo, e.Root, e.QuadClass, e.Goldstein, e.Date, e.Historical ? 1 : 0, e.Modality,
                    JsonSerializer.Serialize(e, EventJsonContext.Default.EventRecord)];
                for (int k = 0; k < values.Length; k++) p[k].Value = values[k];
                insertEvent.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        return true;
    }

    private static long Band(ulong fingerprint, int band) => (long)((fingerprint >> (16 * band)) & 0xFFFF);

    private string? NearDuplicateOf(ulong fingerprint, SqliteTransaction transaction)
    {
        using var command = Command("""
            SELECT doc_id, fingerprint, duplicate_of FROM fingerprints WHERE b0 = $b0 OR b1 = $b1 OR b2 = $b2 OR b3 = $b3 ORDER BY rowid
            """, ("$b0", Band(fingerprint, 0)), ("$b1", Band(fingerprint, 1)), ("$b2", Band(fingerprint, 2)), ("$b3", Band(fingerprint, 3)));
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (SimHash.Distance((ulong)reader.GetInt64(1), fingerprint) <= SimHash.NearDuplicateDistance)
                return reader.IsDBNull(2) ? reader.GetString(0) : reader.GetString(2);
        return null;
    }

    public string? DuplicateOf(string documentId)
    {
        using var command = Command("SELECT duplicate_of FROM fingerprints WHERE doc_id = $doc", ("$doc", documentId));
        return command.ExecuteScalar() as string;
    }

    public void Refuse(InputRefusal refusal)
    {
        using var command = Command("INSERT OR IGNORE INTO refused (path, line, reason, first_seen) VALUES ($path, $line, $reason, $at)",
            ("$path", refusal.Path), ("$line", refusal.Line ?? 0), ("$reason", refusal.Reason), ("$at", DateTime.UtcNow.ToString("O")));
        command.ExecuteNonQuery();
    }

    public IEnumerable<EventRecord> EventsOf(string documentId)
    {
        using var command = Command("SELECT record FROM events WHERE doc_id = $doc ORDER BY rowid", ("$doc", documentId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return JsonSerializer.Deserialize(reader.GetString(0), EventJsonContext.Default.EventRecord)!;
    }

    public StoreCounts Counts()
    {
        long Count(string table)
        {
            using var command = Command($"SELECT COUNT(*) FROM {table}");
            return (long)command.ExecuteScalar()!;
        }
        return new StoreCounts(Count("documents"), Count("sentences"), Count("events"), Count("refused"));
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
