using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Kronika.Documents;

/// <summary>
/// One result of reading inputs: a document, a refusal saying which input (or manifest line) and why, or a warning
/// about a manifest that loses nothing (an unknown column).
/// </summary>
public readonly record struct ReadItem(SourceDocument? Document, InputRefusal? Refusal, InputRefusal? Warning = null)
{
    public static ReadItem Refused(InputRefusal refusal) => new(null, refusal);
    public static ReadItem Warned(InputRefusal warning) => new(null, null, warning);
}

/// <summary>Options for <see cref="DocumentReader"/>.</summary>
public sealed record ReaderOptions
{
    /// <summary>Files, decompressed files, standard input and JSON Lines records larger than this are refused; it is checked while they are read.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>A metadata manifest that applies to every input (see <see cref="MetadataManifest"/>).</summary>
    public string? Metadata { get; init; }

    /// <summary>Whether manifests named metadata.csv/.jsonl/.ndjson in the input folders apply; off to measure inference from text alone.</summary>
    public bool FolderMetadata { get; init; } = true;

    /// <summary>How a folder is listed: <see cref="NativeFiles.List"/>, or a stand-in that fails where a test needs it (tests run as root, whom no folder denies).</summary>
    internal Func<string, FolderListing>? ListFolder { get; init; }
}

/// <summary>
/// Reads articles from files, directories (recursively) and standard input ("-"), one at a time,
/// so a corpus never has to fit in memory. Every unreadable input becomes an <see cref="InputRefusal"/>
/// and reading goes on with the rest.
/// </summary>
public sealed class DocumentReader(ReaderOptions? options = null)
{
    private readonly ReaderOptions _options = options ?? new ReaderOptions();

    /// <summary>The limit on a file, a decompressed stream, standard input and one record; no array holds more than Array.MaxLength.</summary>
    private long Limit => Math.Min(_options.MaxBytes, Array.MaxLength);

    private JsonLinesReader JsonLines => new(Limit);

    public static readonly string StdinPath = "-";

    /// <summary>Expands directories into their article files, sorted so runs are repeatable; hidden files and manifests are skipped.</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths) => InputFiles.Find(paths, new ReaderOptions()).Articles;

    /// <summary>The article files and manifests that <paramref name="paths"/> stand for, with this reader's options.</summary>
    public InputFiles Find(IEnumerable<string> paths) => InputFiles.Find(paths, _options);

    public IEnumerable<ReadItem> Read(IEnumerable<string> paths) => Read(Find(paths));

    /// <summary>
    /// Reads every article of <paramref name="inputs"/> with the metadata its manifest row gives, after the manifests'
    /// own problems and, at the end, the rows that named no file; <paramref name="fileRead"/> is called after each file.
    /// </summary>
    public IEnumerable<ReadItem> Read(InputFiles inputs, Action? fileRead = null)
    {
        foreach (var problem in inputs.Problems)
            yield return ReadItem.Refused(problem);
        var metadata = ManifestCatalog.Load(inputs);
        foreach (var note in metadata.Notes)
            yield return note;
        foreach (var path in inputs.Articles)
        {
            foreach (var item in ReadOne(path))
            {
                // A row names a file, so it applies to a file that is one article, not to the records of a JSON Lines file.
                if (item.Document is { } document && !InputFiles.IsJsonLines(path)) metadata.Apply(path, document);
                yield return item;
            }
            fileRead?.Invoke();
        }
        foreach (var note in metadata.Unmatched())
            yield return note;
    }

