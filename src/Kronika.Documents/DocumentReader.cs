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
    /// <summary>Files (and JSON Lines records) larger than this are refused.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>A metadata manifest that applies to every input (see <see cref="MetadataManifest"/>).</summary>
    public string? Metadata { get; init; }

    /// <summary>Whether manifests named metadata.csv/.jsonl/.ndjson in the input folders apply; off to measure inference from text alone.</summary>
    public bool FolderMetadata { get; init; } = true;
}

/// <summary>
/// Reads articles from files, directories (recursively) and standard input ("-"), one at a time,
/// so a corpus never has to fit in memory. Every unreadable input becomes an <see cref="InputRefusal"/>
/// and reading goes on with the rest.
/// </summary>
public sealed class DocumentReader(ReaderOptions? options = null)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReaderOptions _options = options ?? new ReaderOptions();

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
            return ReadStdin();
        if (!File.Exists(path))
            return [Refuse(path, null, "no such file or directory")];
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

    private IEnumerable<ReadItem> ReadGzipFile(string path, string innerExtension)
    {
        byte[] bytes;
        try
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > _options.MaxBytes)
                    return [Refuse(path, null, $"file too large when decompressed (over {_options.MaxBytes:N0} bytes)")];
            }
            bytes = buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            return [Refuse(path, null, $"corrupt gzip data: {e.Message}")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Refuse(path, null, $"cannot read: {e.Message}")];
        }
        return [FromBytes(path, bytes, innerExtension)];
    }

    private IEnumerable<ReadItem> ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var first = bytes.SkipWhile(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF).FirstOrDefault();
        if (first == (byte)'{')
        {
            var items = new List<ReadItem>();
            using var reader = new StreamReader(new MemoryStream(bytes), StrictUtf8);
            items.AddRange(ReadJsonLines("stdin", reader));
            return items;
        }
        return [FromBytes("stdin", bytes, first == (byte)'<' ? ".html" : ".txt")];
    }

    private IEnumerable<ReadItem> ReadWholeFile(string path, string ext)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > _options.MaxBytes)
                return [Refuse(path, null, $"file too large ({length:N0} bytes; the limit is {_options.MaxBytes:N0})")];
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Refuse(path, null, $"cannot read: {e.Message}")];
        }
        return [FromBytes(path, bytes, ext)];
    }

    private static ReadItem FromBytes(string path, byte[] bytes, string ext)
    {
        if (!TextDecoder.TryDecode(bytes, out var decoded, out var problem))
            return Refuse(path, null, problem);
        var text = decoded.Text;
        var name = Path.GetFileName(path);
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
            stream = File.OpenRead(path);
            if (gzip) stream = new GZipStream(stream, CompressionMode.Decompress);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Refuse(path, null, $"cannot read: {e.Message}")];
        }
        return ReadJsonLinesOwning(path, stream);
    }

    private IEnumerable<ReadItem> ReadJsonLinesOwning(string path, Stream stream)
    {
        using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        foreach (var item in ReadJsonLines(path, reader))
            yield return item;
    }

    private IEnumerable<ReadItem> ReadJsonLines(string path, StreamReader reader)
    {
        var fileName = path == "stdin" ? path : Path.GetFileName(path);
        int lineNumber = 0, documents = 0;
        while (true)
        {
            string? line;
            string? decodeError = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException e)
            {
                line = null;
                decodeError = $"invalid UTF-8 (byte {e.Index} of the line); the rest of the file is skipped";
            }
            catch (InvalidDataException e)
            {
                line = null;
                decodeError = $"corrupt gzip data ({e.Message.TrimEnd('.')}); the rest of the file is skipped";
            }
            if (decodeError is not null)
            {
                yield return Refuse(path, lineNumber + 1, decodeError);
                yield break;
            }
            if (line is null) break;
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (line.Length > _options.MaxBytes)
            {
                yield return Refuse(path, lineNumber, $"record too large ({line.Length:N0} characters; the limit is {_options.MaxBytes:N0})");
                continue;
            }
            var item = ParseJsonRecord(path, fileName, lineNumber, line);
            if (item.Document is not null) documents++;
            yield return item;
        }
        if (lineNumber == 0)
            yield return Refuse(path, null, "empty file");
    }

    private static readonly string[] TextFields = ["text", "body", "content", "article", "maintext"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] UrlFields = ["url", "link", "source_url"];
    private static readonly string[] SiteFields = ["source", "site", "site_name", "sitename", "publisher", "outlet", "domain"];
    private static readonly string[] AuthorFields = ["author", "byline", "authors"];
    private static readonly string[] DateFields = ["date", "published", "pubdate", "publication_date", "published_at", "date_publish", "datetime"];

    private static ReadItem ParseJsonRecord(string path, string fileName, int lineNumber, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Refuse(path, lineNumber, $"malformed JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Refuse(path, lineNumber, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            var text = FirstString(root, TextFields);
            if (string.IsNullOrWhiteSpace(text))
                return Refuse(path, lineNumber, "no article text (none of the fields text, body, content, article)");
            if (LanguageGuess.NotEnglish(text) is { } language)
                return Refuse(path, lineNumber, $"{language}; Kronika codes English news only, so the record is skipped");
            // A placeholder date ("9999-12-31") is no date: later stages compute with it.
            PartialDate? date = PartialDate.TryParseIso(FirstString(root, DateFields), out var d) && MetadataDate.InRange(d) ? d : null;
            var doc = new SourceDocument($"{fileName}:{lineNumber}", text, FirstString(root, TitleFields), FirstString(root, UrlFields), date)
            {
                SiteName = FirstString(root, SiteFields),
                Author = FirstString(root, AuthorFields),
            };
            return new ReadItem(doc, null);
        }
    }

    private static string? FirstString(JsonElement obj, string[] names)
    {
        foreach (var property in obj.EnumerateObject())
            foreach (var name in names)
                if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                    if (property.Value.ValueKind == JsonValueKind.String)
                        return JsonStrings.Read(property.Value);
        return null;
    }

    private static ReadItem Refuse(string path, int? line, string reason) => new(null, new InputRefusal(path, line, reason));
}
