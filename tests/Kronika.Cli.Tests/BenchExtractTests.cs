using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Kronika.Cli.Tests;

/// <summary>`kronika bench-extract` on a small folder laid out as the article-extraction benchmark is.</summary>
// In the "cli" collection: commands print to the process-wide console, which tests running at once would share.
[Collection("cli")]
public sealed class BenchExtractTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kronika-bench-extract-" + Guid.NewGuid().ToString("N"));

    public BenchExtractTests() => Directory.CreateDirectory(Path.Combine(_folder, "html"));

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private void Page(string id, string html)
    {
        using var file = File.Create(Path.Combine(_folder, "html", id + ".html.gz"));
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(html));
    }

    [Fact]
    public void Writes_the_benchmarks_output_file_and_prints_its_figures()
    {
        const string body = "Kenya and Tanzania agreed on Tuesday to reopen their shared border crossing at Namanga after weeks of talks.";
        Page("aa", $"<html><head><title>Border</title></head><body><nav><a href=/>Home</a></nav><article><h1>Border</h1><p>{body}</p></article></body></html>");
        // A page in German: the extractor alone is scored, without the language check.
        Page("bb", "<html><body><article><p>Die Regierung hat am Dienstag angekündigt, dass die Grenze wieder geöffnet wird.</p></article><div class=\"share\">Teilen</div></body></html>");
        File.WriteAllText(Path.Combine(_folder, "ground-truth.json"), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["aa"] = new { articleBody = body, url = "https://example.org/a" },
            ["bb"] = new { articleBody = "Die Regierung hat am Dienstag angekündigt, dass die Grenze wieder geöffnet wird.", url = "https://example.de/b" },
        }));

        var output = CliOutput.Of("bench-extract", _folder);

        Assert.Contains("pages=2 f1=1.000 precision=1.000 recall=1.000 accuracy=1.000", output);
        Assert.Contains("pages_per_s=", output);
        using var written = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "output", "kronika.json")));
        var predictions = written.RootElement.GetProperty("output");
        Assert.Equal(body, predictions.GetProperty("aa").GetProperty("articleBody").GetString());
        Assert.StartsWith("Die Regierung", predictions.GetProperty("bb").GetProperty("articleBody").GetString());
    }

    [Fact]
    public void A_folder_without_ground_truth_is_a_clear_error()
    {
        var (exit, _, error) = CliOutput.Run("bench-extract", _folder);
        Assert.Equal(ExitCodes.Error, exit);
        Assert.Contains("ground-truth.json", error);
    }
}
