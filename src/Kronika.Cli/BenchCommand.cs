using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>
/// `kronika bench PATH`: runs the pipeline over the inputs N times without writing and prints throughput, where the time
/// goes and what it costs. Every second of the command's wall time is in one of its phases (loading, reading, warm-up,
/// floor, coding), and the floor (reading the inputs from disk and tokenising them, the least any coding run does) is
/// measured in the same run, so the ratio to it says how much the analysis itself costs.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Articles to run over" };
        var repeat = new Option<int>("--repeat") { Description = "How many times to run over the inputs", DefaultValueFactory = _ => 20 };
        var threads = new Option<int>("--threads") { Description = "Documents coded at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("bench", "Measure pipeline throughput (documents/s, tokens/s), where the time goes, allocations and peak memory") { paths, repeat, threads };
        var actors = PipelineOption.AddTo(command);
        var metadata = MetadataOption.AddTo(command);
        command.SetAction(parse =>
        {
            int workers = parse.GetValue(threads);
            if (workers < 1) throw new UsageException($"--threads {workers}: expected at least 1");
            return Run(() => PipelineOption.Load(parse, actors), parse.GetValue(paths)!, metadata.Reader(parse), Math.Max(1, parse.GetValue(repeat)), workers);
        });
        return command;
    }

    private static int Run(Func<Pipeline> loadPipeline, string[] paths, ReaderOptions options, int repeat, int threads)
    {
        var wall = Stopwatch.StartNew();
        var pipeline = loadPipeline();
        var load = wall.Elapsed;
        var reader = new DocumentReader(options);
        // Inputs are read once before coding, so the coding figures measure the pipeline rather than the disk.
        var texts = new List<SourceDocument>();
        foreach (var item in reader.Read(paths))
            if (item.Document is { } d) texts.Add(d);
        var read = wall.Elapsed - load;
        if (texts.Count == 0)
        {
            Console.Error.WriteLine("kronika bench: no readable documents");
            return ExitCodes.Error;
        }
        // One warm-up pass so the JIT is not measured; a document the pipeline fails on is refused and left out of the timing.
        int failed = texts.RemoveAll(t => PipelineRefusal.Run(t, () => pipeline.Process(t.CopyAsRead())) is { } refusal && Refused(refusal));
        var warmUp = wall.Elapsed - load - read;
        if (texts.Count == 0) return ExitCodes.SomeInputsRefused;

        var floor = Floor(reader, paths, pipeline, repeat, threads);
        var (coding, counts, timings, allocated) = Code(pipeline, texts, repeat, threads);
        wall.Stop();
        Print(wall.Elapsed, load, read, warmUp, floor, coding, counts, timings, allocated, threads);
        return failed > 0 ? ExitCodes.SomeInputsRefused : ExitCodes.Success;
    }

    /// <summary>Documents, tokens and events coded.</summary>
    private readonly record struct Counts(long Documents, long Tokens, long Events);

    /// <summary>The least a coding run does: reading the inputs from disk and tokenising their text, as often and on as many threads as the coding.</summary>
    private static TimeSpan Floor(DocumentReader reader, string[] paths, Pipeline pipeline, int repeat, int threads)
    {
        var watch = Stopwatch.StartNew();
        for (int r = 0; r < repeat; r++)
            Parallel.ForEach(reader.Read(paths), new ParallelOptions { MaxDegreeOfParallelism = threads }, item =>
            {
                if (item.Document is { } d) pipeline.Tokenizer.Tokenize(d.Text);
            });
        return watch.Elapsed;
    }

    private static (TimeSpan Elapsed, Counts Counts, StageTimings Timings, long Allocated) Code(Pipeline pipeline, List<SourceDocument> texts, int repeat, int threads)
    {
        long tokens = 0, events = 0;
        var timings = new StageTimings();
        var work = Enumerable.Range(0, repeat).SelectMany(_ => texts);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = threads }, () => new StageTimings(), (t, _, local) =>
        {
            var coded = pipeline.Process(t.CopyAsRead(), local);
            Interlocked.Add(ref tokens, coded.Analysis.Tokens.Length);
            Interlocked.Add(ref events, coded.Events.Count);
            return local;
        }, local => { lock (timings) timings.Add(local); });
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return (watch.Elapsed, new Counts((long)repeat * texts.Count, tokens, events), timings, allocated);
    }

    private static void Print(TimeSpan wall, TimeSpan load, TimeSpan read, TimeSpan warmUp, TimeSpan floor, TimeSpan coding, Counts counts, StageTimings timings, long allocated, int threads)
    {
        double seconds = coding.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"documents={counts.Documents} tokens={counts.Tokens} events={counts.Events} threads={threads} seconds={seconds:F3} docs_per_s={counts.Documents / seconds:F1} tokens_per_s={counts.Tokens / seconds:F0} floor_docs_per_s={counts.Documents / floor.TotalSeconds:F1} ratio_to_floor={seconds / floor.TotalSeconds:F1} allocated_kb_per_doc={allocated / 1024.0 / counts.Documents:F0} peak_working_set_mb={process.PeakWorkingSet64 / (1024.0 * 1024):F1}"));
        // The command's wall time, phase by phase: what is not in a phase is the few statements between them.
        var phases = new (string Name, TimeSpan Time)[] { ("load", load), ("read", read), ("warm-up", warmUp), ("floor", floor), ("coding", coding) };
        var other = wall - phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Time);
        var parts = phases.Append((Name: "other", Time: other)).Select(p => FormattableString.Invariant($"{p.Name}_s={p.Time.TotalSeconds:F3}"));
        Console.WriteLine(FormattableString.Invariant($"wall_s={wall.TotalSeconds:F3} ") + string.Join(' ', parts));
        // Where the coding time goes: each stage's share of the time spent in stages (on all threads together), and its
        // own throughput in tokens per second of that time.
        double staged = timings.Total.TotalSeconds;
        for (int stage = 0; stage < StageTimings.Stages.Length; stage++)
        {
            var spent = timings[stage].TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  stage={StageTimings.Stages[stage]} seconds={spent:F3} share={spent / staged:P1} tokens_per_s={(spent > 0 ? counts.Tokens / spent : 0):F0}"));
        }
        // Time on the coding threads outside the stages (copying documents, scheduling), so the stages' seconds add up.
        double outside = Math.Max(0, seconds * threads - staged);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  outside_stages_s={outside:F3} (coding seconds x threads - stage seconds)"));
    }

    private static bool Refused(InputRefusal refusal)
    {
        PipelineRefusal.Report(refusal);
        return true;
    }
}
