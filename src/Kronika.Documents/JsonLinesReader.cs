using System.Text;
using System.Text.Json;

namespace Kronika.Documents;

/// <summary>
/// Reads a JSON Lines stream, one article a record, holding at most one record of <c>maxRecordBytes</c> at a time:
/// a longer record is skipped to its line's end and refused, and the next line is read. A record's problem (too
/// large, not UTF-8, malformed, no text) refuses that record alone; a bad date is a warning and the record is read
/// without it.
/// </summary>
internal sealed class JsonLinesReader(long maxRecordBytes)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] TextFields = ["text", "body", "content", "article", "maintext"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] UrlFields = ["url", "link", "source_url"];
    private static readonly string[] SiteFields = ["source", "site", "site_name", "sitename", "publisher", "outlet", "domain"];
    private static readonly string[] AuthorFields = ["author", "byline", "authors"];
    private static readonly string[] DateFields = ["date", "published", "pubdate", "publication_date", "published_at", "date_publish", "datetime"];

    /// <summary>The records of <paramref name="stream"/> (disposed at the end); <paramref name="path"/> names it in refusals ("stdin" for standard input).</summary>
    public IEnumerable<ReadItem> Read(string path, Stream stream)
    {
        using (stream)
        {
            var fileName = path == "stdin" ? path : Path.GetFileName(path);
            BoundedLineReader? lines = null;
            int lineNumber = 0;
            while (true)
            {
                BoundedLine line = default;
                string? readError = null;
                bool more = false;
                try
                {
                    // Made here, since finding a byte order mark reads the stream, which may be corrupt gzip data.
                    lines ??= new BoundedLineReader(AsUtf8(stream), maxRecordBytes);
                    more = lines.TryRead(out line);
                }
                catch (InvalidDataException e)
                {
                    readError = $"corrupt gzip data ({e.Message.TrimEnd('.')}); the rest of the file is skipped";
                }
                catch (IOException e)
                {
                    readError = $"cannot read ({e.Message.TrimEnd('.')}); the rest of the file is skipped";
                }
                if (readError is not null)
                {
                    yield return Refuse(path, lineNumber + 1, readError);
                    yield break;
                }
                if (!more) break;
                lineNumber++;
                if (line.TooLarge)
                {
                    yield return Refuse(path, lineNumber, $"record too large ({line.Length:N0} bytes; the limit is {maxRecordBytes:N0}); it is skipped");
                    continue;
                }
                var bytes = line.Bytes.Span;
                if (lineNumber == 1 && bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
                if (bytes.Trim(" \t\r"u8).IsEmpty) continue;
                string text;
                try
                {
                    text = StrictUtf8.GetString(bytes);
                }
                catch (DecoderFallbackException e)
                {
                    text = "";
                    readError = $"invalid UTF-8 (byte {e.Index} of the record); it is skipped";
                }
                if (readError is not null)
                {
                    yield return Refuse(path, lineNumber, readError);
                    continue;
                }
                var (item, warning) = Parse(path, fileName, lineNumber, text);
                if (warning is not null) yield return ReadItem.Warned(warning);
                yield return item;
            }
            if (lineNumber == 0)
                yield return Refuse(path, null, "empty file");
        }
    }

    /// <summary>
    /// The stream as UTF-8: a UTF-16 file (its byte order mark says so) is transcoded first, since its line breaks
    /// are two bytes; anything else is read as it is.
    /// </summary>
    private static Stream AsUtf8(Stream stream)
    {
        var head = new byte[2];
        int n = 0, read;
        while (n < head.Length && (read = stream.Read(head, n, head.Length - n)) > 0) n += read;
        if (n == 2 && (head[0], head[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return Encoding.CreateTranscodingStream(stream, head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode, Encoding.UTF8);
        return new PrefixedStream(head[..n], stream);
    }

    private static (ReadItem Item, InputRefusal? Warning) Parse(string path, string fileName, int lineNumber, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return (Refuse(path, lineNumber, $"malformed JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}"), null);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (Refuse(path, lineNumber, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}"), null);
            var text = FirstString(root, TextFields);
            if (string.IsNullOrWhiteSpace(text))
                return (Refuse(path, lineNumber, "no article text (none of the fields text, body, content, article)"), null);
            if (LanguageGuess.NotEnglish(text) is { } language)
                return (Refuse(path, lineNumber, $"{language}; Kronika codes English news only, so the record is skipped"), null);
            var (date, dateProblem) = DateOf(root);
            var title = FirstString(root, TitleFields);
            var doc = new SourceDocument($"{fileName}:{lineNumber}", WithHeadline(title, text), title, FirstString(root, UrlFields), date)
            {
                SiteName = FirstString(root, SiteFields),
                Author = FirstString(root, AuthorFields),
            };
            return (new ReadItem(doc, null), dateProblem is null ? null : new InputRefusal(path, lineNumber, dateProblem));
        }
    }

    /// <summary>
    /// The record's publication date, or why its date field gives none. A placeholder ("9999-12-31") is no date: later
    /// stages compute with it. A field that is absent, null or empty is no problem.
    /// </summary>
    private static (PartialDate? Date, string? Problem) DateOf(JsonElement root)
    {
        JsonProperty? other = null;
        foreach (var property in root.EnumerateObject())
        {
            if (!IsOneOf(property, DateFields)) continue;
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                var text = JsonStrings.Read(property.Value);
                if (string.IsNullOrWhiteSpace(text)) return (null, null);
                if (PartialDate.TryParseIso(text, out var date) && MetadataDate.InRange(date)) return (date, null);
                var why = MetadataDate.TryParse(text, out var parsed, out var problem) && MetadataDate.InRange(parsed) ? "not a date Kronika reads" : problem;
                return (null, $"bad date \"{Shorten(text)}\" in \"{property.Name}\" ({why}); the record is read without a date");
            }
            if (property.Value.ValueKind != JsonValueKind.Null) other ??= property;
        }
        if (other is { } field)
        {
            var kind = field.Value.ValueKind switch { JsonValueKind.Number => "a number", JsonValueKind.Object => "an object", JsonValueKind.Array => "an array", _ => "a boolean" };
            return (null, $"bad date {Shorten(field.Value.GetRawText())} in \"{field.Name}\" ({kind}, not a date string); the record is read without a date");
        }
        return (null, null);
    }

    /// <summary>
    /// The article as a reader sees it: the headline, a blank line, then the body. A record's title is part of the
    /// report (headlines state the story's main event, and the actors they name set the scene for the body), so it is
    /// coded like a text file's first line; a body that already begins with its title is kept as it is.
    /// </summary>
    internal static string WithHeadline(string? title, string text)
    {
        var headline = title?.Trim();
        if (string.IsNullOrEmpty(headline) || headline.Contains('\n') || text.TrimStart().StartsWith(headline, StringComparison.Ordinal)) return text;
        return headline + "\n\n" + text;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private static bool IsOneOf(JsonProperty property, string[] names)
    {
        foreach (var name in names)
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static string? FirstString(JsonElement obj, string[] names)
    {
        foreach (var property in obj.EnumerateObject())
            if (IsOneOf(property, names) && property.Value.ValueKind == JsonValueKind.String)
                return JsonStrings.Read(property.Value);
        return null;
    }

    private static ReadItem Refuse(string path, int? line, string reason) => ReadItem.Refused(new InputRefusal(path, line, reason));
}
