using System.CommandLine;
using Kronika.Documents;

namespace Kronika.Cli;

/// <summary>
/// `kronika time PATH...|-`: the publication date of each article with its basis and evidence, then every time
/// expression with its normalized value and how it was resolved (explicit, or relative to the publication date).
/// </summary>
public static class TimeCommand
{
    public static Command Create() => ReadingCommand.Create("time", "List each article's publication date and its time expressions with their normalized values",
        (document, _, _, times) =>
        {
            var basis = document.PublicationDateBasis.ToString().ToLowerInvariant();
            Console.WriteLine($"# {document.Name}  published={document.PublicationDate?.ToString() ?? "-"} ({basis}{(document.PublicationDateEvidence is { } why ? ": " + why : "")})");
            foreach (var t in times)
                Console.WriteLine($"{t.Start}-{t.End}\t\"{t.Text}\" -> {t.Value}{(t.Value.Precision == DatePrecision.Decade ? "s" : "")}\t{t.Basis}{(t.IsSince ? "\tsince (start of a state)" : "")}");
        });
}
