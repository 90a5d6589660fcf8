using System.Diagnostics;
using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Cli.Fuzzing;

/// <summary>Which inputs a fuzz run makes (<see cref="From"/> .. From + Count of <see cref="Seed"/>), on how many workers, and when an input counts as hung.</summary>
public sealed record FuzzOptions(int Count, int Seed, int Threads, TimeSpan HangLimit, int From = 0);

/// <summary>
/// Runs mutated inputs through reading (<see cref="DocumentReader"/>, from a file of the input's kind in a temporary
/// folder) and the whole pipeline, on worker threads. Every record must come out coded or refused with a reason;
/// an exception escaping the reader, or a pipeline failure caught by the refusal net, is a crash. A watchdog flags
/// an input running past the hang limit: .NET cannot stop a thread, so its worker is abandoned (a background
/// thread) and a fresh one takes its place.
/// </summary>
public sealed class FuzzRunner(Pipeline pipeline, FuzzOptions options)
{
    private readonly DocumentReader _reader = new(new ReaderOptions { FolderMetadata = false });
    private int _next;
    private int _workers;

    /// <summary>One worker's state: the input it is on and since when; the watchdog and the worker race for its end.</summary>
    private sealed class Worker
    {
        public const int Idle = 0, Running = 1, Abandoned = 2;
        public int State;
        public int Index;
        public long Started;
        public Thread? Thread;
    }

    public FuzzReport Run(TextWriter? progress = null)
    {
        var report = new FuzzReport(options.Seed, options.Threads, options.HangLimit);
        var folder = Directory.CreateTempSubdirectory("kronika-fuzz-").FullName;
        _next = options.From - 1;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Math.Max(1, options.Threads)).Select(_ => Start(report, folder)).ToList();
        long lastProgress = 0;
        while (true)
        {
            Thread.Sleep(50);
            foreach (var worker in workers.ToList())
            {
                if (Volatile.Read(ref worker.State) != Worker.Running) continue;
                var elapsed = Stopwatch.GetElapsedTime(Volatile.Read(ref worker.Started));
                if (elapsed < options.HangLimit || Interlocked.CompareExchange(ref worker.State, Worker.Abandoned, Worker.Running) != Worker.Running) continue;
                // The input is made again from its seed and index: the worker still holds its own copy.
                report.AddHang(new FuzzFailure(FuzzInput.Make(options.Seed, worker.Index), "hang", $"still running after {elapsed.TotalSeconds:F0} s"));
                workers.Add(Start(report, folder));
            }
            if (progress is not null && watch.ElapsedMilliseconds - lastProgress >= 10_000)
            {
                lastProgress = watch.ElapsedMilliseconds;
                progress.WriteLine($"fuzz: {report.Inputs}/{options.Count} inputs, {report.Crashes} crashes, {report.Hangs} hangs, {report.Inputs / watch.Elapsed.TotalSeconds:F0} inputs/s");
            }
            if (workers.All(w => Volatile.Read(ref w.State) == Worker.Abandoned || !w.Thread!.IsAlive)) break;
        }
        report.Elapsed = watch.Elapsed;
        // An abandoned worker may still be writing in its folder; what cannot be deleted now is left to the system's temp cleaning.
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return report;
    }

    private Worker Start(FuzzReport report, string root)
    {
        var worker = new Worker();
        // A folder of its own: a worker abandoned on a hang must not share file names with its replacement.
        var folder = Directory.CreateDirectory(Path.Combine(root, $"w{Interlocked.Increment(ref _workers)}")).FullName;
        worker.Thread = new Thread(() => Work(worker, report, folder)) { IsBackground = true, Name = "kronika fuzz" };
        worker.Thread.Start();
        return worker;
    }

    private void Work(Worker worker, FuzzReport report, string folder)
    {
        int end = options.From + options.Count;
        while (true)
        {
            int index = Interlocked.Increment(ref _next);
            if (index >= end) return;
            worker.Index = index;
            Volatile.Write(ref worker.Started, Stopwatch.GetTimestamp());
            Volatile.Write(ref worker.State, Worker.Running);
            var outcome = RunOne(FuzzInput.Make(options.Seed, index), folder);
            outcome.Seconds = Stopwatch.GetElapsedTime(worker.Started).TotalSeconds;
            // Lost to the watchdog: the input was counted as a hang, and this thread is no longer a worker.
            if (Interlocked.CompareExchange(ref worker.State, Worker.Idle, Worker.Running) != Worker.Running) return;
            report.Add(outcome);
        }
    }

    /// <summary>Reads one input and runs the pipeline over each document it gives; never throws.</summary>
    public FuzzReport.Outcome RunOne(FuzzInput input, string folder)
    {
        var outcome = new FuzzReport.Outcome(input);
        var path = Path.Combine(folder, input.FileName);
        try
        {
            File.WriteAllBytes(path, input.Bytes);
            foreach (var item in _reader.ReadOne(path))
            {
                // A warning is about the record after it, not a record of its own.
                if (item.Document is not null || item.Refusal is not null) outcome.Records++;
                if (item.Refusal is { } refusal)
                {
                    if (string.IsNullOrWhiteSpace(refusal.Reason)) outcome.Crashes.Add(new FuzzFailure(input, "reading", "a refusal without a reason"));
                    else outcome.Refusals.Add(refusal.Reason);
                }
                else if (item.Document is { } document)
                {
                    try
                    {
                        pipeline.Process(document);
                        outcome.Coded++;
                    }
                    catch (PipelineFailure failure)
                    {
                        outcome.Crashes.Add(new FuzzFailure(input, $"pipeline ({failure.Stage.ToString().ToLowerInvariant()} stage, caught by the refusal net)", failure.InnerException!.ToString())
                        { Cause = Cut(failure.Message) });
                    }
                }
                else if (item.Warning is null || string.IsNullOrWhiteSpace(item.Warning.Reason))
                    outcome.Crashes.Add(new FuzzFailure(input, "reading", "an item with neither a document, a refusal nor a warning"));
                // A warning (a record's bad date) comes before the record it is about, which is counted on its own.
            }
        }
        catch (Exception e)
        {
            outcome.Crashes.Add(new FuzzFailure(input, "escaped", e.ToString()) { Cause = Cut($"escaped: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}") });
        }
        finally
        {
            try { File.Delete(path); } catch (IOException) { }
        }
        return outcome;
    }

    private static string Cut(string s) => s.Length <= 300 ? s : s[..300] + "…";
}
