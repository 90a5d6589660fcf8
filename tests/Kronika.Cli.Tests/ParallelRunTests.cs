using Microsoft.Data.Sqlite;

namespace Kronika.Cli.Tests;

/// <summary>`kronika run --threads N` codes on N threads and stores exactly what a one-thread run stores, in the same order.</summary>
[Collection("cli")]
public sealed class ParallelRunTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "kronika-threads-" + Guid.NewGuid().ToString("N"));

    public ParallelRunTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Three_threads_store_and_write_what_one_thread_does()
    {
        // The samples twice over under other names (copies of one text are stored and linked, not counted twice), plus
        // inputs the reader refuses between them, so that refusals, copies and coded documents interleave.
        var corpus = Path.Combine(_work, "corpus");
        Directory.CreateDirectory(corpus);
        int n = 0;
        foreach (var file in Directory.GetFiles(RepoPaths.Samples).Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(corpus, $"{n++:D2}-{Path.GetFileName(file)}"));
            File.WriteAllBytes(Path.Combine(corpus, $"{n++:D2}-binary.txt"), [0, 1, 2, 0xFF, 0, 0]);
            File.Copy(file, Path.Combine(corpus, $"{n++:D2}-copy-{Path.GetFileName(file)}"));
            File.WriteAllText(Path.Combine(corpus, $"{n++:D2}-empty.txt"), "");
        }

        var one = RunWith(corpus, 1);
        var three = RunWith(corpus, 3);
        Assert.True(one.Events.Length >= 10, $"only {one.Events.Length} events");
        Assert.Equal(one.Events, three.Events);
        foreach (var table in new[] { "documents", "sentences", "mentions", "events", "refused", "dyad_periods" })
            Assert.Equal(Rows(one.Db, table), Rows(three.Db, table));
        Assert.Contains("binary.txt", string.Join('\n', Rows(three.Db, "refused")));

        // A rerun on several threads stores nothing new and writes the same events.
        var rerun = RunWith(corpus, 3, three.Db);
        Assert.Equal(three.Events, rerun.Events);
        foreach (var table in new[] { "documents", "mentions", "events", "refused" })
            Assert.Equal(Rows(three.Db, table).Count, Rows(rerun.Db, table).Count);
    }

    [Fact]
    public void Zero_threads_is_a_usage_error()
    {
        var (exit, _, error) = KronikaProcess.Run(["run", RepoPaths.Samples, "--threads", "0", "--db", Path.Combine(_work, "k.db"), "--out", _work]);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--threads 0", error);
    }

    private (string[] Events, string Db) RunWith(string corpus, int threads, string? db = null)
    {
        db ??= Path.Combine(_work, $"t{threads}.db");
        var outDir = Path.Combine(_work, $"out-{threads}-{Guid.NewGuid():N}");
        int exit = KronikaCli.Run(["run", corpus, "--threads", threads.ToString(), "--db", db, "--out", outDir]);
        Assert.Equal(ExitCodes.SomeInputsRefused, exit);
        return (File.ReadAllLines(Path.Combine(outDir, "events.jsonl")), db);
    }

    /// <summary>A table's rows in storage order, without the columns that record when they were stored.</summary>
    private static List<string> Rows(string db, string table)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        // A full scan reads a table in storage order: rowid order, or key order for a table without rowids.
        command.CommandText = $"SELECT * FROM {table}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                .Where(i => reader.GetName(i) is not ("stored_at" or "added" or "first_seen"))
                .Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }
}
