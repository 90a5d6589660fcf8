using System.Collections.Concurrent;
using System.Diagnostics;
using Kronika.Documents;
using Kronika.Events;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage.Tests;

/// <summary>Claims: two stores on one database (two runs) code each document once, and a dead run's claims do not hold.</summary>
public sealed class ClaimTests : IDisposable
{
    private static readonly Pipeline Pipeline = Pipeline.LoadDefault();
    private readonly string _db = Path.Combine(Path.GetTempPath(), "kronika-claims-" + Guid.NewGuid().ToString("N") + ".db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(_db + suffix)) File.Delete(_db + suffix);
    }

    private static readonly string[] Countries = ["Turkey", "Greece", "Chile", "Peru", "Japan", "China", "India", "Pakistan", "Egypt", "Israel", "Iran", "Iraq"];
    private static readonly string[] Acts = ["accused {0} of violating its airspace", "held talks with {0} on trade", "expelled the ambassador of {0}", "condemned {0} over the border clashes"];

    /// <summary>Distinct short articles, each coded once here: what the threads then claim and store.</summary>
    private static List<CodedDocument> Articles(int count) => Enumerable.Range(0, count).Select(k =>
    {
        var sentences = Enumerable.Range(0, 3).Select(j =>
        {
            var (a, b) = (Countries[(k + j) % Countries.Length], Countries[(k * 5 + j * 7 + 1) % Countries.Length]);
            if (a == b) b = Countries[(Array.IndexOf(Countries, b) + 1) % Countries.Length];
            return $"{a} on Monday {string.Format(Acts[(k + j) % Acts.Length], b)}.";
        });
        return Pipeline.Process(new SourceDocument($"{k:D3}.txt", $"Report {k}.\n" + string.Join(" ", sentences), metadataDate: PartialDate.OfDay(2014, 3, 18)));
    }).ToList();

    [Fact]
    public void Two_stores_coding_the_same_documents_at_once_code_and_store_each_once()
    {
        var articles = Articles(40);
        Assert.Equal(40, articles.Select(a => a.Source.Id).Distinct().Count());
        new SqliteEventStore(_db).Dispose();
        var coded = new ConcurrentBag<(int Run, string Doc)>();
        var storedBy = new int[2];
        var start = new Barrier(2);

        void Run(int run)
        {
            using var store = new SqliteEventStore(_db);
            var waiting = new Queue<CodedDocument>();
            start.SignalAndWait();
            void Take(CodedDocument document, DocumentClaim claim)
            {
                if (claim == DocumentClaim.ClaimedElsewhere) { waiting.Enqueue(document); return; }
                if (claim != DocumentClaim.Claimed) return;
                coded.Add((run, document.Source.Id));
                Thread.Sleep(10); // the time coding takes, so that the other run meets the claim
                if (store.Store(document)) storedBy[run]++;
            }
            foreach (var document in articles) Take(document, store.Claim(document.Source.Id));
            while (waiting.TryDequeue(out var document)) Take(document, store.AwaitClaim(document.Source.Id));
        }

        var threads = new[] { new Thread(() => Run(0)), new Thread(() => Run(1)) };
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();

        var codedTwice = coded.GroupBy(c => c.Doc).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(codedTwice);
        Assert.Equal(articles.Select(a => a.Source.Id).Order(), coded.Select(c => c.Doc).Order());
        Assert.All(storedBy, n => Assert.True(n > 0, $"one run stored nothing ({storedBy[0]} and {storedBy[1]}): no race was run"));
        Assert.Equal(articles.Count, storedBy.Sum());

        using var check = new SqliteEventStore(_db);
        var counts = check.Counts();
        Assert.Equal(articles.Count, counts.Documents);
        Assert.Equal(articles.Sum(a => a.Events.Count), counts.Mentions);
        foreach (var a in articles)
            Assert.Equal(a.Events.Select(e => e.Id).Order(), check.EventsOf(a.Source.Id).Select(e => e.Id).Order());
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM claims"));
    }

    [Fact]
    public void A_claim_holds_while_its_store_is_open_and_ends_when_it_is_disposed_or_stores_the_document()
    {
        var (first, second) = (Articles(2)[0], Articles(2)[1]);
        using var other = new SqliteEventStore(_db);
        using (var run = new SqliteEventStore(_db))
        {
            Assert.Equal(DocumentClaim.Claimed, run.Claim(first.Source.Id));
            Assert.Equal(DocumentClaim.Claimed, run.Claim(first.Source.Id)); // its own claim
            Assert.Equal(DocumentClaim.Claimed, run.Claim(second.Source.Id));
            Assert.Equal(DocumentClaim.ClaimedElsewhere, other.Claim(first.Source.Id));
            Assert.True(run.Store(first));
            Assert.Equal(DocumentClaim.Stored, other.Claim(first.Source.Id));
            Assert.Equal(DocumentClaim.ClaimedElsewhere, other.Claim(second.Source.Id));
        }
        // Disposed without storing the second (its coding failed): the claim is released.
        Assert.Equal(DocumentClaim.Claimed, other.Claim(second.Source.Id));
        Assert.False(other.Store(first));
        Assert.True(other.Store(second));
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM claims"));
    }

    [Fact]
    public void Claims_of_a_dead_process_a_reused_process_id_or_an_expired_claim_do_not_hold()
    {
        using var store = new SqliteEventStore(_db);
        var host = Environment.MachineName;
        using var self = Process.GetCurrentProcess();
        var selfStart = new DateTimeOffset(self.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();
        var now = DateTime.UtcNow.ToString("O");
        // A live claim of another store of this process, a killed run's, one whose id now names another process, one held
        // too long, and one of another host (alive: its processes cannot be seen).
        Claim("live", "other-store", host, self.Id, selfStart, now);
        Claim("dead", "killed-run", host, ended.Id, selfStart, now);
        Claim("reused", "old-run", host, self.Id, selfStart - 3_600_000, now);
        Claim("stale", "hung-run", host, self.Id, selfStart, DateTime.UtcNow.AddMinutes(-11).ToString("O"));
        Claim("remote", "remote-run", "another-host", 1, 0, now);

        Assert.Equal(DocumentClaim.ClaimedElsewhere, store.Claim("live"));
        Assert.Equal(DocumentClaim.Claimed, store.Claim("dead"));
        Assert.Equal(DocumentClaim.Claimed, store.Claim("reused"));
        Assert.Equal(DocumentClaim.Claimed, store.Claim("stale"));
        Assert.Equal(DocumentClaim.ClaimedElsewhere, store.Claim("remote"));
    }

    private void Claim(string doc, string owner, string host, int pid, long started, string at)
    {
        using var connection = new SqliteConnection($"Data Source={_db};Pooling=False");
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO claims (doc_id, owner, host, pid, started, claimed_at) VALUES ($d, $o, $h, $p, $s, $a)";
        foreach (var (name, value) in new (string, object)[] { ("$d", doc), ("$o", owner), ("$h", host), ("$p", pid), ("$s", started), ("$a", at) })
            insert.Parameters.AddWithValue(name, value);
        insert.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
