using System.Globalization;
using System.Text.Json;
using Kronika.Documents;
using Kronika.Events;
using Kronika.Stories;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage;

/// <summary>Merged events: merging stored mentions, timeline queries, dyad series and bulk import.</summary>
public sealed partial class SqliteEventStore
{
    /// <summary>Separates the outlets in the events table's sources column.</summary>
    private const char SourceSeparator = '\u001F';

    private const string EventColumns = """
        id, dyad, source_country, source_role, source_name, source_text, target_country, target_role, target_name, target_text,
        symmetric, cameo, root, quad_class, goldstein, date, date_basis, date_start, date_end, precision, historical, modality,
        num_mentions, num_articles, sources, first_reported, last_reported, evidence, evidence_start, evidence_end, doc, url, lead, added,
        plover_type, plover_mode
        """;

    public int UpdateEvents()
    {
        var pairs = new List<string>();
        using (var select = Command("SELECT pair FROM pending_pairs ORDER BY pair"))
        using (var reader = select.ExecuteReader())
            while (reader.Read()) pairs.Add(reader.GetString(0));
        foreach (var pair in pairs)
        {
            using var transaction = _connection.BeginTransaction();
            var mentions = MentionsOfPair(pair, transaction);
            var events = EventMerger.Merge(mentions);
            Execute(pair, "DELETE FROM events WHERE dyad = $pair; DELETE FROM dyad_periods WHERE dyad = $pair; UPDATE mentions SET event_id = 0 WHERE pair = $pair;", transaction);
            Insert(events, transaction);
            using (var link = Command("UPDATE mentions SET event_id = $event WHERE id = $id"))
            {
                link.Transaction = transaction;
                var p = Parameters(link, "$event", "$id");
                foreach (var e in events)
                    foreach (var m in e.Mentions)
                    {
                        (p[0].Value, p[1].Value) = (e.Id, m.Event.Id);
                        link.ExecuteNonQuery();
                    }
            }
            Execute(pair, "DELETE FROM pending_pairs WHERE pair = $pair", transaction);
            transaction.Commit();
        }
        return pairs.Count;
    }

