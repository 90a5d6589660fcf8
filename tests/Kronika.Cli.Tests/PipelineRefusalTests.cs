using Kronika.Storage;

namespace Kronika.Cli.Tests;

/// <summary>
/// A failure inside one document's pipeline is that document's refusal, naming the file and the stage, in every
/// command that processes documents; the others go on and the command ends with exit 3. No known input makes a stage
/// fail any more, so the failure is injected (KRONIKA_FAULT=STAGE:MARKER fails STAGE on documents holding MARKER).
/// </summary>
[Collection("cli")]
public sealed class PipelineRefusalTests : IDisposable
{
    private const string Marker = "FAULT-MARKER-14";
    private readonly string _work = Directory.CreateTempSubdirectory("kronika-refusal-").FullName;
    private readonly string _inputs;

    public PipelineRefusalTests()
    {
        _inputs = Directory.CreateDirectory(Path.Combine(_work, "in")).FullName;
        File.WriteAllText(Path.Combine(_inputs, "a.txt"), "Russia attacked Georgia on Friday. Georgia protested.");
        File.WriteAllText(Path.Combine(_inputs, "b.txt"), $"Georgia and Russia held talks in Geneva on Tuesday. {Marker}");
        File.WriteAllText(Path.Combine(_inputs, "c.jsonl"),
            $"{{\"text\": \"Turkey condemned Syria on Monday. {Marker}\"}}\n{{\"text\": \"Peru protested to Chile on Sunday.\", \"date\": \"2015-03-02\"}}\n");
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("KRONIKA_FAULT", null);
        Directory.Delete(_work, recursive: true);
    }

    private (int Exit, string Out, string Error) WithFault(string stage, params string[] args)
    {
        Environment.SetEnvironmentVariable("KRONIKA_FAULT", $"{stage}:{Marker}");
        try { return CliOutput.Run(args); }
        finally { Environment.SetEnvironmentVariable("KRONIKA_FAULT", null); }
    }

    [Fact]
    public void Run_refuses_and_records_the_failing_documents_and_stores_the_others()
    {
        var db = Path.Combine(_work, "k.db");
        string[] run = ["run", _inputs, "--db", db, "--out", Path.Combine(_work, "out")];
        var (exit, output, error) = WithFault("time", run);
        Assert.Equal(ExitCodes.SomeInputsRefused, exit);
        Assert.Contains("b.txt: internal error in the time stage: InvalidOperationException: fault injected by KRONIKA_FAULT", error);
        Assert.Contains("c.jsonl:1: internal error in the time stage", error);
        using (var store = new SqliteEventStore(db))
        {
            var counts = store.Counts();
            Assert.Equal(2, counts.Documents);
            Assert.Equal(2, counts.Refused);
        }
        // Run again: the refusals are recorded once, and the failing documents are tried again (the bug may be fixed).
        Assert.Equal(ExitCodes.SomeInputsRefused, WithFault("time", run).Exit);
        using (var store = new SqliteEventStore(db)) Assert.Equal(2, store.Counts().Refused);
        Assert.Equal(ExitCodes.Success, CliOutput.Run(run).Exit);
        using (var store = new SqliteEventStore(db)) Assert.Equal(4, store.Counts().Documents);
    }

    public static TheoryData<string, string> Commands() => new()
    {
        { "documents", "clean" }, { "documents", "clean --body" }, { "language", "actors" }, { "actors", "time" },
        { "time", "eval" }, { "events", "time" }, { "events", "bench" }, { "language", "code" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_document_command_refuses_a_failing_document_and_goes_on(string stage, string command)
    {
        var args = command.Split(' ').ToList();
        if (args[0] == "eval") args.AddRange(["--gold", RepoPaths.SeedGold]);
        if (args[0] == "bench") args.AddRange(["--repeat", "1"]);
        if (args[0] == "code") args.Add($"Russia attacked Georgia. {Marker}");
        else args.Add(_inputs);
        var (exit, output, error) = WithFault(stage, [.. args]);
        Assert.True(exit == ExitCodes.SomeInputsRefused, $"kronika {command}: exit {exit}: {error}");
        var name = args[0] == "code" ? "text" : "b.txt";
        Assert.Contains($"refused {name}: internal error in the {stage} stage: InvalidOperationException: fault injected", error);
        // The document read after the failing ones was still processed.
        if (args[0] is "clean" or "actors" or "time")
            Assert.Contains(command == "clean --body" ? "Peru protested to Chile" : "# c.jsonl:2", output);
    }
}
