using System.Text;
using static Kronika.Documents.Tests.ReaderTestFiles;

namespace Kronika.Documents.Tests;

/// <summary>Limits hold while reading (a record, a decompressed file, standard input), whatever a length says; UTF-16 without BOM; bad JSON Lines dates.</summary>
public sealed class ReaderLimitTests : IDisposable
{
    private const string English = "Turkey on Monday accused Greece of violating its airspace.";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_gzip_record_far_over_the_limit_is_refused_in_bounded_memory_and_the_next_record_is_read()
    {
        const long letters = 64L * 1024 * 1024;
        var feed = Path.Combine(_folder.Path, "feed.jsonl.gz");
        WriteGzipJsonLines(feed, Record($"{{\"text\": \"{English}\"}}"), HugeRecord(letters), Record("{\"text\": \"Athens rejected the accusation.\"}"));
        var reader = new DocumentReader(new ReaderOptions { MaxBytes = 64 * 1024 });

        long before = GC.GetAllocatedBytesForCurrentThread();
        var items = reader.Read([feed]).ToList();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["feed.jsonl.gz:1", "feed.jsonl.gz:3"], items.Where(i => i.Document is not null).Select(i => i.Document!.Name).ToArray());
        var refusal = Assert.Single(items, i => i.Refusal is not null).Refusal!;
        Assert.Equal((2, $"record too large ({letters + 12:N0} bytes; the limit is 65,536); it is skipped"), (refusal.Line!.Value, refusal.Reason));
        // ReadLine would have built the 64 MB line as a string (128 MB) before any limit was checked.
        Assert.True(allocated < 16 * 1024 * 1024, $"reading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_record_over_the_limit_in_a_plain_file_is_refused_and_reading_goes_on()
    {
        var feed = _folder.Write("feed.jsonl", $"{{\"text\": \"{new string('a', 5000)}\"}}\r\n{{\"text\": \"{English}\"}}\r\n");
        var items = new DocumentReader(new ReaderOptions { MaxBytes = 1000 }).Read([feed]).ToList();
        var refusal = Assert.Single(items, i => i.Refusal is not null).Refusal!;
        // The record's bytes up to its line feed, the carriage return before it included.
        Assert.Equal((1, "record too large (5,013 bytes; the limit is 1,000); it is skipped"), (refusal.Line!.Value, refusal.Reason));
        Assert.Equal(English, Assert.Single(items, i => i.Document is not null).Document!.Text);
    }

    [Fact]
    public void Invalid_utf8_in_one_record_refuses_that_record_alone()
    {
        var feed = _folder.Write("feed.jsonl", [.. "{\"text\": \"Gr"u8, 0xFF, .. "ece\"}\n"u8, .. Encoding.UTF8.GetBytes($"{{\"text\": \"{English}\"}}\n")]);
        var items = new DocumentReader().Read([feed]).ToList();
        Assert.Equal((1, "invalid UTF-8 (byte 12 of the record); it is skipped"), (items[0].Refusal!.Line!.Value, items[0].Refusal!.Reason));
        Assert.Equal("feed.jsonl:2", items[1].Document!.Name);
    }

    [Fact]
    public void A_gzip_text_over_the_limit_when_decompressed_is_refused_after_reading_no_more_than_the_limit()
    {
        var file = Path.Combine(_folder.Path, "big.txt.gz");
        WriteGzipJsonLines(file, HugeRecord(32L * 1024 * 1024));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var item = Assert.Single(new DocumentReader(new ReaderOptions { MaxBytes = 100_000 }).Read([file]));
        Assert.Equal("file too large when decompressed (over 100,000 bytes)", item.Refusal!.Reason);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 8 * 1024 * 1024);
    }