    private void Execute(string pair, string sql, SqliteTransaction transaction)
    {
        using var command = Command(sql, ("$pair", pair));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>A pair's mentions with what their documents tell (near-duplicate copies left out: a syndicated copy is no second report).</summary>
    private List<EventMention> MentionsOfPair(string pair, SqliteTransaction transaction)
    {
        using var command = Command($"{MentionQuery} WHERE m.pair = $pair AND f.duplicate_of IS NULL", ("$pair", pair));
        command.Transaction = transaction;
        return ReadMentions(command).ToList();
    }

    private const string MentionQuery = """
        SELECT m.record, m.lead, d.pubdate, d.site, d.url, d.name, d.stored_at FROM mentions m
        JOIN documents d ON d.id = m.doc_id LEFT JOIN fingerprints f ON f.doc_id = m.doc_id
        """;

    private static IEnumerable<EventMention> ReadMentions(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var record = JsonSerializer.Deserialize(reader.GetString(0), EventJsonContext.Default.EventRecord)!;
            var reported = !reader.IsDBNull(2) && PartialDate.TryParseIso(reader.GetString(2), out var r) ? r : (PartialDate?)null;
            var url = reader.IsDBNull(4) ? "" : reader.GetString(4);
            yield return new EventMention(record, reported, EventMention.SourceOf(reader.IsDBNull(3) ? null : reader.GetString(3), url, reader.GetString(5)), url,
                !reader.IsDBNull(1) && reader.GetInt64(1) != 0)
            {
                Stored = DateTime.Parse(reader.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            };
        }
    }

    public void Import(IEnumerable<StoryEvent> events)
    {
        using var transaction = _connection.BeginTransaction();
        Insert(events, transaction);
        transaction.Commit();
    }

    /// <summary>Inserts events (replacing any of the same id) and adds them to the per-dyad period counts.</summary>
    private void Insert(IEnumerable<StoryEvent> events, SqliteTransaction transaction)
    {
        var names = EventColumns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        using var insert = Command($"INSERT OR REPLACE INTO events ({EventColumns}) VALUES ({string.Join(", ", names.Select(n => "$" + n))})");
        insert.Transaction = transaction;
        var p = Parameters(insert, names.Select(n => "$" + n).ToArray());
        var cells = new Dictionary<(string Dyad, string Period, int Quad, string Modality), (long Events, double Sum)>();
        foreach (var e in events)
        {
            var when = e.When;
            var (start, end) = when is { } w ? (EventDates.Iso(w.First), EventDates.Iso(w.Last)) : ("", "");
            object[] values =
            [
                e.Id, e.DyadKey, e.Source.Country, e.Source.Role, e.Source.Name, e.Source.Text, e.Target.Country, e.Target.Role, e.Target.Name, e.Target.Text,
                e.Symmetric ? 1 : 0, e.Cameo, e.Root, e.QuadClass, e.Goldstein, e.Date, e.DateBasis, start, end, when is { } pw ? (int)pw.Precision : -1,
                e.Historical ? 1 : 0, e.Modality, e.NumMentions, e.NumArticles, string.Join(SourceSeparator, e.Sources), e.FirstReported, e.LastReported,
                e.Evidence.Text, e.Evidence.Start, e.Evidence.End, e.Doc, e.Url, e.Lead ? 1 : 0, (long)Math.Floor((e.Added.ToUniversalTime() - DateTime.UnixEpoch).TotalSeconds),
                e.PloverType, e.PloverMode,
            ];
            for (int k = 0; k < values.Length; k++) p[k].Value = values[k];
            insert.ExecuteNonQuery();
            if (when is null || e.QuadClass is < 1 or > 4) continue;
            var key = (e.DyadKey, EventDates.Label(DyadSeries.Cell(when.Value)), e.QuadClass, e.Modality.Length == 0 ? ModalityFilter.Asserted : e.Modality);
            var cell = cells.GetValueOrDefault(key);
            cells[key] = (cell.Events + 1, cell.Sum + e.Goldstein);
        }
        AddPeriods(cells, transaction);
    }

    /// <summary>Adds events and Goldstein sums to the per-dyad period counts.</summary>
    private void AddPeriods(Dictionary<(string Dyad, string Period, int Quad, string Modality), (long Events, double Sum)> cells, SqliteTransaction transaction)
    {
        using var upsert = Command("""
            INSERT INTO dyad_periods (dyad, period, quad_class, modality, events, goldstein_sum) VALUES ($dyad, $period, $quad, $modality, $events, $sum)
            ON CONFLICT (dyad, period, quad_class, modality) DO UPDATE SET events = events + excluded.events, goldstein_sum = goldstein_sum + excluded.goldstein_sum
            """);
        upsert.Transaction = transaction;
        var u = Parameters(upsert, "$dyad", "$period", "$quad", "$modality", "$events", "$sum");
        foreach (var ((dyad, period, quad, modality), (count, sum)) in cells)
        {
            (u[0].Value, u[1].Value, u[2].Value, u[3].Value, u[4].Value, u[5].Value) = (dyad, period, quad, modality, count, sum);
            upsert.ExecuteNonQuery();
        }
    }

    public IEnumerable<StoryEvent> Events(TimelineQuery query, bool withMentions = false)
    {
        var (where, parameters) = Filter(query);
        // Dated events in date order by the index, then (without date bounds) the undated ones.
        // No date spans more than ten years (a decade), so none that starts earlier can reach the window.
        var sql = $"SELECT {EventColumns} FROM events WHERE {where} AND date_start <= $to AND date_end >= $from AND date_start >= $earliest ORDER BY date_start, precision, id";
        foreach (var e in ReadEvents(sql, parameters, withMentions)) yield return e;
        if (query.Dated) yield break;
        foreach (var e in ReadEvents($"SELECT {EventColumns} FROM events WHERE {where} AND date_start = '' ORDER BY id", parameters, withMentions)) yield return e;

        (string, (string, object?)[]) Filter(TimelineQuery q)
        {
            var clauses = new List<string> { "1 = 1" };
            var values = new List<(string, object?)> { ("$from", q.FromDay), ("$to", q.ToDay), ("$earliest", q.Dated ? q.EarliestStart : "") };
            if (q.Dyad is { } dyad)
            {
                clauses.Add("dyad = $dyad");
                values.Add(("$dyad", dyad.Key));
            }
            if (q.Actor is { } actor)
            {
                clauses.Add(q.Dyad is null ? "(source_country = $actor OR target_country = $actor)" : "(+source_country = $actor OR +target_country = $actor)");
                values.Add(("$actor", actor));
            }
            if (q.Modalities is { IsAll: false } modalities)
            {
                // An event without a modality (imported) counts as asserted, as ModalityFilter.Includes has it.
                var names = modalities.Included.Select((m, i) => ($"$modality{i}", (object?)m)).ToList();
                clauses.Add($"(CASE modality WHEN '' THEN '{ModalityFilter.Asserted}' ELSE modality END) IN ({string.Join(", ", names.Select(n => n.Item1))})");
                values.AddRange(names);
            }
            return (string.Join(" AND ", clauses), values.ToArray());
        }
    }

    private IEnumerable<StoryEvent> ReadEvents(string sql, (string, object?)[] parameters, bool withMentions)
    {
        using var command = Command(sql, parameters);
        using var mentions = withMentions ? Command($"{MentionQuery} WHERE m.event_id = $event ORDER BY m.rowid") : null;
        var eventId = mentions is null ? null : Parameters(mentions, "$event")[0];
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var e = ReadEvent(reader);
            if (mentions is not null)
            {
                eventId!.Value = e.Id;
                e = e with { Mentions = ReadMentions(mentions).ToList() };
            }
            yield return e;
        }
    }

