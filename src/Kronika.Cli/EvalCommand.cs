using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kronika.Documents;
using Kronika.Events;
using Kronika.Outputs;

namespace Kronika.Cli;

/// <summary>`kronika eval --gold GOLD PATH...`: runs the pipeline and scores its events against hand-coded gold events.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold file (JSON Lines, see shared/spec/gold-format.md)", Required = true };
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "The articles the gold file codes" };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object" };
        var explain = new Option<bool>("--explain") { Description = "List misses, false alarms and disagreeing matches with their evidence" };
        var command = new Command("eval", "Score the pipeline's events against a gold file") { gold, paths, json, explain };
        var actors = PipelineOption.AddTo(command);
        var metadata = MetadataOption.AddTo(command);
        command.SetAction(parse => Run(() => PipelineOption.Load(parse, actors), parse.GetValue(gold)!, parse.GetValue(paths)!, metadata.Reader(parse), parse.GetValue(json), parse.GetValue(explain)));
        return command;
    }

    private static int Run(Func<Pipeline> loadPipeline, string goldPath, string[] paths, ReaderOptions reader, bool json, bool explain)
    {
        var gold = GoldStandard.Load(goldPath);
        var pipeline = loadPipeline();
        var predicted = new Dictionary<string, List<EventRecord>>(StringComparer.Ordinal);
        var cleaning = new Dictionary<string, CleaningScore>(StringComparer.Ordinal);
        var inputs = new ReportedInputs(paths, reader);
        inputs.Each(document =>
        {
            var coded = pipeline.Process(document);
            predicted[coded.Source.Name] = [.. coded.Events];
            if (gold.Documents.TryGetValue(coded.Source.Name, out var header))
                cleaning[header.Doc] = CleaningScorer.Score(coded.Source, header);
        });
        var goldByDoc = gold.Events.GroupBy(e => e.Doc).ToDictionary(g => g.Key, g => (IReadOnlyList<GoldLine>)g.ToList());
        var scores = new List<DocumentScore>();
        foreach (var doc in gold.Documents.Keys.Order(StringComparer.Ordinal))
        {
            if (!predicted.TryGetValue(doc, out var events))
            {
                Console.Error.WriteLine($"warning: gold document {doc} was not among the inputs; it is not scored");
                continue;
            }
            scores.Add(GoldScorer.ScoreDocument(doc, events, goldByDoc.GetValueOrDefault(doc) ?? []));
        }
        var summary = GoldScorer.Summarize(scores);
        var cleaned = cleaning.Values.ToList();
        int noiseLines = cleaned.Sum(c => c.NoiseLines), noiseDropped = cleaned.Sum(c => c.NoiseDropped);
        int bodyLines = cleaned.Sum(c => c.BodyLines), bodyKept = cleaned.Sum(c => c.BodyKept);
        int pubdates = cleaned.Count(c => c.PubdateAgrees is not null), pubdatesAgree = cleaned.Count(c => c.PubdateAgrees == true);
        int titles = cleaned.Count(c => c.TitleAgrees is not null), titlesAgree = cleaned.Count(c => c.TitleAgrees == true);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["precision"] = Round(summary.Precision), ["recall"] = Round(summary.Recall), ["f1"] = Round(summary.F1),
                ["full_code"] = Round(summary.FullCode), ["date_month"] = Round(summary.DateMonth), ["historical"] = Round(summary.Historical),
                ["roles"] = Round(summary.Roles), ["tp"] = summary.TruePositives, ["fp"] = summary.FalsePositives, ["fn"] = summary.FalseNegatives,
                ["documents"] = summary.Documents,
                ["noise_dropped"] = noiseDropped, ["noise_lines"] = noiseLines, ["body_kept"] = bodyKept, ["body_lines"] = bodyLines,
                ["pubdate_agrees"] = pubdatesAgree, ["pubdates"] = pubdates, ["title_agrees"] = titlesAgree, ["titles"] = titles,
            }));
            return inputs.ExitCode;
        }
        foreach (var score in scores)
        {
            Console.WriteLine($"{score.Doc}\ttp={score.TruePositives}\tfp={score.FalsePositives}\tfn={score.FalseNegatives}\toptional_matched={score.OptionalMatches}");
            if (explain) Explain(score);
            if (explain && cleaning.TryGetValue(score.Doc, out var clean)) ExplainCleaning(clean, predicted.ContainsKey(score.Doc) ? gold.Documents[score.Doc] : null);
        }
        Console.WriteLine($"cleaning: noise_dropped={noiseDropped}/{noiseLines} body_kept={bodyKept}/{bodyLines} pubdate={pubdatesAgree}/{pubdates} title={titlesAgree}/{titles}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"precision={summary.Precision:F3} recall={summary.Recall:F3} f1={summary.F1:F3} full_code={summary.FullCode:F3} date_month={summary.DateMonth:F3} historical={summary.Historical:F3} roles={summary.Roles:F3}"));
        return inputs.ExitCode;
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static void ExplainCleaning(CleaningScore clean, GoldLine? header)
    {
        foreach (var line in clean.NoiseKept) Console.WriteLine($"  NOISE KEPT    \"{line}\"");
        foreach (var line in clean.BodyDropped) Console.WriteLine($"  BODY DROPPED  \"{line}\"");
        if (clean.PubdateAgrees == false) Console.WriteLine($"  PUBDATE       gold {header?.Pubdate} ({header?.PubdateBasis})");
        if (clean.TitleAgrees == false) Console.WriteLine($"  TITLE         gold \"{header?.Title}\"");
    }

    private static void Explain(DocumentScore score)
    {
        foreach (var miss in score.Misses)
            Console.WriteLine($"  MISS  {miss.Id} {miss.Source!.Country}{miss.Source.Role} -> {miss.Target!.Country}{miss.Target.Role} {miss.Cameo}{(miss.Symmetric ? " (symmetric)" : "")}  \"{miss.Evidence}\"");
        foreach (var e in score.FalseAlarms)
            Console.WriteLine($"  FALSE {e.Source.Country}{e.Source.Role} -> {e.Target.Country}{e.Target.Role} {e.Cameo} [{e.Rule}] {e.Modality} {e.Date}  \"{e.Evidence.Text}\"");
        foreach (var m in score.Matches)
        {
            var notes = new List<string>();
            if (!m.FullCode) notes.Add($"code {m.Predicted.Cameo} vs {m.Gold.Cameo}");
            if (m.DateAgrees == false) notes.Add($"date {m.Predicted.Date} vs {m.Gold.Date}");
            if (!m.HistoricalAgrees) notes.Add($"historical {m.Predicted.Historical} vs {m.Gold.Historical}");
            if (!m.RolesAgree) notes.Add($"roles {m.Predicted.Source.Role}/{m.Predicted.Target.Role} vs {m.Gold.Source!.Role}/{m.Gold.Target!.Role}");
            Console.WriteLine($"  MATCH {m.Gold.Id} {m.Predicted.Source.Country}{m.Predicted.Source.Role} -> {m.Predicted.Target.Country}{m.Predicted.Target.Role} {m.Predicted.Cameo} [{m.Predicted.Rule}]{(notes.Count > 0 ? "  (" + string.Join("; ", notes) + ")" : "")}");
        }
    }
}
