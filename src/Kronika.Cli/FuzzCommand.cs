using System.CommandLine;
using Kronika.Cli.Fuzzing;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>
/// `kronika fuzz [--count N] [--seed N] [--threads N]`: makes N mutated inputs of every kind (text, web pages, JSON
/// Lines, gzip-compressed; far dates, huge numbers, deep markup, invalid UTF-8, BOMs, odd JSON types...), runs each
/// through reading and the whole pipeline and prints what came of them: coded, refused by reason, crashes and hangs.
/// Crashing and hanging inputs are saved for `kronika run` to reproduce; any of them ends the command with exit 1.
/// </summary>
public static class FuzzCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "How many inputs to make and run", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int?>("--seed") { Description = "Seed of the inputs (a run with the same seed makes the same inputs); random when left out" };
        var threads = new Option<int>("--threads") { Description = "Worker threads", DefaultValueFactory = _ => Environment.ProcessorCount };
        var from = new Option<int>("--from") { Description = "Index of the first input (with --count 1, one saved input again)", DefaultValueFactory = _ => 0 };
        var hangLimit = new Option<double>("--hang-limit") { Description = "Seconds after which an input counts as hung", DefaultValueFactory = _ => 10 };
        var save = new Option<string>("--save") { Description = "Folder to save crashing and hanging inputs in", DefaultValueFactory = _ => "fuzz-failures" };
        var command = new Command("fuzz", "Run mutated inputs through reading and the pipeline and count crashes and hangs") { count, seed, threads, from, hangLimit, save };
        command.SetAction(parse =>
        {
            int n = parse.GetValue(count), workers = parse.GetValue(threads), first = parse.GetValue(from);
            double limit = parse.GetValue(hangLimit);
            if (n < 1) throw new UsageException($"--count {n}: expected at least 1");
            if (workers < 1) throw new UsageException($"--threads {workers}: expected at least 1");
            if (first < 0) throw new UsageException($"--from {first}: expected 0 or more");
            if (!(limit > 0)) throw new UsageException($"--hang-limit {limit}: expected a number of seconds above 0");
            var options = new FuzzOptions(n, parse.GetValue(seed) ?? Random.Shared.Next(), workers, TimeSpan.FromSeconds(limit), first);
            var report = new FuzzRunner(Pipeline.LoadDefault(), options).Run(Console.Error);
            report.Print(Console.Out);
            int saved = report.Save(parse.GetValue(save)!);
            if (saved > 0) Console.Out.WriteLine($"saved {saved} failing inputs (each with a note of its error) in {parse.GetValue(save)}");
            return report.Crashes + report.Hangs > 0 ? ExitCodes.Error : ExitCodes.Success;
        });
        return command;
    }
}
