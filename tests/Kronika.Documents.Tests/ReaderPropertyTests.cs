using System.Text;
using CsCheck;

namespace Kronika.Documents.Tests;

/// <summary>Random and mutated bytes fed to every reader: each input becomes a document or a refusal, never an exception.</summary>
public sealed class ReaderPropertyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private int _counter;

    public void Dispose() => _folder.Dispose();

    private static readonly string[] Extensions = [".txt", ".html", ".jsonl", ".ndjson", ".htm", "", ".txt.gz", ".jsonl.gz"];

    private static readonly byte[] Seed = Encoding.UTF8.GetBytes(
        "{\"title\": \"Talks\", \"text\": \"Russia and Georgia held talks.\", \"date\": \"2009-05-19\"}\n" +
        "<html><head><title>T</title></head><body><p>Peru protested to Chile’s envoy.</p></body></html>\n");

    private void CheckReads(byte[] bytes, string extension)
    {
        var path = _folder.Write($"input{Interlocked.Increment(ref _counter)}{extension}", bytes);
        foreach (var item in new DocumentReader(new ReaderOptions { MaxBytes = 4096 }).Read([path]))
        {
            // Each item is one thing: a document, a refusal, or a warning (a record's bad date) before its document.
            Assert.Equal(1, (item.Document is null ? 0 : 1) + (item.Refusal is null ? 0 : 1) + (item.Warning is null ? 0 : 1));
            if ((item.Refusal ?? item.Warning) is { } refusal)
            {
                Assert.Equal(path, refusal.Path);
                Assert.False(string.IsNullOrWhiteSpace(refusal.Reason));
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(item.Document!.Text));
            }
        }
    }

    [Fact]
    public void Random_bytes_never_escape_as_exceptions() =>
        Gen.Select(Gen.Byte.Array[0, 6000], Gen.Int[0, Extensions.Length - 1])
            .Sample((bytes, e) => CheckReads(bytes, Extensions[e]), iter: 300);

    [Fact]
    public void Mutated_valid_inputs_never_escape_as_exceptions() =>
        Gen.Select(Gen.Int[0, Seed.Length - 1].Array[1, 12], Gen.Byte.Array[12], Gen.Int[0, Extensions.Length - 1])
            .Sample((positions, values, e) =>
            {
                var bytes = (byte[])Seed.Clone();
                for (int k = 0; k < positions.Length; k++) bytes[positions[k]] = values[k];
                CheckReads(bytes, Extensions[e]);
            }, iter: 300);

    [Fact]
    public void Truncated_valid_inputs_never_escape_as_exceptions() =>
        Gen.Select(Gen.Int[0, Seed.Length], Gen.Int[0, Extensions.Length - 1])
            .Sample((length, e) => CheckReads(Seed[..length], Extensions[e]), iter: 200);
}
