using System.CommandLine;
using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>`kronika code "TEXT"`: codes one piece of text and shows each event with its actors, rule and modality.</summary>
public static class CodeCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The text to code (a sentence or a paragraph)" };
        var date = new Option<string?>("--date") { Description = "Publication date (YYYY-MM-DD) for relative expressions" };
        var command = new Command("code", "Code a sentence and show why each event was produced") { text, date };
        var actors = PipelineOption.AddTo(command);
        command.SetAction(parse => Run(() => PipelineOption.Load(parse, actors), parse.GetValue(text)!, parse.GetValue(date)));
        return command;
    }

    private static int Run(Func<Pipeline> loadPipeline, string text, string? date)
    {
        var pipeline = loadPipeline();
        PartialDate? published = PartialDate.TryParseIso(date, out var d) ? d : null;
        var coded = pipeline.Process(new SourceDocument("text", text, metadataDate: published));
        foreach (var m in coded.Mentions)
            Console.WriteLine($"actor  \"{m.Text}\" -> {string.Join(", ", m.Actors.Select(a => $"{a.Country}/{a.Role} {a.Name}"))}");
        foreach (var t in coded.Times)
            Console.WriteLine($"time   \"{t.Text}\" -> {t.Value} ({t.Basis})");
        foreach (var e in coded.Events)
            Console.WriteLine($"event  {e.Source.Country}{e.Source.Role} -> {(e.Dyadic ? e.Target.Country + e.Target.Role : "(one-sided)")} {e.Cameo} {e.Modality}{(e.Symmetric ? " symmetric" : "")} plover={e.PloverType}{(e.PloverMode.Length > 0 ? "/" + e.PloverMode : "")} date={e.Date} [{e.Rule}]");
        if (coded.Events.Count == 0) Console.WriteLine("no events");
        return ExitCodes.Success;
    }
}
