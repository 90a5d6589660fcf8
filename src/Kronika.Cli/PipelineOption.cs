using System.CommandLine;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>
/// The options every command that runs the pipeline takes: `--actors FILE`, the user's own actor tables, each in the
/// format of the shipped table its name ends with (data/actors/: "my-people.tsv" is read as people.tsv), a PETRARCH
/// actor, agent or discard dictionary as it is, or a folder of them; and `--patterns FILE`, the user's own event patterns
/// in the format of data/patterns/verbs.tsv, or a PETRARCH/TABARI verb dictionary as it is (*.verbs, or a file with
/// "--- VERB [code] ---" blocks).
/// </summary>
public sealed record PipelineOption(Option<string[]> Actors, Option<string[]> Patterns)
{
    /// <summary>Adds the options to a command and returns them.</summary>
    public static PipelineOption AddTo(Command command)
    {
        var option = new PipelineOption(
            new Option<string[]>("--actors")
            {
                Description = "Extra actor tables (a file named like a data/actors/ table, e.g. my-people.tsv, a PETRARCH .actors/.agents/discards dictionary, or a folder of them); repeatable",
                DefaultValueFactory = _ => [],
            },
            new Option<string[]>("--patterns")
            {
                Description = "Extra event patterns in the format of data/patterns/verbs.tsv, or a PETRARCH verb dictionary (.verbs, or \"--- VERB [code] ---\" blocks); repeatable",
                DefaultValueFactory = _ => [],
            });
        command.Options.Add(option.Actors);
        command.Options.Add(option.Patterns);
        return option;
    }

    public static Pipeline Load(ParseResult parse, PipelineOption options) =>
        Pipeline.LoadDefault(parse.GetValue(options.Actors), parse.GetValue(options.Patterns));
}
