using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Kronika.Documents;
using Kronika.Outputs;

namespace Kronika.Cli;

/// <summary>
/// `kronika bench-extract DIR`: runs the HTML extractor alone (decoding, article extraction and the noise rules, no
/// language check) over the pages of an article-extraction benchmark folder (scrapinghub/article-extraction-benchmark
/// layout: ground-truth.json and html/ID.html.gz), writes the benchmark's output/kronika.json and prints its figures
/// with the benchmark's own metric, the pages per second and the slowest page.
/// </summary>
public static class BenchExtractCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "The benchmark folder: ground-truth.json and html/ID.html.gz (or .html)" };
        var output = new Option<string?>("--out") { Description = "Where to write the predictions (default DIR/output/kronika.json)" };
        var worst = new Option<int>("--worst") { Description = "Also list the N pages with the lowest F1", DefaultValueFactory = _ => 0 };
        var command = new Command("bench-extract", "Score the article extractor on an article-extraction benchmark folder (F1, precision, recall, accuracy, pages/s)") { folder, output, worst };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(output), parse.GetValue(worst)));
        return command;
    }

    private static int Run(string folder, string? output, int worst)
    {
        var truthPath = Path.Combine(folder, "ground-truth.json");
        if (!File.Exists(truthPath))
            throw new FileNotFoundException($"{truthPath}: no such file (expected the benchmark's ground-truth.json)");
        var truth = ReadTruth(truthPath);
        var cleaner = DocumentCleaner.LoadDefault();
        var predictions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var total = TimeSpan.Zero;
        (string Id, TimeSpan Time) slowest = ("", TimeSpan.Zero);
        // One warm-up page so the JIT is not timed as the first page's extraction.
        if (truth.Count > 0 && ReadPage(folder, truth.Keys.First()) is { } warm) ArticleBody.FromHtml("warm-up", warm, cleaner);
        foreach (var id in truth.Keys)
        {
            var html = ReadPage(folder, id);
            if (html is null)
            {
                problems.Add($"{id}: no readable html/{id}.html.gz or html/{id}.html");
                predictions[id] = "";
                continue;
            }
            var watch = Stopwatch.StartNew();
            predictions[id] = ArticleBody.FromHtml(id, html, cleaner);
            watch.Stop();
            total += watch.Elapsed;
            if (watch.Elapsed > slowest.Time) slowest = (id, watch.Elapsed);
        }
        foreach (var problem in problems) Console.Error.WriteLine($"refused {problem}");

        output ??= Path.Combine(folder, "output", "kronika.json");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        WritePredictions(output, predictions);

        var score = ExtractionScorer.Score(truth.Select(t => (t.Value, predictions[t.Key])));
        var pagesPerSecond = total.TotalSeconds > 0 ? truth.Count / total.TotalSeconds : 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages={score.Pages} f1={score.F1:F3} precision={score.Precision:F3} recall={score.Recall:F3} accuracy={score.Accuracy:F3} pages_per_s={pagesPerSecond:F1} slowest_page_s={slowest.Time.TotalSeconds:F3} ({slowest.Id})"));
        Console.WriteLine($"wrote {output}");
        if (worst > 0)
            foreach (var (id, f1) in truth.Select(t => (t.Key, F1(ExtractionScorer.Match(t.Value, predictions[t.Key])))).OrderBy(p => p.Item2).Take(worst))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {f1:F3} {id}"));
        return problems.Count > 0 ? ExitCodes.SomeInputsRefused : ExitCodes.Success;
    }

    private static double F1(ShingleMatch m) => m.TruePositive == 0 ? 0 : 2 * m.TruePositive / (2 * m.TruePositive + m.FalsePositive + m.FalseNegative);

    private static Dictionary<string, string> ReadTruth(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in json.RootElement.EnumerateObject())
            truth[page.Name] = page.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString()! : "";
        return truth;
    }

    private static string? ReadPage(string folder, string id)
    {
        byte[] bytes;
        var gzip = Path.Combine(folder, "html", id + ".html.gz");
        var plain = Path.Combine(folder, "html", id + ".html");
        if (File.Exists(gzip))
        {
            using var stream = new GZipStream(File.OpenRead(gzip), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        else if (File.Exists(plain)) bytes = File.ReadAllBytes(plain);
        else return null;
        return TextDecoder.TryDecode(bytes, out var decoded, out _) ? decoded.Text : null;
    }

    private static void WritePredictions(string path, SortedDictionary<string, string> predictions)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("version", typeof(BenchExtractCommand).Assembly.GetName().Version?.ToString() ?? "");
        writer.WriteStartObject("output");
        foreach (var (id, body) in predictions)
        {
            writer.WriteStartObject(id);
            writer.WriteString("articleBody", body);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