    private static StoryEvent ReadEvent(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Source = new EventActor(r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)),
        Target = new EventActor(r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9)),
        Symmetric = r.GetInt64(10) != 0,
        Cameo = r.GetString(11),
        Root = r.GetString(12),
        QuadClass = r.GetInt32(13),
        Goldstein = r.GetDouble(14),
        Date = r.GetString(15),
        DateBasis = r.GetString(16),
        Historical = r.GetInt64(20) != 0,
        Modality = r.GetString(21),
        NumMentions = r.GetInt32(22),
        NumArticles = r.GetInt32(23),
        Sources = r.GetString(24).Split(SourceSeparator, StringSplitOptions.RemoveEmptyEntries),
        FirstReported = r.GetString(25),
        LastReported = r.GetString(26),
        Evidence = new Evidence(r.GetString(27), r.GetInt32(28), r.GetInt32(29)),
        Doc = r.GetString(30),
        Url = r.GetString(31),
        Lead = r.GetInt64(32) != 0,
        // Seconds since 1970 (UTC): read a hundred times faster than ISO text.
        Added = DateTime.UnixEpoch.AddSeconds(r.GetInt64(33)),
        PloverType = r.GetString(34),
        PloverMode = r.GetString(35),
    };

    public bool HasActor(string countryCode)
    {
        using var command = Command("SELECT 1 WHERE EXISTS (SELECT 1 FROM events WHERE source_country = $c) OR EXISTS (SELECT 1 FROM events WHERE target_country = $c)",
            ("$c", countryCode));
        return command.ExecuteScalar() is not null;
    }

    public IReadOnlyList<SeriesRow> Series(Dyad? dyad, SeriesPeriod by, ModalityFilter? modalities = null)
    {
        using var command = dyad is null
            ? Command("SELECT period, quad_class, modality, SUM(events), SUM(goldstein_sum) FROM dyad_periods GROUP BY period, quad_class, modality")
            : Command("SELECT period, quad_class, modality, events, goldstein_sum FROM dyad_periods WHERE dyad = $dyad", ("$dyad", dyad.Key));
        var cells = new List<PeriodCount>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                if (EventDates.Parse(reader.GetString(0)) is { } period)
                    cells.Add(new PeriodCount(period, reader.GetInt32(1), reader.GetInt64(3), reader.GetDouble(4), reader.GetString(2)));
        return DyadSeries.Build(cells, by, modalities);
    }
}
