using System.CommandLine;
using Kronika.Documents;

namespace Kronika.Cli;

/// <summary>
/// `kronika time PATH...|-`: the publication date of each article with its basis and evidence, then every time
/// expression with its normalized value, how it was resolved (explicit, or relative to the publication date),
/// what it is anchored to when the text names an occurrence rather than a date, and the events it dates.
/// </summary>
public static class TimeCommand
{
    public static Command Create() => ReadingCommand.Create("time", "List each article's publication date and its time expressions with their normalized values, anchors and the events they date",
        (pipeline, document, analysis, mentions, times) =>
        {
            var basis = document.PublicationDateBasis.ToString().ToLowerInvariant();
            Console.WriteLine($"# {document.Name}  published={document.PublicationDate?.ToString() ?? "-"} ({basis}{(document.PublicationDateEvidence is { } why ? ": " + why : "")})");
            var events = pipeline.Code(analysis, mentions, times);
            foreach (var t in times)
            {
                Console.WriteLine($"{t.Start}-{t.End}\t\"{t.Text}\" -> {t.Value}{(t.Value.Precision == DatePrecision.Decade ? "s" : "")}\t{t.Basis}{(t.IsSince ? "\tsince (start of a state)" : "")}{(t.Anchor is { } anchor ? "\tanchor: " + anchor : "")}");
                foreach (var e in events.Where(e => e.DateEvidence is { } d && d.Start == t.Start && d.End == t.End))
                    Console.WriteLine($"\tdates {e.Cameo} {Side(e.Source)} -> {Side(e.Target)}{(e.Historical ? " (historical)" : "")}: \"{Snippet(analysis.Source.Text, e.Evidence)}\"");
            }
            // "came three months after the two sides struck a deal": offsets from the main clause's time date the clause they open.
            foreach (var e in events.Where(e => e.DateEvidence is { } d && !times.Any(t => t.Start == d.Start && t.End == d.End)))
                Console.WriteLine($"{e.DateEvidence!.Start}-{e.DateEvidence.End}\t\"{e.DateEvidence.Text}\" -> {e.Date}\t{e.DateBasis}\toffset from the main clause's time\n\tdates {e.Cameo} {Side(e.Source)} -> {Side(e.Target)}{(e.Historical ? " (historical)" : "")}: \"{Snippet(analysis.Source.Text, e.Evidence)}\"");
            int undated = events.Count(e => e.DateEvidence is null);
            if (undated > 0)
                Console.WriteLine($"{undated} event(s) dated by {(document.PublicationDate is null ? "nothing (no publication date)" : "the publication date")} or told as undated background");
        });

    private static string Side(Kronika.Events.EventActor actor) => actor.Country.Length == 0 ? "-" : actor.Country + actor.Role;

    private static string Snippet(string text, Kronika.Events.Evidence evidence)
    {
        var s = text[evidence.Start..evidence.End].ReplaceLineEndings(" ");
        return s.Length <= 90 ? s : s[..87] + "...";
    }
}