    public IEnumerable<ReadItem> ReadOne(string path)
    {
        if (path == StdinPath)
            return ReadStandardInput(Console.OpenStandardInput());
        // By type before anything is opened: a FIFO would block, /dev/zero and /dev/urandom never end, a socket cannot be opened.
        if (NativeFiles.Status(path).Problem is { } problem)
            return [Refuse(path, null, problem)];
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".gz")
        {
            // "feed.jsonl.gz", "article.html.gz": the format is the extension under ".gz".
            var inner = Path.GetExtension(Path.GetFileNameWithoutExtension(path)).ToLowerInvariant();
            return inner is ".jsonl" or ".ndjson" ? ReadJsonLines(path, gzip: true) : ReadGzipFile(path, inner);
        }
        if (ext is ".jsonl" or ".ndjson")
            return ReadJsonLines(path, gzip: false);
        return ReadWholeFile(path, ext);
    }

    /// <summary>
    /// Reads standard input (or any stream given in its place): JSON Lines when its first character is "{", record by
    /// record with the per-record limit, else one article of at most <see cref="ReaderOptions.MaxBytes"/>, whose first
    /// character "<" makes it a web page.
    /// </summary>
    public IEnumerable<ReadItem> ReadStandardInput(Stream input)
    {
        byte[] head;
        try
        {
            // Enough to see past leading white space and a byte order mark; the rest is read as it is needed.
            head = new byte[4096];
            int n = 0, read;
            while (n < head.Length && (read = input.Read(head, n, head.Length - n)) > 0) n += read;
            head = head[..n];
        }
        catch (IOException e)
        {
            input.Dispose();
            return [Refuse("stdin", null, $"cannot read: {e.Message}")];
        }
        var first = head.SkipWhile(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF).FirstOrDefault();
        var whole = new PrefixedStream(head, input);
        if (first == (byte)'{')
            return JsonLines.Read("stdin", whole);
        try
        {
            using (whole)
                return [ReadBounded("stdin", whole, "standard input too large (more than the limit of {0:N0} bytes)", first == (byte)'<' ? ".html" : ".txt")];
        }
        catch (IOException e)
        {
            return [Refuse("stdin", null, $"cannot read: {e.Message}")];
        }
    }

    private IEnumerable<ReadItem> ReadGzipFile(string path, string innerExtension)
    {
        try
        {
            using var gzip = new GZipStream(NativeFiles.OpenRead(path), CompressionMode.Decompress);
            return [ReadBounded(path, gzip, "file too large when decompressed (over {0:N0} bytes)", innerExtension)];
        }
        catch (InvalidDataException e)
        {
            return [Refuse(path, null, $"corrupt gzip data: {e.Message}")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Refuse(path, null, Unreadable(e))];
        }
    }

    private IEnumerable<ReadItem> ReadWholeFile(string path, string ext)
    {
        try
        {
            using var file = NativeFiles.OpenRead(path);
            // The length of a regular file refuses a large one before it is read; the read itself still stops at the limit.
            var length = file.Length;
            if (length > Limit)
                return [Refuse(path, null, $"file too large ({length:N0} bytes; the limit is {Limit:N0})")];
            return [ReadBounded(path, file, "file too large (it grew past the limit of {0:N0} bytes while read)", ext)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Refuse(path, null, Unreadable(e))];
        }
    }

    /// <summary>One article from a stream read up to the limit; <paramref name="tooLarge"/> is the reason beyond it, the limit as {0}.</summary>
    private ReadItem ReadBounded(string path, Stream stream, string tooLarge, string ext) =>
        BoundedRead.TryReadAll(stream, Limit, out var bytes) ? FromBytes(path, bytes, ext) : Refuse(path, null, string.Format(System.Globalization.CultureInfo.InvariantCulture, tooLarge, Limit));

    private static ReadItem FromBytes(string path, byte[] bytes, string ext)
    {
        if (!TextDecoder.TryDecode(bytes, out var decoded, out var problem))
            return Refuse(path, null, problem);
        var text = decoded.Text;
        var name = Path.GetFileName(NativePath.Display(path));
        if (ext is ".html" or ".htm" or ".xhtml")
        {
            // Every text check runs on the article a reader sees, never on the markup (scripts, JSON, attributes).
            var page = HtmlArticleExtractor.Extract(text);
            if (string.IsNullOrWhiteSpace(page.Text))
                return Refuse(path, null, page.Problem ?? "no article text found in the HTML");
            if (LanguageGuess.NotEnglish(page.Text) is { } pageLanguage)
                return Refuse(path, null, $"{pageLanguage} in the article text; Kronika codes English news only, so the page is skipped");
            return new ReadItem(new SourceDocument(name, page.Text, page.Title, page.Url, page.Date)
            {
                Encoding = decoded.Encoding, SiteName = page.SiteName, Author = page.Metadata?.Author,
                TitleBasis = page.TitleBasis, UrlBasis = page.UrlBasis, SiteNameBasis = page.SiteNameBasis, AuthorBasis = page.Metadata?.AuthorBasis,
                PublicationDateEvidence = page.PublishedBasis, MetadataDates = page.Metadata?.DateCandidates ?? [],
            }, null);
        }
        if (string.IsNullOrWhiteSpace(text))
            return Refuse(path, null, "no text (only whitespace)");
        if (LanguageGuess.NotEnglish(text) is { } language)
            return Refuse(path, null, $"{language}; Kronika codes English news only, so the file is skipped");
        return new ReadItem(new SourceDocument(name, text)
        {
            Encoding = decoded.Encoding, MojibakeRepairs = decoded.MojibakeRepairs, ReplacementCharacters = decoded.ReplacementCharacters,
        }, null);
    }

    private IEnumerable<ReadItem> ReadJsonLines(string path, bool gzip)
    {
        Stream stream;
        try
        {
            stream = NativeFiles.OpenRead(path);
            if (gzip) stream = new GZipStream(stream, CompressionMode.Decompress);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Refuse(path, null, Unreadable(e))];
        }
        return JsonLines.Read(NativePath.Display(path), stream);
    }

    /// <summary>NativeFiles' messages are reasons already; any other error reading a file follows "cannot read:".</summary>
    private static string Unreadable(Exception e) => e is UnreadableFileException ? e.Message : $"cannot read: {e.Message}";

    /// <summary>A refusal names the path as it is shown: a byte that is no UTF-8 as \\xFF (see <see cref="NativePath"/>).</summary>
    private static ReadItem Refuse(string path, int? line, string reason) => new(null, new InputRefusal(NativePath.Display(path), line, reason));
}
