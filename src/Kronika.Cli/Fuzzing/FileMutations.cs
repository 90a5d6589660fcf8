using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Kronika.Cli.Fuzzing;

/// <summary>
/// Puts a mutated article into a file of one input kind and mutates the file: JSON Lines records with fields of
/// random types, web pages with dates in their markup and deep or broken nesting, then bytes flipped, cut, BOMs and
/// invalid UTF-8 inserted, other encodings, and for gzip inputs sometimes a corrupt stream.
/// </summary>
internal sealed class FileMutations(TextMutations text)
{
    private static readonly string[] TextFields = ["text", "body", "content", "article", "maintext", "Text", "TEXT"];
    private static readonly string[] DateFields = ["date", "published", "pubdate", "publication_date", "published_at", "datetime"];

    public string PlainText(string article) =>
        text.Chance(0.3) ? $"{text.Pick(FuzzArticles.Titles)}\n\n{article}" : article;

    /// <summary>One to three records, each a JSON object (or, mutated, something else) on its own line.</summary>
    public string JsonLines(string article)
    {
        var lines = new StringBuilder();
        int records = text.Chance(0.8) ? 1 : text.Next(2, 4);
        for (int r = 0; r < records; r++)
        {
            if (r > 0 && text.Chance(0.3)) lines.Append('\n');
            lines.Append(r == 0 ? Record(article) : Record(text.Article())).Append('\n');
        }
        return lines.ToString();
    }

