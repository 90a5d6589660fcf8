using System.CommandLine;
using Kronika.Stories;

namespace Kronika.Cli;

/// <summary>`kronika timeline`: the merged events in date order with their codes, mention counts and sources.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var dyad = new Option<string>("--dyad") { Description = "Only the events between two actors' countries, either direction (RUS-GEO)" };
        var actor = new Option<string>("--actor") { Description = "Only the events with this country on either side (RUS)" };
        var from = new Option<string>("--from") { Description = "Only events whose dates reach this date or later (YYYY, YYYY-MM or YYYY-MM-DD)" };
        var to = new Option<string>("--to") { Description = "Only events whose dates begin by this date" };
        var modality = StoreOption.Modality();
        var command = new Command("timeline", "Print the events, each merged from its mentions, in date order") { db, dyad, actor, from, to, modality };
        command.SetAction(parse =>
        {
            var query = StoreOption.Query(parse.GetValue(dyad), parse.GetValue(actor), parse.GetValue(from), parse.GetValue(to), parse.GetValue(modality)!);
            using var store = StoreOption.Open(parse.GetValue(db)!);
            StoreOption.CheckCodes(store, query.Dyad, query.Actor);
            var events = store.Events(query).ToList();
            Print(events, StoreOption.CodeNames(), Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One line an event: date, code and name, source and target, mentions and articles, background flag, sources.</summary>
    public static void Print(IReadOnlyList<StoryEvent> events, Func<string, string> codeName, TextWriter output)
    {
        static string Side(Kronika.Events.EventActor a) => a.Country.Length == 0 ? "?" : (a.Country + " " + a.Role).Trim();
        var rows = events.Select(e => new[]
        {
            e.Date.Length > 0 ? e.Date : "undated",
            e.DateBasis.Length > 0 ? e.DateBasis : "-",
            $"{Side(e.Source)} {(e.Symmetric ? "<->" : "->")} {Side(e.Target)}",
            $"{e.Cameo} {codeName(e.Cameo)}",
            $"{e.NumMentions} mention{(e.NumMentions == 1 ? "" : "s")} in {e.NumArticles} article{(e.NumArticles == 1 ? "" : "s")}",
            // Background, and a modality other than asserted (intended, or denied and hypothetical when asked for).
            string.Join(", ", new[] { e.Historical ? "background" : "", e.Modality is ModalityFilter.Asserted or "" ? "" : e.Modality }.Where(f => f.Length > 0)),
            string.Join(", ", e.Sources),
        }).ToList();
        TextColumns.Write(output, ["date", "basis", "actors", "event", "mentions", "", "sources"], rows);
        output.WriteLine($"{events.Count} events from {events.Sum(e => e.NumMentions)} mentions.");
    }
}
