using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kronika.Documents;
using Kronika.Events;
using Kronika.Outputs;

namespace Kronika.Cli;

/// <summary>
/// `kronika eval-sentences --plv FILE`: codes each labelled sentence of a PLV file on its own (on all cores) and scores
/// its top event's PLOVER type against the label: accuracy, macro-F1, per-label precision, recall and F1, the share of
/// sentences with no event and the share where some event has the label; `--explain` lists the misses with their events' trails.
/// </summary>
public static class EvalSentencesCommand
{
    public static Command Create()
    {
        var plv = new Option<string>("--plv") { Description = "PLV file: CSV with id, text, label (PLOVER root type), source, target", Required = true };
        var date = new Option<string>("--date") { Description = "Publication date given to every sentence (YYYY-MM-DD)", DefaultValueFactory = _ => "2020-01-01" };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object" };
        var explain = new Option<bool>("--explain") { Description = "List every miss: the sentence, its label and labelled actors, and each event coded with its rule trail" };
        var command = new Command("eval-sentences", "Score the pipeline's PLOVER types on labelled sentences (PLV format)") { plv, date, json, explain };
        var actors = PipelineOption.AddTo(command);
        command.SetAction(parse =>
        {
            // The date is checked before the models load: a usage error should not wait seconds for them.
            var given = parse.GetValue(date)!;
            var when = MetadataDate.TryParse(given, out var d, out var problem) ? d : throw new UsageException($"--date \"{given}\": {problem}");
            return Run(() => PipelineOption.Load(parse, actors), parse.GetValue(plv)!, when, parse.GetValue(json), parse.GetValue(explain));
        });
        return command;
    }

    private static int Run(Func<Pipeline> loadPipeline, string path, PartialDate date, bool json, bool explain)
    {
        var problems = new List<string>();
        var sentences = PlvSentences.Read(path, problems);
        foreach (var problem in problems) Console.Error.WriteLine(problem);
        var pipeline = loadPipeline();
        var name = Path.GetFileName(path);
        var results = new PlvResult[sentences.Count];
        Parallel.For(0, sentences.Count, i =>
        {
            var sentence = sentences[i];
            var coded = pipeline.Process(new SourceDocument($"{name}:{sentence.Line}", sentence.Text, metadataDate: date));
            results[i] = PlvScorer.Result(sentence, coded.Events);
        });
        var summary = PlvScorer.Summarize(results);
        if (explain) Explain(results);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["sentences"] = summary.Sentences,
                ["accuracy"] = Math.Round(summary.Accuracy, 3),
                ["macro_f1"] = Math.Round(summary.MacroF1, 3),
                ["no_event"] = Math.Round(summary.NoEvent, 3),
                ["any_event"] = Math.Round(summary.AnyEvent, 3),
                ["labels"] = summary.Labels.ToDictionary(l => l.Label, l => new { gold = l.Gold, predicted = l.Predicted, correct = l.Correct,
                    precision = Math.Round(l.Precision, 3), recall = Math.Round(l.Recall, 3), f1 = Math.Round(l.F1, 3) }),
            }));
            return ExitCodes.Success;
        }
        string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine($"sentences={summary.Sentences} accuracy={F(summary.Accuracy)} macro_f1={F(summary.MacroF1)} no_event={F(summary.NoEvent)} any_event={F(summary.AnyEvent)}");
        foreach (var label in summary.Labels.OrderBy(l => l.F1))
            Console.WriteLine($"  {label.Label,-10} f1={F(label.F1)} precision={F(label.Precision)} recall={F(label.Recall)} gold={label.Gold} predicted={label.Predicted}");
        Console.WriteLine("top confusions (label -> predicted): " + string.Join(", ", summary.Confusions.Take(10).Select(c => $"{c.Gold}->{c.Predicted} {c.Count}")));
        return ExitCodes.Success;
    }

    /// <summary>Each miss: line, label, prediction, the labelled actors, the sentence, and every event coded with its trail.</summary>
    private static void Explain(IEnumerable<PlvResult> results)
    {
        foreach (var r in results.Where(r => !r.Correct))
        {
            var s = r.Sentence;
            Console.WriteLine($"miss line {s.Line} (id {s.Id}): label {s.Label}, coded {r.Predicted}; source \"{s.Source}\" target \"{s.Target}\"");
            Console.WriteLine($"  {s.Text}");
            foreach (var e in r.Events)
                Console.WriteLine($"  {(ReferenceEquals(e, r.Top) ? "top" : "   ")} {e.Cameo} {Canonical(e)} {e.Source.Country}{e.Source.Role}(\"{e.Source.Text}\") -> {e.Target.Country}{e.Target.Role}(\"{e.Target.Text}\") {e.Modality} [{e.Rule}]");
        }
    }

    private static string Canonical(EventRecord e) => PlvScorer.Canonical(e.PloverType);
}
