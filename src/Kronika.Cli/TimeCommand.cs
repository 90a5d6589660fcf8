using System.CommandLine;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>
/// `kronika time PATH...|-`: the publication date of each article with its basis and evidence, then every time
/// expression with its normalized value and how it was resolved (explicit, or relative to the publication date).
/// </summary>
public static class TimeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories or - for standard input" };
        var command = new Command("time", "List each article's publication date and its time expressions with their normalized values") { paths };
        var options = PipelineOption.AddTo(command);
        command.SetAction(parse => Run(() => PipelineOption.Load(parse, options), parse.GetValue(paths)!));
        return command;
    }

    private static int Run(Func<Pipeline> loadPipeline, string[] paths)
    {
        var pipeline = loadPipeline();
        var inputs = new ReportedInputs(paths);
        foreach (var document in inputs.Documents())
        {
            var (_, _, times) = pipeline.Read(document);
            var basis = document.PublicationDateBasis.ToString().ToLowerInvariant();
            Console.WriteLine($"# {document.Name}  published={document.PublicationDate?.ToString() ?? "-"} ({basis}{(document.PublicationDateEvidence is { } why ? ": " + why : "")})");
            foreach (var t in times)
                Console.WriteLine($"{t.Start}-{t.End}\t\"{t.Text}\" -> {t.Value}{(t.Value.Precision == Kronika.Documents.DatePrecision.Decade ? "s" : "")}\t{t.Basis}{(t.IsSince ? "\tsince (start of a state)" : "")}");
        }
        return inputs.ExitCode;
    }
}
