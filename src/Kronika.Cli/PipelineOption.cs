using System.CommandLine;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>
/// `--actors FILE`, which every command that runs the pipeline takes: the user's own actor tables, each in the
/// format of the shipped table its name ends with (data/actors/: "my-people.tsv" is read as people.tsv), or a folder of them.
/// </summary>
public static class PipelineOption
{
    public static Option<string[]> Actors() => new("--actors")
    {
        Description = "Extra actor tables (a file named like a data/actors/ table, e.g. my-people.tsv, or a folder of them); repeatable",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    /// <summary>Adds the option to a command and returns it.</summary>
    public static Option<string[]> AddTo(Command command)
    {
        var option = Actors();
        command.Options.Add(option);
        return option;
    }

    public static Pipeline Load(ParseResult parse, Option<string[]> actors) => Pipeline.LoadDefault(parse.GetValue(actors));
}
