using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>`kronika bench PATH`: runs the pipeline without writing and prints throughput and peak memory.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Articles to run over" };
        var repeat = new Option<int>("--repeat") { Description = "How many times to run over the inputs", DefaultValueFactory = _ => 20 };
        var command = new Command("bench", "Measure pipeline throughput (documents/s, tokens/s) and peak memory") { paths, repeat };
        var actors = PipelineOption.AddTo(command);
        var metadata = MetadataOption.AddTo(command);
        command.SetAction(parse => Run(() => PipelineOption.Load(parse, actors), parse.GetValue(paths)!, metadata.Reader(parse), Math.Max(1, parse.GetValue(repeat))));
        return command;
    }

    private static int Run(Func<Pipeline> loadPipeline, string[] paths, ReaderOptions options, int repeat)
    {
        var load = Stopwatch.StartNew();
        var pipeline = loadPipeline();
        load.Stop();
        var reader = new DocumentReader(options);
        // Inputs are read once, outside the timing, so the figures measure the pipeline rather than the disk.
        var texts = new List<SourceDocument>();
        foreach (var item in reader.Read(paths))
            if (item.Document is { } d) texts.Add(d);
        if (texts.Count == 0)
        {
            Console.Error.WriteLine("kronika bench: no readable documents");
            return ExitCodes.Error;
        }
        // One warm-up pass so the JIT is not measured; a document the pipeline fails on is refused and left out of the timing.
        int failed = texts.RemoveAll(t => PipelineRefusal.Run(t, () => pipeline.Process(t.CopyAsRead())) is { } refusal && Refused(refusal));
        if (texts.Count == 0) return ExitCodes.SomeInputsRefused;
        long tokens = 0, events = 0, documents = 0;
        var timings = new StageTimings();
        var watch = Stopwatch.StartNew();
        for (int r = 0; r < repeat; r++)
            foreach (var t in texts)
            {
                var coded = pipeline.Process(t.CopyAsRead(), timings);
                tokens += coded.Analysis.Tokens.Length;
                events += coded.Events.Count;
                documents++;
            }
        watch.Stop();
        var seconds = watch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"documents={documents} tokens={tokens} events={events} seconds={seconds:F3} docs_per_s={documents / seconds:F1} tokens_per_s={tokens / seconds:F0} model_load_s={load.Elapsed.TotalSeconds:F3} peak_working_set_mb={process.PeakWorkingSet64 / (1024.0 * 1024):F1}"));
        // Where the time goes: each stage's share, and its own throughput in tokens per second.
        for (int stage = 0; stage < StageTimings.Stages.Length; stage++)
        {
            var spent = timings[stage].TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  stage={StageTimings.Stages[stage]} seconds={spent:F3} share={spent / timings.Total.TotalSeconds:P1} tokens_per_s={(spent > 0 ? tokens / spent : 0):F0}"));
        }
        return failed > 0 ? ExitCodes.SomeInputsRefused : ExitCodes.Success;
    }

    private static bool Refused(InputRefusal refusal)
    {
        PipelineRefusal.Report(refusal);
        return true;
    }
}
