using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage;

/// <summary>
/// Claims: concurrent runs on one database code each document once. A run claims a document in a short write
/// transaction before coding it; storing the document ends the claim in the storing transaction, so a document is
/// always either stored, claimed or free. A claim whose owner died (<see cref="ClaimOwner.HoldsClaim"/>) is free.
/// </summary>
public sealed partial class SqliteEventStore
{
    private const string ClaimSchema = """
        CREATE TABLE IF NOT EXISTS claims (
            doc_id TEXT PRIMARY KEY, owner TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, started INTEGER NOT NULL,
            claimed_at TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS claims_owner ON claims(owner);
        """;

    private readonly ClaimOwner _owner = ClaimOwner.ForNewStore();

    public DocumentClaim Claim(string documentId)
    {
        // Read first without the write lock: most documents are met stored, or claimed by a run still coding them.
        if (Contains(documentId)) return DocumentClaim.Stored;
        if (HeldElsewhere(documentId, null)) return DocumentClaim.ClaimedElsewhere;
        using var transaction = _connection.BeginTransaction();
        using (var stored = Command("SELECT 1 FROM documents WHERE id = $id", ("$id", documentId)))
        {
            stored.Transaction = transaction;
            if (stored.ExecuteScalar() is not null) return DocumentClaim.Stored;
        }
        if (HeldElsewhere(documentId, transaction)) return DocumentClaim.ClaimedElsewhere;
        using (var claim = Command("""
            INSERT OR REPLACE INTO claims (doc_id, owner, host, pid, started, claimed_at) VALUES ($id, $owner, $host, $pid, $started, $at)
            """, ("$id", documentId), ("$owner", _owner.Token), ("$host", _owner.Host), ("$pid", _owner.Pid), ("$started", _owner.Started),
            ("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture))))
        {
            claim.Transaction = transaction;
            claim.ExecuteNonQuery();
        }
        transaction.Commit();
        return DocumentClaim.Claimed;
    }

    /// <summary>Whether another owner that is still alive holds the document's claim.</summary>
    private bool HeldElsewhere(string documentId, SqliteTransaction? transaction)
    {
        using var command = Command("SELECT owner, host, pid, started, claimed_at FROM claims WHERE doc_id = $id", ("$id", documentId));
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return false;
        var holder = new ClaimOwner(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3));
        var at = DateTime.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return holder.Token != _owner.Token && holder.HoldsClaim(at, _owner);
    }

    /// <summary>Ends a document's claim inside the transaction that stores it: whoever held it, the document is stored now.</summary>
    private void EndClaim(string documentId, SqliteTransaction transaction)
    {
        using var command = Command("DELETE FROM claims WHERE doc_id = $id", ("$id", documentId));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public void ReleaseClaims()
    {
        using var command = Command("DELETE FROM claims WHERE owner = $owner", ("$owner", _owner.Token));
        command.ExecuteNonQuery();
    }
}
