using System.CommandLine;
using Kronika.Documents;
using Kronika.Events;
using Kronika.Outputs;
using Kronika.Storage;
using Kronika.Stories;
using Spectre.Console;

namespace Kronika.Cli;

/// <summary>`kronika run PATH...`: reads articles, codes their events, stores them in SQLite and writes events.jsonl.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files (.txt, .html, .htm, .jsonl, .ndjson), directories (read recursively), or - for standard input" };
        var db = new Option<string>("--db") { Description = "SQLite database to store documents, sentences and events in", DefaultValueFactory = _ => "kronika.db" };
        var output = new Option<string>("--out") { Description = "Folder to write events.jsonl into", DefaultValueFactory = _ => "out" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Refuse files (and JSON Lines records) larger than this", DefaultValueFactory = _ => 10 * 1024 * 1024 };
        var threads = new Option<int>("--threads") { Description = "Documents coded at once (the database and events.jsonl are the same for any number)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("run", "Run the pipeline over articles, store the results and write events.jsonl") { paths, db, output, maxBytes, threads };
        var actors = PipelineOption.AddTo(command);
        var metadata = MetadataOption.AddTo(command);
        command.SetAction(parse =>
        {
            int workers = parse.GetValue(threads);
            if (workers < 1) throw new UsageException($"--threads {workers}: expected at least 1");
            return Run(() => PipelineOption.Load(parse, actors), parse.GetValue(paths)!, parse.GetValue(db)!, parse.GetValue(output)!,
                metadata.Reader(parse, new ReaderOptions { MaxBytes = parse.GetValue(maxBytes) }), workers);
        });
        return command;
    }

    private static int Run(Func<Pipeline> loadPipeline, string[] paths, string dbPath, string outDir, ReaderOptions options, int threads)
    {
        var pipeline = loadPipeline();
        var reader = new DocumentReader(options);
        var files = reader.Find(paths);
        var tally = new EventTally();
        var refusals = new List<InputRefusal>();
        int stored = 0, known = 0, nearDuplicates = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Documents a concurrent run on the same database was coding when met: taken up again once it has stored them.
        var elsewhere = new Queue<SourceDocument>();
        var eventsPath = Path.Combine(outDir, "events.jsonl");

        using var store = new SqliteEventStore(dbPath);
        using var events = new EventJsonlWriter(eventsPath);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // Redirected to a log, each refusal stays one line (path:line: reason) instead of wrapping at 80 columns.
        if (Console.IsErrorRedirected) console.Profile.Width = 4096;
        // Documents are coded on every thread; what follows coding (storing, writing, messages) happens here, in input order.
        var coding = new OrderedCoding<ReadItem>(threads, d => pipeline.Process(d), Finish);
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                // Records, not files: a JSON Lines corpus is often one file.
                var progress = new RecordProgress(files.Articles);
                var task = context.AddTask("Coding events", maxValue: Math.Max(progress.Total, 1));
                foreach (var item in progress.Track(reader, files, done => task.Value = done))
                {
                    if (item.Document is not { } document)
                    {
                        coding.Submit(item, null);
                        continue;
                    }
                    if (!seen.Add(document.Id)) continue;
                    Take(document, store.Claim(document.Id));
                    while (elsewhere.TryPeek(out var next) && store.Claim(next.Id) is var claim and not DocumentClaim.ClaimedElsewhere)
                        Take(elsewhere.Dequeue(), claim);
                }
                while (elsewhere.TryDequeue(out var waiting)) Take(waiting, store.AwaitClaim(waiting.Id));
                coding.Drain();
            });

        // A document claimed for this run is coded; one stored already (by an earlier or a concurrent run) is not.
        void Take(SourceDocument document, DocumentClaim claim)
        {
            if (claim == DocumentClaim.ClaimedElsewhere)
                elsewhere.Enqueue(document);
            else
                coding.Submit(new ReadItem(document, null), claim == DocumentClaim.Claimed ? document : null);
        }

        // Stores and writes one item in input order; a document stored already is counted as known: the summary counts
        // only what this run stored.
        void Finish(ReadItem item, OrderedCoding<ReadItem>.Coded? coded)
        {
            if (item.Warning is { } warning)
            {
                console.MarkupLineInterpolated($"[yellow]warning[/] {warning}");
                return;
            }
            // A failure inside the pipeline refuses this document alone, naming the stage; the run goes on.
            if ((item.Refusal ?? coded?.Refusal) is { } refusal)
            {
                refusals.Add(refusal);
                store.Refuse(refusal);
                console.MarkupLineInterpolated($"[red]refused[/] {refusal}");
                return;
            }
            var document = item.Document!;
            if (coded?.Document is { } done && store.Store(done))
            {
                stored++;
                // A syndicated copy is stored and linked to its first copy; its events are not counted twice.
                if (store.DuplicateOf(document.Id) is not null)
                    nearDuplicates++;
                else
                    tally.Add(done);
                foreach (var e in done.Events) events.Write(e);
                return;
            }
            known++;
            foreach (var e in store.EventsOf(document.Id)) events.Write(e);
        }
        events.Commit();
        store.UpdateEvents();
        PrintSummary(stored, known, nearDuplicates, tally, refusals, store.Counts(), dbPath, eventsPath, events.Count);
        return refusals.Count > 0 ? ExitCodes.SomeInputsRefused : ExitCodes.Success;
    }

    private static void PrintSummary(int stored, int known, int nearDuplicates, EventTally tally, List<InputRefusal> refusals, StoreCounts counts, string dbPath, string eventsPath, int written)
    {
        var table = new Table().Title("Kronika run").AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("documents coded and stored", stored.ToString());
        table.AddRow("documents already stored (skipped)", known.ToString());
        table.AddRow("near-duplicates linked to a first copy (not counted)", nearDuplicates.ToString());
        table.AddRow("sentences", tally.Sentences.ToString());
        table.AddRow("events", tally.Events.ToString());
        table.AddRow("  dyadic (both sides known)", tally.DyadicEvents.ToString());
        for (int quad = 1; quad <= 4; quad++)
            table.AddRow($"  quad class {quad}: {EventTally.QuadClassNames[quad]}", tally.InQuadClass(quad).ToString());
        table.AddRow("inputs refused", refusals.Count.ToString());
        AnsiConsole.Write(table);
        if (refusals.Count > 0)
        {
            var refused = new Table().Title("Refused inputs").AddColumn("input").AddColumn("reason");
            foreach (var r in refusals)
                refused.AddRow(Markup.Escape(r.Line is { } line ? $"{r.Path}:{line}" : r.Path), Markup.Escape(r.Reason));
            AnsiConsole.Write(refused);
        }
        AnsiConsole.MarkupLineInterpolated($"Database [bold]{dbPath}[/]: {counts.Documents} documents, {counts.Sentences} sentences, {counts.Mentions} event mentions merged into {counts.Events} events, {counts.Refused} refused inputs.");
        AnsiConsole.MarkupLineInterpolated($"Wrote {written} events to [bold]{eventsPath}[/].");
    }
}
