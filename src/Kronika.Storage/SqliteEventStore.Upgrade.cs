using Kronika.Stories;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage;

/// <summary>Bringing the merged-event tables of an earlier version up to date in place, without merging again.</summary>
public sealed partial class SqliteEventStore
{
    /// <summary>The per-dyad period counts (events and Goldstein sums per dyad, period, quad class and modality): a series reads these, never the events.</summary>
    private const string PeriodSchema = """
        CREATE TABLE IF NOT EXISTS dyad_periods (
            dyad TEXT NOT NULL, period TEXT NOT NULL, quad_class INTEGER NOT NULL, modality TEXT NOT NULL, events INTEGER NOT NULL, goldstein_sum REAL NOT NULL,
            PRIMARY KEY (dyad, period, quad_class, modality)) WITHOUT ROWID;
        """;

    /// <summary>
    /// Events stored before they carried their PLOVER type and mode get those of the report they were written from
    /// (kept in its mention's record); period counts kept before they were split by modality are counted again from
    /// the events. Imported events, which have no mentions, keep what they have. One transaction, checked again inside
    /// it: a run killed halfway, or two runs opening the database at once, leave it upgraded once or not at all.
    /// </summary>
    private void UpgradeEvents()
    {
        bool Outdated(SqliteTransaction? t) => !Columns("events", t).Contains("plover_type") || !Columns("dyad_periods", t).Contains("modality");
        if (!Outdated(null)) return;
        using var transaction = _connection.BeginTransaction();
        if (!Outdated(transaction)) return;
        var plover = AddMissingColumns("events", transaction, ("plover_type", "TEXT NOT NULL DEFAULT ''"), ("plover_mode", "TEXT NOT NULL DEFAULT ''"));
        if (plover.Count > 0)
            Execute("""
                UPDATE events SET
                  plover_type = COALESCE((SELECT json_extract(m.record, '$.plover_type') FROM mentions m WHERE m.event_id = events.id AND m.cameo = events.cameo ORDER BY m.rowid LIMIT 1), ''),
                  plover_mode = COALESCE((SELECT json_extract(m.record, '$.plover_mode') FROM mentions m WHERE m.event_id = events.id AND m.cameo = events.cameo ORDER BY m.rowid LIMIT 1), '');
                """, transaction);
        if (!Columns("dyad_periods", transaction).Contains("modality"))
        {
            Execute("DROP TABLE dyad_periods;" + PeriodSchema, transaction);
            var cells = new Dictionary<(string Dyad, string Period, int Quad, string Modality), (long Events, double Sum)>();
            using (var select = Command("SELECT dyad, date, quad_class, goldstein, modality FROM events"))
            {
                select.Transaction = transaction;
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    if (EventDates.Parse(reader.GetString(1)) is not { } when || reader.GetInt32(2) is < 1 or > 4) continue;
                    var modality = reader.GetString(4);
                    var key = (reader.GetString(0), EventDates.Label(DyadSeries.Cell(when)), reader.GetInt32(2), modality.Length == 0 ? ModalityFilter.Asserted : modality);
                    var cell = cells.GetValueOrDefault(key);
                    cells[key] = (cell.Events + 1, cell.Sum + reader.GetDouble(3));
                }
            }
            AddPeriods(cells, transaction);
        }
        transaction.Commit();
    }
}
