using System.CommandLine;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>
/// `kronika actors PATH...|-`: every actor mention of each article with what it resolved to, the rule that
/// resolved it and, where the phrase could mean something else, why each other reading lost.
/// </summary>
public static class ActorsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories or - for standard input" };
        var command = new Command("actors", "List each actor mention with its resolution, the rule used and why alternatives lost") { paths };
        var actors = PipelineOption.AddTo(command);
        command.SetAction(parse => Run(() => PipelineOption.Load(parse, actors), parse.GetValue(paths)!));
        return command;
    }

    private static int Run(Func<Pipeline> loadPipeline, string[] paths)
    {
        var pipeline = loadPipeline();
        var inputs = new ReportedInputs(paths);
        foreach (var document in inputs.Documents())
        {
            var (analysis, mentions, _) = pipeline.Read(document);
            Console.WriteLine($"# {document.Name}  published={document.PublicationDate?.ToString() ?? "-"}  mentions={mentions.Length}");
            foreach (var m in mentions)
            {
                var resolved = string.Join(", ", m.Actors.Select(a => a.IsResolved ? $"{a.Country}{(a.Role.Length > 0 ? "/" + a.Role : "")} {a.Name}" : $"(no country) {a.Role} {a.Name}".Trim()));
                Console.WriteLine($"{m.Start}-{m.End}\t\"{m.Text}\" -> {resolved}");
                Console.WriteLine($"\t\trule: {m.Rule}");
                foreach (var alternative in m.Alternatives) Console.WriteLine($"\t\tlost: {alternative}");
            }
        }
        return inputs.ExitCode;
    }
}
