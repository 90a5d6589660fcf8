using System.CommandLine;
using Kronika.Actors.Dictionaries;
using Kronika.Documents;

namespace Kronika.Cli;

/// <summary>
/// `kronika check-people`: the rows of data/actors/people.tsv that the Phoenix office holders (data/actors/petrarch/)
/// contradict (another country, another role, terms that do not overlap), counted by kind, each with both sides.
/// </summary>
public static class CheckPeopleCommand
{
    public static Command Create()
    {
        var command = new Command("check-people", "List the people of data/actors/people.tsv whose country, role or term the Phoenix office holders contradict");
        command.SetAction(_ =>
        {
            var folder = Path.Combine(DataDirectory.Path, "actors", "petrarch");
            var files = Directory.GetFiles(folder, "Phoenix.*.actors.txt").Order(StringComparer.Ordinal);
            var conflicts = PeopleCheck.Run(DataDirectory.File("actors", "people.tsv"), files, PetrarchCodes.LoadDefault());
            Console.WriteLine($"conflicts={conflicts.Count} " + string.Join(" ", conflicts.GroupBy(c => c.Kind).Select(g => $"{g.Key}={g.Count()}")));
            foreach (var c in conflicts)
                Console.WriteLine($"{c.Kind}\t{c.Kronika}\n\tphoenix: {c.Phoenix}");
            return ExitCodes.Success;
        });
        return command;
    }
}