    [Fact]
    public async Task Standard_input_over_the_limit_is_refused_after_reading_no_more_than_the_limit()
    {
        var input = new EndlessStream((byte)'a');
        var reading = Task.Run(() => new DocumentReader(new ReaderOptions { MaxBytes = 100_000 }).ReadStandardInput(input).ToList());
        Assert.True(await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(30))) == reading, "standard input was read past the limit");
        var refusal = Assert.Single(await reading).Refusal!;
        Assert.Equal("stdin: standard input too large (more than the limit of 100,000 bytes)", refusal.ToString());
        Assert.True(input.BytesRead <= 100_000 + 4096 + 81920, $"{input.BytesRead:N0} bytes read");
    }

    [Fact]
    public void Json_lines_on_standard_input_are_limited_per_record()
    {
        var text = $"\n{{\"text\": \"{English}\"}}\n{{\"text\": \"{new string('a', 300_000)}\"}}\n{{\"text\": \"Athens rejected the accusation.\"}}\n";
        var items = new DocumentReader(new ReaderOptions { MaxBytes = 100_000 }).ReadStandardInput(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();
        Assert.Equal(["stdin:2", "stdin:4"], items.Where(i => i.Document is not null).Select(i => i.Document!.Name).ToArray());
        Assert.Equal("stdin:3: record too large (300,012 bytes; the limit is 100,000); it is skipped", Assert.Single(items, i => i.Refusal is not null).Refusal!.ToString());
    }

    [Fact]
    public void Bounded_reads_stop_at_the_limit_whatever_length_the_stream_gives()
    {
        var endless = new EndlessStream(0);
        Assert.False(BoundedRead.TryReadAll(endless, 1_000_000, out var bytes));
        Assert.Empty(bytes);
        Assert.InRange(endless.BytesRead, 1_000_001, 1_000_000 + 81920);
        Assert.True(BoundedRead.TryReadAll(new MemoryStream(new byte[1000]), 1000, out bytes));
        Assert.Equal(1000, bytes.Length);
    }

    [Fact]
    public void Lines_longer_than_the_limit_are_counted_and_skipped_to_their_end()
    {
        var text = "short\n" + new string('x', 200_000) + "\nlast";
        var lines = new BoundedLineReader(new MemoryStream(Encoding.ASCII.GetBytes(text)), 1000);
        var read = new List<(string Text, long Length, bool TooLarge)>();
        while (lines.TryRead(out var line)) read.Add((Encoding.ASCII.GetString(line.Bytes.Span), line.Length, line.TooLarge));
        Assert.Equal([("short", 5L, false), ("", 200_000L, true), ("last", 4L, false)], read);
    }

    [Theory]
    [InlineData(false, "utf-16")]
    [InlineData(true, "utf-16BE")]
    public void Utf16_without_a_byte_order_mark_is_decoded(bool bigEndian, string encoding)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(English + "\nAthens called the charge “absurd”.");
        Assert.True(TextDecoder.TryDecode(bytes, out var decoded, out var problem), problem);
        Assert.Equal((English + "\nAthens called the charge “absurd”.", encoding), (decoded.Text, decoded.Encoding));
        var file = _folder.Write(bigEndian ? "be.txt" : "le.txt", bytes);
        Assert.Equal(English + "\nAthens called the charge “absurd”.", Assert.Single(new DocumentReader().Read([file])).Document!.Text);
    }

    [Fact]
    public void Binary_data_with_zero_bytes_is_still_binary_and_odd_lengths_are_no_utf16()
    {
        Assert.False(TextDecoder.TryDecode([0x89, 0x50, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48], out _, out var problem));
        Assert.StartsWith("binary content", problem);
        // UTF-16 little-endian cut in the middle of a character: no UTF-16, and its NUL bytes make it binary.
        Assert.False(TextDecoder.TryDecode(Encoding.Unicode.GetBytes(English)[..^1], out _, out problem));
        Assert.StartsWith("binary content", problem);
    }

    [Fact]
    public void Bad_json_lines_dates_are_warnings_naming_the_line_and_the_record_is_read_without_a_date()
    {
        var feed = _folder.Write("feed.jsonl", string.Join("\n",
            $"{{\"text\": \"{English}\", \"date\": \"2008-13-45\"}}",
            $"{{\"text\": \"{English} Again.\", \"date\": 1218153600}}",
            $"{{\"text\": \"{English} Once more.\", \"published\": \"9999-12-31\"}}",
            $"{{\"text\": \"{English} Still.\", \"date\": \"2008-08-08\"}}",
            $"{{\"text\": \"{English} And so.\", \"date\": null, \"published\": \"2008-08-09\"}}") + "\n");
        var items = new DocumentReader().Read([feed]).ToList();
        var warnings = items.Where(i => i.Warning is not null).Select(i => i.Warning!.ToString()[(_folder.Path.Length + 1)..]).ToArray();
        Assert.Equal([
            "feed.jsonl:1: bad date \"2008-13-45\" in \"date\" (no month 13); the record is read without a date",
            "feed.jsonl:2: bad date 1218153600 in \"date\" (a number, not a date string); the record is read without a date",
            $"feed.jsonl:3: bad date \"9999-12-31\" in \"published\" (out of range: a publication date lies between 1800-01-01 and {MetadataDate.Latest:yyyy-MM-dd}); the record is read without a date",
        ], warnings);
        var documents = items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        Assert.Equal(5, documents.Count);
        Assert.Equal([null, null, null, new PartialDate(2008, 8, 8, DatePrecision.Day), new PartialDate(2008, 8, 9, DatePrecision.Day)], documents.Select(d => d.PublicationDate).ToArray());
        // A warning comes just before the document it is about, and refuses nothing.
        Assert.Equal("feed.jsonl:1", items[1].Document!.Name);
        Assert.DoesNotContain(items, i => i.Refusal is not null);
    }
}
