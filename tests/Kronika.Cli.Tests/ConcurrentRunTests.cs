using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Kronika.Cli.Tests;

/// <summary>
/// `kronika run` as separate processes on one database: two at once code each document once and their summaries add
/// up; a run killed with SIGKILL leaves nothing a rerun cannot finish into the database a clean run gives.
/// </summary>
[Collection("cli")]
public sealed partial class ConcurrentRunTests : IDisposable
{
    private const int Articles = 150;
    private readonly string _work = Path.Combine(Path.GetTempPath(), "kronika-concurrent-" + Guid.NewGuid().ToString("N"));

    public ConcurrentRunTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// Distinct articles made of the samples' lines: each eight lines drawn at random (seeded), so that no two are
    /// near-duplicates and every one is coded (a copy of one text would be a syndicated copy, linked in storing order).
    /// </summary>
    private string Corpus()
    {
        var lines = Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines).Where(l => l.Length > 60).ToArray();
        var folder = Path.Combine(_work, "in");
        Directory.CreateDirectory(folder);
        var random = new Random(14);
        for (int k = 0; k < Articles; k++)
            File.WriteAllLines(Path.Combine(folder, $"{k:D3}.txt"), Enumerable.Range(0, 8).Select(_ => lines[random.Next(lines.Length)]));
        return folder;
    }

    /// <summary>A run in a process of its own (the summary's console is bound once per process, so in-process runs cannot each be read).</summary>
    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kronika.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["KRONIKA_DATA"] = Path.Combine(RepoPaths.Root, "data");
        return Process.Start(start)!;
    }

    private static (int Exit, string Out, string Error) Finish(Process process)
    {
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(4)), "a run did not finish in four minutes");
        return (process.ExitCode, output.Result, error.Result);
    }

    private static int Summary(string output, string row)
    {
        var m = Regex.Match(output, Regex.Escape(row) + @"\W+(\d+)");
        Assert.True(m.Success, $"no \"{row}\" in the summary:\n{output}");
        return int.Parse(m.Groups[1].Value);
    }

    [Fact]
    public void Two_runs_at_once_on_one_database_code_each_document_once_and_their_summaries_add_up()
    {
        var corpus = Corpus();
        var db = Path.Combine(_work, "shared.db");
        var runs = new[] { "a", "b" }.Select(name => Start("run", corpus, "--db", db, "--out", Path.Combine(_work, name))).ToList();
        var results = runs.Select(Finish).ToList();
        foreach (var r in results) Assert.True(r.Exit == ExitCodes.Success, $"a run exited {r.Exit}: {r.Error}");

        var stored = results.Select(r => Summary(r.Out, "documents coded and stored")).ToList();
        Assert.All(stored, n => Assert.True(n > 0, $"one run stored nothing ({stored[0]} and {stored[1]}): the runs did not overlap"));
        Assert.Equal(Articles, stored.Sum());
        Assert.Equal(results.Select(r => Summary(r.Out, "documents already stored (skipped)")), stored.Select(n => Articles - n));
        Assert.Equal(Articles, Scalar(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM fingerprints WHERE duplicate_of IS NOT NULL"));

        // What one run alone stores and writes: the same documents, mentions and events, each once.
        var clean = Path.Combine(_work, "clean.db");
        var (exit, alone, error) = Finish(Start("run", corpus, "--db", clean, "--out", Path.Combine(_work, "clean")));
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal(Summary(alone, "events"), results.Sum(r => Summary(r.Out, "events")));
        Assert.Equal(Summary(alone, "sentences"), results.Sum(r => Summary(r.Out, "sentences")));
        Assert.Equal(Content(clean), Content(db));
        var lines = File.ReadAllLines(Path.Combine(_work, "clean", "events.jsonl")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(lines.Count, lines.Distinct().Count());
        foreach (var name in new[] { "a", "b" })
            Assert.Equal(lines, File.ReadAllLines(Path.Combine(_work, name, "events.jsonl")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rerun_after_a_run_killed_with_sigkill_gives_the_database_of_a_clean_run()
    {
        var corpus = Corpus();
        var db = Path.Combine(_work, "killed.db");
        var run = Start("run", corpus, "--db", db, "--out", Path.Combine(_work, "killed"));
        _ = run.StandardOutput.ReadToEndAsync();
        _ = run.StandardError.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        while (!run.HasExited && (!File.Exists(db) || Scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'") == 0 || Scalar(db, "SELECT COUNT(*) FROM documents") < 20))
        {
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), "the run stored nothing in three minutes");
            Thread.Sleep(20);
        }
        Assert.False(run.HasExited, "the run finished before it could be killed");
        run.Kill(); // SIGKILL: no clean-up runs, claims stay behind
        run.WaitForExit();
        var storedBefore = Scalar(db, "SELECT COUNT(*) FROM documents");
        Assert.InRange(storedBefore, 20, Articles - 1);

        var (exit, output, error) = Finish(Start("run", corpus, "--db", db, "--out", Path.Combine(_work, "rerun")));
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal(Articles - storedBefore, Summary(output, "documents coded and stored"));
        var clean = Path.Combine(_work, "clean.db");
        Assert.Equal(ExitCodes.Success, Finish(Start("run", corpus, "--db", clean, "--out", Path.Combine(_work, "clean"))).Exit);
        Assert.Equal(Content(clean), Content(db));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM claims"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM pending_pairs"));
    }

    private static int Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db}; Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar());
    }

    /// <summary>Every table's rows as text, in a fixed order, without the times of storing (which differ from run to run).</summary>
    private static List<string> Content(string db)
    {
        var queries = new[]
        {
            "SELECT id, name, title, pubdate, text FROM documents ORDER BY id",
            "SELECT doc_id, idx, start, \"end\" FROM sentences ORDER BY doc_id, idx",
            "SELECT id, doc_id, record, pair, lead, event_id FROM mentions ORDER BY id",
            "SELECT id, dyad, cameo, date, date_basis, modality, num_mentions, num_articles, sources, evidence, doc, lead FROM events ORDER BY id",
            "SELECT * FROM dyad_periods ORDER BY 1, 2, 3, 4",
            "SELECT * FROM actors ORDER BY 1, 2, 3",
            "SELECT doc_id, fingerprint, duplicate_of FROM fingerprints ORDER BY doc_id",
        };
        using var connection = new SqliteConnection($"Data Source={db}; Pooling=False");
        connection.Open();
        var rows = new List<string>();
        foreach (var sql in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }
}
