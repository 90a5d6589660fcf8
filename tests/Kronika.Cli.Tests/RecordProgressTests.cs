using System.IO.Compression;
using System.Text;
using Kronika.Documents;

namespace Kronika.Cli.Tests;

/// <summary>`kronika run`'s progress counts the records of JSON Lines input, not its files.</summary>
public sealed class RecordProgressTests : IDisposable
{
    private const string Record = """{"text": "Russia and Georgia held talks in Geneva on Tuesday about the two breakaway regions.", "date": "2009-05-19"}""";
    private readonly string _work = Directory.CreateTempSubdirectory("kronika-progress-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    [Fact]
    public void A_json_lines_file_counts_its_non_blank_lines_a_text_file_one()
    {
        // A BOM, a blank line, a line of spaces and no final line break.
        var feed = Write("feed.jsonl", $"{Record}\n\n   \r\n{Record}\r\n{Record}");
        var text = Write("article.txt", "Russia and Georgia held talks.\nA second line.\n");
        Assert.Equal((3L, 1L), (RecordProgress.CountRecords(feed), RecordProgress.CountRecords(text)));
        Assert.Equal(4L, new RecordProgress([feed, text]).Total);
    }

    [Fact]
    public void A_gzip_compressed_feed_counts_its_decompressed_lines()
    {
        var path = Path.Combine(_work, "feed.ndjson.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Record + "\n", 5))));
        Assert.Equal(5L, RecordProgress.CountRecords(path));
    }

    [Fact]
    public void Progress_advances_per_record_and_ends_at_the_total()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_work, "corpus")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.jsonl"), $"{Record}\nnot json\n\n{Record}\n");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "Russia and Georgia held talks in Geneva on Tuesday.");
        var reader = new DocumentReader();
        var files = reader.Find([folder]);
        var progress = new RecordProgress(files.Articles);
        var reported = new List<long>();
        var items = progress.Track(reader, files, reported.Add).ToList();

        Assert.Equal(4L, progress.Total);
        Assert.Equal(3, items.Count(i => i.Document is not null));
        // Each of a.jsonl's three records, a.jsonl done, b.txt's article, b.txt done.
        Assert.Equal([1L, 2, 3, 3, 4, 4], reported);
    }

    [Fact]
    public void A_file_that_ends_early_still_counts_all_it_was_expected_to()
    {
        // A gzip feed corrupt halfway: the reader refuses the rest of it once, so one item stands for the records it lost.
        var whole = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(whole, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 400).Select(i => Record.Replace("Tuesday", $"day {i}") + "\n"))));
        var bytes = whole.ToArray();
        for (int i = bytes.Length / 2; i < bytes.Length / 2 + 64; i++) bytes[i] = 0xFF;
        var path = Path.Combine(_work, "corrupt.jsonl.gz");
        File.WriteAllBytes(path, bytes);
        var reader = new DocumentReader();
        var files = reader.Find([path]);
        var progress = new RecordProgress(files.Articles);
        var reported = new List<long>();
        var items = progress.Track(reader, files, reported.Add).ToList();
        Assert.Contains(items, i => i.Refusal is { } r && r.Reason.Contains("corrupt gzip"));
        Assert.True(reported.Count < 400, $"{reported.Count} reports for a feed cut in half");
        Assert.Equal(progress.Total, reported[^1]);
    }
}
