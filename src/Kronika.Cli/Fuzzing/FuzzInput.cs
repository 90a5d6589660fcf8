using System.IO.Compression;
using System.Text;

namespace Kronika.Cli.Fuzzing;

/// <summary>
/// One mutated input: the file it becomes (its kind is its extension) and what was done to it. It is made from the
/// run's seed and its index alone, so `kronika fuzz --seed S --from I --count 1` makes it again.
/// </summary>
public sealed record FuzzInput(int Seed, int Index, string Extension, byte[] Bytes, IReadOnlyList<string> Mutations)
{
    /// <summary>Every input kind the readers take, plain and gzip-compressed.</summary>
    public static readonly string[] Kinds = [".txt", ".html", ".jsonl", ".jsonl.gz", ".txt.gz", ".html.gz"];

    public string FileName => $"fuzz-{Seed}-{Index}{Extension}";

    /// <summary>Makes input <paramref name="index"/> of the run with <paramref name="seed"/>.</summary>
    public static FuzzInput Make(int seed, int index)
    {
        var random = new Random(Mix(seed, index));
        var text = new TextMutations(random);
        var file = new FileMutations(text);
        var kind = text.Pick(Kinds);
        var article = text.Article();
        var content = kind switch
        {
            ".html" or ".html.gz" => file.Html(article),
            ".jsonl" or ".jsonl.gz" => file.JsonLines(article),
            _ => file.PlainText(article),
        };
        var bytes = file.Encode(content);
        if (kind.EndsWith(".gz", StringComparison.Ordinal)) bytes = file.Gzip(bytes);
        return new FuzzInput(seed, index, kind, bytes, text.Applied);
    }

    /// <summary>A well-spread seed for each input (SplitMix64's finalizer), so neighbouring indexes share no pattern.</summary>
    private static int Mix(int seed, int index)
    {
        ulong z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }

    /// <summary>"seed 14 input 812 (.jsonl; far date, bom): {"text": ...}": enough to see the input in a failure message.</summary>
    public string Describe(int maxChars = 400) =>
        $"seed {Seed} input {Index} ({Extension}; {string.Join(", ", Mutations)}): {Preview(maxChars)}";

    /// <summary>The content as text (decompressed when it can be), control characters and non-ASCII escaped, cut at <paramref name="maxChars"/>.</summary>
    public string Preview(int maxChars)
    {
        var bytes = Bytes;
        if (Extension.EndsWith(".gz", StringComparison.Ordinal))
        {
            try
            {
                using var gzip = new GZipStream(new MemoryStream(Bytes), CompressionMode.Decompress);
                using var buffer = new MemoryStream();
                gzip.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            catch (InvalidDataException) { /* a corrupt stream is shown as it is */ }
        }
        var preview = new StringBuilder();
        foreach (var c in Encoding.UTF8.GetString(bytes))
        {
            if (preview.Length >= maxChars) { preview.Append('…'); break; }
            if (c is >= ' ' and <= '~') preview.Append(c);
            else preview.Append(c == '\n' ? "\\n" : $"\\u{(int)c:x4}");
        }
        return preview.ToString();
    }
}
