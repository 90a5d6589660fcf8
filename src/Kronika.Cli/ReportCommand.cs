using System.CommandLine;
using Kronika.Outputs.Report;
using Kronika.Stories;

namespace Kronika.Cli;

/// <summary>`kronika report [--dyad RUS-GEO] --out report.html`: one self-contained HTML page with charts, timeline and evidence.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var dyad = new Option<string>("--dyad") { Description = "The dyad to report on (RUS-GEO); every event when left out" };
        var by = new Option<string>("--by") { Description = "Period of the charts: month, quarter or year", DefaultValueFactory = _ => "year" };
        var output = new Option<string>("--out") { Description = "HTML file to write", DefaultValueFactory = _ => "report.html" };
        var modality = StoreOption.Modality();
        var command = new Command("report", "Write an HTML report: series charts, the timeline and each event's evidence") { db, dyad, by, output, modality };
        command.SetAction(parse =>
        {
            var pair = StoreOption.Dyad(parse.GetValue(dyad));
            var period = StoreOption.Parse(() => DyadSeries.ParsePeriod(parse.GetValue(by)!));
            var modalities = StoreOption.Modalities(parse.GetValue(modality)!);
            var path = parse.GetValue(output)!;
            using var store = StoreOption.Open(parse.GetValue(db)!);
            StoreOption.CheckCodes(store, pair, null);
            var events = store.Events(new TimelineQuery(pair, Modalities: modalities), withMentions: true).ToList();
            var html = HtmlReport.Render(new ReportContent(pair is null ? "Kronika: all events" : $"Kronika: {pair}", events,
                store.Series(pair, period, modalities), period, StoreOption.CodeNames(), store.DocumentText, modalities));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, html, new System.Text.UTF8Encoding(false));
            Console.Error.WriteLine($"Wrote a report of {events.Count} events to {path}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
