using System.CommandLine;
using Kronika.Actors;
using Kronika.Documents;
using Kronika.Events;
using Kronika.Language;
using Kronika.Time;

namespace Kronika.Cli;

/// <summary>
/// A command that reads articles through every stage before event coding and prints something about each
/// (`kronika actors`, `kronika time`): the paths argument, the pipeline options and the loop over inputs, once.
/// </summary>
public static class ReadingCommand
{
    public delegate void Printer(Pipeline pipeline, SourceDocument document, AnalyzedDocument analysis, ActorMention[] mentions, TimeExpression[] times);

    public static Command Create(string name, string description, Printer print)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories or - for standard input" };
        var command = new Command(name, description) { paths };
        var options = PipelineOption.AddTo(command);
        var metadata = MetadataOption.AddTo(command);
        command.SetAction(parse =>
        {
            var reader = metadata.Reader(parse);
            var pipeline = PipelineOption.Load(parse, options);
            var inputs = new ReportedInputs(parse.GetValue(paths)!, reader);
            inputs.Each(document =>
            {
                var (analysis, mentions, times) = pipeline.Read(document);
                print(pipeline, document, analysis, mentions, times);
            });
            return inputs.ExitCode;
        });
        return command;
    }
}
