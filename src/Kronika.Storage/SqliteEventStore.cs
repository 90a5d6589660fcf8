using System.Text.Json;
using Kronika.Documents;
using Kronika.Events;
using Kronika.Stories;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage;

/// <summary>
/// The default store: one SQLite file with documents, sentences, event mentions, the events merged from them, actors,
/// per-dyad period counts and refused inputs. Creating the schema is idempotent, and a database of an earlier
/// version is brought up to date in place.
/// </summary>
public sealed partial class SqliteEventStore : IEventStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA cache_size = -65536;
        PRAGMA mmap_size = 1073741824;
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, title TEXT, url TEXT,
            pubdate TEXT, pubdate_basis TEXT, text TEXT NOT NULL, stored_at TEXT NOT NULL,
            author TEXT, site TEXT, encoding TEXT);
        CREATE TABLE IF NOT EXISTS sentences (
            doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx));
        CREATE TABLE IF NOT EXISTS mentions (
            id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id),
            source_country TEXT NOT NULL, source_role TEXT NOT NULL, target_country TEXT NOT NULL, target_role TEXT NOT NULL,
            cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
            date TEXT NOT NULL, historical INTEGER NOT NULL, modality TEXT NOT NULL, record TEXT NOT NULL,
            pair TEXT, lead INTEGER, event_id INTEGER);
        CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
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

    /// <summary>
    /// The tables of merged events, made after the mentions table exists (and was migrated). Events are stored in the
    /// order of their dyad and date (a clustered key), so a dyad's timeline is one contiguous read; the per-dyad
    /// period counts make a series a read of a few hundred rows whatever the number of events.
    /// </summary>
    private const string EventSchema = """
        CREATE INDEX IF NOT EXISTS mentions_pair ON mentions(pair);
        CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);
        CREATE TABLE IF NOT EXISTS events (
            id INTEGER NOT NULL, dyad TEXT NOT NULL,
            source_country TEXT NOT NULL, source_role TEXT NOT NULL, source_name TEXT NOT NULL, source_text TEXT NOT NULL,
            target_country TEXT NOT NULL, target_role TEXT NOT NULL, target_name TEXT NOT NULL, target_text TEXT NOT NULL,
            symmetric INTEGER NOT NULL, cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
            date TEXT NOT NULL, date_basis TEXT NOT NULL, date_start TEXT NOT NULL, date_end TEXT NOT NULL, precision INTEGER NOT NULL,
            historical INTEGER NOT NULL, modality TEXT NOT NULL,
            num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL, sources TEXT NOT NULL,
            first_reported TEXT NOT NULL, last_reported TEXT NOT NULL,
            evidence TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            doc TEXT NOT NULL, url TEXT NOT NULL, lead INTEGER NOT NULL, added INTEGER NOT NULL,
            plover_type TEXT NOT NULL DEFAULT '', plover_mode TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (dyad, date_start, precision, id)) WITHOUT ROWID;
        CREATE UNIQUE INDEX IF NOT EXISTS events_id ON events(id);
        CREATE INDEX IF NOT EXISTS events_source_date ON events(source_country, date_start, precision, date_end);
        CREATE INDEX IF NOT EXISTS events_target_date ON events(target_country, date_start, precision, date_end);
        CREATE INDEX IF NOT EXISTS events_root_date ON events(root, date_start);
        CREATE INDEX IF NOT EXISTS events_date ON events(date_start, precision, date_end);
        CREATE TABLE IF NOT EXISTS actors (
            country TEXT NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL, mentions INTEGER NOT NULL,
            PRIMARY KEY (country, role, name)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS actors_name ON actors(name);
        CREATE TABLE IF NOT EXISTS pending_pairs (pair TEXT PRIMARY KEY) WITHOUT ROWID;
        """;

    private readonly SqliteConnection _connection;

    public SqliteEventStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        var mentionsBefore = TableExists("mentions");
        // Up to this version the mentions table was called events.
        if (!mentionsBefore && Columns("events").Contains("record"))
            Execute("ALTER TABLE events RENAME TO mentions; DROP INDEX IF EXISTS events_doc; DROP INDEX IF EXISTS events_dyad;");
        Execute(Schema);
        AddMissingColumns("documents", ("author", "TEXT"), ("site", "TEXT"), ("encoding", "TEXT"));
        var merged = AddMissingColumns("mentions", ("pair", "TEXT"), ("lead", "INTEGER"), ("event_id", "INTEGER"));
        Execute(EventSchema);
        Execute(PeriodSchema);
        Execute(ClaimSchema);
        UpgradeEvents();
        if (merged.Count > 0) MergeEarlierMentions();
    }

    /// <summary>Opens a database that must exist (the reading commands); a missing file or one that is no database is an error naming it.</summary>
    public static SqliteEventStore OpenExisting(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"database {path}: not found (`kronika run` creates it)", path);
        try
        {
            return new SqliteEventStore(path);
        }
        catch (SqliteException e)
        {
            throw new InvalidDataException($"database {path}: not a Kronika database ({e.Message})", e);
        }
    }

    private bool TableExists(string table)
    {
        using var command = Command("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $name", ("$name", table));
        return command.ExecuteScalar() is not null;
    }

    private HashSet<string> Columns(string table, SqliteTransaction? transaction = null)
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var info = Command($"PRAGMA table_info({table})");
        info.Transaction = transaction;
        using var reader = info.ExecuteReader();
        while (reader.Read()) present.Add(reader.GetString(1));
        return present;
    }

    /// <summary>Brings a database made by an earlier version up to the current schema without losing rows; returns the columns added.</summary>
    private List<string> AddMissingColumns(string table, params (string Name, string Type)[] columns) => AddMissingColumns(table, null, columns);

    private List<string> AddMissingColumns(string table, SqliteTransaction? transaction, params (string Name, string Type)[] columns)
    {
        var present = Columns(table, transaction);
        var added = new List<string>();
        foreach (var (name, type) in columns)
            if (!present.Contains(name))
            {
                Execute($"ALTER TABLE {table} ADD COLUMN {name} {type}", transaction);
                added.Add(name);
            }
        return added;
    }

    /// <summary>Mentions stored by a version that did not merge them: keyed by pair, their actors counted, their pairs queued for merging.</summary>
    private void MergeEarlierMentions()
    {
        using var transaction = _connection.BeginTransaction();
        Execute("""
            UPDATE mentions SET pair = CASE WHEN source_country <= target_country THEN source_country || '-' || target_country
                                            ELSE target_country || '-' || source_country END WHERE pair IS NULL;
            UPDATE mentions SET lead = 0 WHERE lead IS NULL;
            INSERT OR IGNORE INTO pending_pairs (pair) SELECT DISTINCT pair FROM mentions WHERE event_id IS NULL;
            """, transaction);
        foreach (var side in new[] { "source", "target" })
            Execute($"""
                INSERT INTO actors (country, role, name, mentions)
                SELECT {side}_country, {side}_role, json_extract(record, '$.{side}.name'), COUNT(*) FROM mentions WHERE {side}_country <> ''
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 ON CONFLICT (country, role, name) DO UPDATE SET mentions = mentions + excluded.mentions;
                """, transaction);
        transaction.Commit();
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
                // Stored by another run first (one whose claim this run took as dead): this run's claim is moot.
                EndClaim(source.Id, transaction);
                transaction.Commit();
                return false;
            }
        }
        EndClaim(source.Id, transaction);
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
        StoreMentions(document, transaction);
        transaction.Commit();
        return true;
    }

    private void StoreMentions(CodedDocument document, SqliteTransaction transaction)
    {
        using var insertEvent = Command("""
            INSERT OR IGNORE INTO mentions (id, doc_id, source_country, source_role, target_country, target_role, cameo, root, quad_class, goldstein, date, historical, modality, record, pair, lead)
            VALUES ($id, $doc, $sc, $sr, $tc, $tr, $cameo, $root, $quad, $gold, $date, $hist, $mod, $record, $pair, $lead)
            """);
        using var pending = Command("INSERT OR IGNORE INTO pending_pairs (pair) VALUES ($pair)");
        using var actor = Command("""
            INSERT INTO actors (country, role, name, mentions) VALUES ($country, $role, $name, 1)
            ON CONFLICT (country, role, name) DO UPDATE SET mentions = mentions + 1
            """);
        insertEvent.Transaction = pending.Transaction = actor.Transaction = transaction;
        var p = Parameters(insertEvent, "$id", "$doc", "$sc", "$sr", "$tc", "$tr", "$cameo", "$root", "$quad", "$gold", "$date", "$hist", "$mod", "$record", "$pair", "$lead");
        var pendingPair = Parameters(pending, "$pair")[0];
        var a = Parameters(actor, "$country", "$role", "$name");
        foreach (var e in document.Events)
        {
            var pair = Dyad.KeyOf(e.Source.Country, e.Target.Country);
            object[] values = [e.Id, document.Source.Id, e.Source.Country, e.Source.Role, e.Target.Country, e.Target.Role, e.Cameo, e.Root, e.QuadClass, e.Goldstein, e.Date, e.Historical ? 1 : 0, e.Modality,
                JsonSerializer.Serialize(e, EventJsonContext.Default.EventRecord), pair, IsLead(document, e) ? 1 : 0];
            for (int k = 0; k < values.Length; k++) p[k].Value = values[k];
            if (insertEvent.ExecuteNonQuery() == 0) continue;
            pendingPair.Value = pair;
            pending.ExecuteNonQuery();
            foreach (var side in new[] { e.Source, e.Target })
            {
                if (side.Country.Length == 0) continue;
                (a[0].Value, a[1].Value, a[2].Value) = (side.Country, side.Role, side.Name);
                actor.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Whether an event is told in the headline or the first sentence of the article (after a title line).</summary>
    private static bool IsLead(CodedDocument document, EventRecord e)
    {
        if (e.SentenceKind == SentenceKinds.Headline) return true;
        var sentences = document.Analysis.Sentences;
        var index = Array.FindIndex(sentences, s => e.Evidence.Start >= s.Start && e.Evidence.Start < s.End);
        var titled = !string.IsNullOrWhiteSpace(document.Source.Title) && sentences.Length > 0
                     && document.Source.Text[sentences[0].Start..sentences[0].End].Trim() == document.Source.Title.Trim();
        return index == 0 || (titled && index == 1);
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
        using var command = Command("SELECT record FROM mentions WHERE doc_id = $doc ORDER BY rowid", ("$doc", documentId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return JsonSerializer.Deserialize(reader.GetString(0), EventJsonContext.Default.EventRecord)!;
    }

    public string? DocumentText(string documentId)
    {
        using var command = Command("SELECT text FROM documents WHERE id = $id", ("$id", documentId));
        return command.ExecuteScalar() as string;
    }

    public StoreCounts Counts()
    {
        long Count(string table)
        {
            using var command = Command($"SELECT COUNT(*) FROM {table}");
            return (long)command.ExecuteScalar()!;
        }
        return new StoreCounts(Count("documents"), Count("sentences"), Count("mentions"), Count("events"), Count("refused"));
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

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql);
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try
        {
            ReleaseClaims();
        }
        catch (SqliteException)
        {
            // A claim left behind does not block: its owner is seen to be gone once this process ends.
        }
        _connection.Dispose();
    }
}
