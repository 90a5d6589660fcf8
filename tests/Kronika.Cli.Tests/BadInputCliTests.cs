using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Kronika.Storage;
using Xunit.Abstractions;

namespace Kronika.Cli.Tests;

/// <summary>
/// No input ends a run: devices, FIFOs, link loops, records and standard input over the limit, folders and files the
/// user may not read. Each is one line naming it, counted and stored once; the rest is coded; the exit code is 3.
/// </summary>
[Collection("cli")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class BadInputCliTests(ITestOutputHelper log) : IDisposable
{
    private const string English = "Turkey on Monday accused Greece of violating its airspace.";
    private readonly string _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kronika-bad-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static StoreCounts Counts(string db)
    {
        using var store = new SqliteEventStore(db);
        return store.Counts();
    }

    private static (int Exit, string Out, string Error) RunWithin(int seconds, params string[] args)
    {
        var run = Task.Run(() => CliOutput.Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(seconds)), $"kronika {string.Join(' ', args)} did not end within {seconds} s");
        return run.Result;
    }

    [Fact]
    public void Devices_fifos_link_loops_and_oversized_records_are_each_one_line_and_a_rerun_is_a_no_op()
    {
        var input = Directory.CreateDirectory(Path.Combine(_work, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "good.txt"), English);
        File.CreateSymbolicLink(Path.Combine(input, "zero.txt"), "/dev/zero");
        Process.Start("mkfifo", [Path.Combine(input, "pipe.txt")])!.WaitForExit();
        Directory.CreateDirectory(Path.Combine(input, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(input, "sub", "up"), "..");
        using (var gzip = new GZipStream(File.Create(Path.Combine(input, "feed.jsonl.gz")), CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(
                "{\"text\": \"Japan protested to China on Tuesday.\"}\n" +
                $"{{\"text\": \"{new string('a', 300_000)}\"}}\n" +
                "{\"text\": \"Kenya recalled its ambassador from Uganda.\", \"date\": \"2008-13-45\"}\n"));
        var (db, outDir) = (Path.Combine(_work, "k.db"), Path.Combine(_work, "out"));
        string[] args = ["run", input, "--db", db, "--out", outDir, "--max-bytes", "100000"];

        var first = RunWithin(120, args);
        Assert.Equal(ExitCodes.SomeInputsRefused, first.Exit);
        string[] lines =
        [
            $"refused {input}/zero.txt: not a regular file (character device)",
            $"refused {input}/pipe.txt: not a regular file (FIFO)",
            $"refused {input}/sub/up: symbolic link loop: it points to .., a folder that holds it; not followed",
            $"refused {input}/feed.jsonl.gz:2: record too large (300,012 bytes; the limit is 100,000); it is skipped",
            $"warning {input}/feed.jsonl.gz:3: bad date \"2008-13-45\" in \"date\" (no month 13); the record is read without a date",
        ];
        var errorLines = first.Error.Split('\n').Select(l => l.TrimEnd()).ToList();
        foreach (var line in lines)
            Assert.True(errorLines.Count(l => l == line) == 1, $"expected once: {line}\nin:\n{first.Error}");
        var counts = Counts(db);
        Assert.Equal((3, 4), (counts.Documents, counts.Refused));

        var second = RunWithin(120, args);
        Assert.Equal(ExitCodes.SomeInputsRefused, second.Exit);
        Assert.Equal(counts, Counts(db));
    }

    [Fact]
    public void Standard_input_over_the_limit_is_refused_without_being_read_to_its_end()
    {
        var (db, outDir) = (Path.Combine(_work, "k.db"), Path.Combine(_work, "out"));
        long written = 0;
        var run = KronikaProcess.Run(["run", "-", "--db", db, "--out", outDir, "--max-bytes", "100000"], stdin =>
        {
            // 256 MB of text: kronika must stop reading at its limit, not hold it all (it once died at 4.4 GB).
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(English + " ", 1000)));
            for (; written < 256L * 1024 * 1024; written += chunk.Length) stdin.Write(chunk);
        });
        Assert.Equal(ExitCodes.SomeInputsRefused, run.Exit);
        Assert.Contains("refused stdin: standard input too large (more than the limit of 100,000 bytes)", run.Error);
        Assert.True(written < 256L * 1024 * 1024, "all of standard input was read");
    }

    [Fact]
    public void A_folder_and_a_file_the_user_may_not_read_are_refused_and_the_run_goes_on()
    {
        if (!KronikaProcess.CanRunAsAnotherUser())
        {
            // Root reads a chmod 000 folder; the reader's tests deny one through its listing (SpecialFileTests).
            log.WriteLine("skipped: running as root and no user without root's rights can run the build (setpriv, or the checkout under /root)");
            return;
        }
        var input = Directory.CreateDirectory(Path.Combine(_work, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "good.txt"), English);
        var locked = Directory.CreateDirectory(Path.Combine(input, "locked")).FullName;
        File.WriteAllText(Path.Combine(locked, "secret.txt"), "Japan protested to China on Tuesday.");
        var unreadable = Path.Combine(input, "unreadable.txt");
        File.WriteAllText(unreadable, "Kenya recalled its ambassador from Uganda.");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        File.SetUnixFileMode(unreadable, UnixFileMode.None);
        // The database and events are written by that user.
        File.SetUnixFileMode(_work, (UnixFileMode)0b111_111_111);
        var (db, outDir) = (Path.Combine(_work, "k.db"), Path.Combine(_work, "out"));

        (int Exit, string Out, string Error) run;
        try
        {
            run = KronikaProcess.Run(["run", input, "--db", db, "--out", outDir], notRoot: true);
        }
        finally
        {
            // So that the folder can be deleted by a user who is not root.
            File.SetUnixFileMode(locked, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(unreadable, (UnixFileMode)0b110_100_100);
        }
        Assert.True(run.Exit == ExitCodes.SomeInputsRefused, $"exit {run.Exit}: {run.Error}");
        Assert.Contains($"refused {locked}: cannot list the folder (permission denied); its files are skipped", run.Error);
        Assert.Contains($"refused {unreadable}: cannot read: permission denied", run.Error);
        var counts = Counts(db);
        Assert.Equal((1, 2), (counts.Documents, counts.Refused));
    }
}