    private string Record(string article)
    {
        if (text.Chance(0.05))
        {
            text.Applied.Add("not an object");
            return text.Pick(["[1, 2]", "\"text\"", "42", "null", "{", "}", "{\"text\": }", "{\"text\": \"a\"} trailing", ""]);
        }
        var fields = new List<string>
        {
            $"{Quote(text.Pick(TextFields))}: {Value(article, "text")}",
            $"\"title\": {Value(text.Pick(FuzzArticles.Titles), "title")}",
            $"{Quote(text.Pick(DateFields))}: {Value(text.Pick(FuzzArticles.DateValues), "date")}",
        };
        if (text.Chance(0.5)) fields.Add($"\"url\": {Value("https://example.com/2008/08/09/story", "url")}");
        if (text.Chance(0.5)) fields.Add($"\"source\": {Value("Example News", "source")}");
        if (text.Chance(0.3)) fields.Add($"\"author\": {Value("Jane Doe", "author")}");
        if (text.Chance(0.1))
        {
            text.Applied.Add("duplicate key");
            fields.Add($"\"text\": {Quote(text.Article())}");
        }
        if (text.Chance(0.05))
        {
            text.Applied.Add("nested");
            fields.Add($"\"extra\": {new string('[', 200)}{new string(']', 200)}");
        }
        var shuffled = fields.OrderBy(_ => text.Next(0, 1000)).ToList();
        return "{" + string.Join(", ", shuffled) + "}";
    }

    /// <summary>A field's value: mostly the string, else another JSON type, an empty or huge string, or raw unescaped text.</summary>
    private string Value(string value, string field)
    {
        if (!text.Chance(0.2)) return Quote(value);
        text.Applied.Add($"{field} field");
        return text.Next(0, 10) switch
        {
            0 => text.Pick(["0", "-1", "1e400", "99999999999999999999999", "3.14"]),
            1 => text.Pick(["true", "false", "null"]),
            2 => $"[{Quote(value)}, 1]",
            3 => $"{{\"value\": {Quote(value)}}}",
            4 => "\"\"",
            5 => Quote(string.Concat(Enumerable.Repeat(text.Fragment() + " ", text.Next(100, 2000)))),
            6 => $"\"{value}\"",
            7 => Quote(value) + "\\ud800",
            8 => "\"\\ud800\\udc00\\ud800 \\u0000 \\uFFFF\"",
            _ => Quote(text.Fragment()),
        };
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);

    /// <summary>A page: metadata in its head (tags, JSON-LD, time elements), the article in paragraphs, page chrome around it.</summary>
    public string Html(string article)
    {
        var date = text.Pick(FuzzArticles.DateValues);
        var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
        page.Append($"<title>{text.Pick(FuzzArticles.Titles)}</title>");
        if (text.Chance(0.6)) page.Append($"<meta property=\"article:published_time\" content=\"{date}\">");
        if (text.Chance(0.3)) page.Append($"<meta name=\"date\" content=\"{text.Pick(FuzzArticles.DateValues)}\">");
        if (text.Chance(0.4))
            page.Append("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": ")
                .Append(text.Chance(0.7) ? Quote(date) : text.Pick(["1218240000", "null", "[\"2008\"]", "{\"@value\": \"9999-12-31\"}", "true"]))
                .Append(", \"author\": {\"name\": \"Jane Doe\"}}</script>");
        page.Append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>");
        if (text.Chance(0.4)) page.Append($"<time datetime=\"{text.Pick(FuzzArticles.DateValues)}\">{text.Pick(FuzzArticles.FarDates)}</time>");
        page.Append("<p class=\"byline\">By Jane Doe</p>");
        foreach (var paragraph in article.Split('\n'))
            page.Append("<p>").Append(text.Chance(0.9) ? Escape(paragraph) : paragraph).Append("</p>");
        if (text.Chance(0.3)) page.Append($"<figure><figcaption>Photo: {text.Pick(FuzzArticles.FarDates)} (AFP)</figcaption></figure>");
        page.Append("</article><footer>\u00a9 2012 Example News</footer></body></html>");
        var html = page.ToString();
        return text.Chance(0.4) ? Markup(html) : html;
    }

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;");

    private string Markup(string html)
    {
        int body = html.IndexOf("<article>", StringComparison.Ordinal) + "<article>".Length;
        switch (text.Next(0, 6))
        {
            case 0:
                text.Applied.Add("deep markup");
                int depth = text.Chance(0.9) ? text.Next(10, 600) : text.Next(2000, 20000);
                var tag = text.Pick(["div", "span", "b", "section", "table", "p"]);
                return html.Insert(body, string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "Russia attacked Georgia." + (text.Chance(0.5) ? string.Concat(Enumerable.Repeat($"</{tag}>", depth)) : ""));
            case 1:
                text.Applied.Add("broken markup");
                return html.Insert(body, text.Pick(["<p", "<!--", "<script>", "<![CDATA[", "</html>", "<div class=\"", "<style>", "<<<>>>", "<title>"]));
            case 2:
                text.Applied.Add("entities");
                return html.Insert(body, text.Pick(["&#0;", "&#xD800;", "&#99999999;", "&#x110000;", "&nbsp;&nbsp;", "&bogus;", "&#x202E;", "&amp"]));
            case 3:
                text.Applied.Add("huge attribute");
                return html.Insert(body, $"<div class=\"{new string('x', text.Next(1000, 50000))}\">text</div>");
            case 4:
                text.Applied.Add("no body");
                return html[..body];
            default:
                text.Applied.Add("markup only");
                return "<html><head><script>var a = 1;</script></head><body><div><div></div></div></body></html>";
        }
    }

    /// <summary>The file's bytes, mostly UTF-8; sometimes another encoding, flipped or cut bytes, BOMs, invalid UTF-8, NULs.</summary>
    public byte[] Encode(string content)
    {
        byte[] bytes = text.Chance(0.08) ? OtherEncoding(content) : Encoding.UTF8.GetBytes(content);
        if (!text.Chance(0.35)) return bytes;
        var list = new List<byte>(bytes);
        int mutations = text.Next(1, 4);
        for (int k = 0; k < mutations; k++) MutateBytes(list);
        return [.. list];
    }

    private byte[] OtherEncoding(string content)
    {
        var (name, encoding) = text.Next(0, 4) switch
        {
            0 => ("utf-16le+bom", (Encoding)new UnicodeEncoding(false, true)),
            1 => ("utf-16be+bom", new UnicodeEncoding(true, true)),
            2 => ("utf-32", new UTF32Encoding(false, true)),
            _ => ("latin-1", Encoding.Latin1),
        };
        text.Applied.Add(name);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(content)];
    }

    private void MutateBytes(List<byte> bytes)
    {
        int at = text.Next(0, bytes.Count + 1);
        switch (text.Next(0, 6))
        {
            case 0:
                text.Applied.Add("byte flips");
                for (int k = text.Next(1, 9); k > 0 && bytes.Count > 0; k--)
                    bytes[text.Next(0, bytes.Count)] ^= (byte)(1 << text.Next(0, 8));
                break;
            case 1:
                text.Applied.Add("truncated");
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 2:
                text.Applied.Add("invalid utf-8");
                bytes.InsertRange(at, text.Pick<byte[]>([[0xFF], [0xC0, 0xAF], [0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]]));
                break;
            case 3:
                text.Applied.Add("bom");
                bytes.InsertRange(text.Chance(0.6) ? 0 : at, text.Pick<byte[]>([[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]]));
                break;
            case 4:
                text.Applied.Add("nul bytes");
                bytes.InsertRange(at, new byte[text.Next(1, 64)]);
                break;
            default:
                text.Applied.Add("random bytes");
                var noise = new byte[text.Next(1, 32)];
                for (int k = 0; k < noise.Length; k++) noise[k] = (byte)text.Next(0, 256);
                bytes.InsertRange(at, noise);
                break;
        }
    }

    /// <summary>The bytes gzip-compressed; sometimes the stream is cut or a byte of it flipped.</summary>
    public byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);
        var compressed = buffer.ToArray();
        // Nothing written gives no stream at all (not even a header): nothing to corrupt.
        if (compressed.Length == 0 || !text.Chance(0.1)) return compressed;
        text.Applied.Add("corrupt gzip");
        if (text.Chance(0.5)) return compressed[..text.Next(0, compressed.Length)];
        compressed[text.Next(0, compressed.Length)] ^= 0x5A;
        return compressed;
    }
}
