using System.CommandLine;

namespace Kronika.Cli;

/// <summary>
/// `kronika actors PATH...|-`: every actor mention of each article with what it resolved to, the rule that
/// resolved it and, where the phrase could mean something else, why each other reading lost.
/// </summary>
public static class ActorsCommand
{
    public static Command Create() => ReadingCommand.Create("actors", "List each actor mention with its resolution, the rule used and why alternatives lost",
        (_, document, _, mentions, _) =>
        {
            Console.WriteLine($"# {document.Name}  published={document.PublicationDate?.ToString() ?? "-"}  mentions={mentions.Length}");
            foreach (var m in mentions)
            {
                var resolved = string.Join(", ", m.Actors.Select(a => a.IsResolved ? $"{a.Country}{(a.Role.Length > 0 ? "/" + a.Role : "")} {a.Name}" : $"(no country) {a.Role} {a.Name}".Trim()));
                Console.WriteLine($"{m.Start}-{m.End}\t\"{m.Text}\" -> {resolved}");
                Console.WriteLine($"\t\trule: {m.Rule}");
                foreach (var alternative in m.Alternatives) Console.WriteLine($"\t\tlost: {alternative}");
            }
        });
}
