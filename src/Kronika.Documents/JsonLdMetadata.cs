using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Kronika.Documents;

/// <summary>One value a JSON-LD object gives, with the property it came from ("datePublished", "headline").</summary>
public sealed record JsonLdValue(string Property, string Value, bool FromArticle);

/// <summary>
/// What a page's JSON-LD (schema.org) blocks say about its article: headlines, publication dates, authors,
/// publisher and URL, from objects typed as an article (NewsArticle, BlogPosting...) or a web page, found at
/// the top level of a block, in an array, in "@graph" or as a page's "mainEntity". References by "@id"
/// ("author": {"@id": "#/schema/person/1"}) are followed within the block. A block that is no valid JSON even
/// read leniently (trailing commas, comments, HTML comment or CDATA wrappers, raw line breaks in strings) is skipped.
/// </summary>
public static partial class JsonLdMetadata
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    [GeneratedRegex(@"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")]
    private static partial Regex Wrapper();

    /// <summary>The values of every JSON-LD block of the page, article objects' values first, each block in page order.</summary>
    public static IReadOnlyList<JsonLdValue> Read(IDocument page)
    {
        var values = new List<JsonLdValue>();
        foreach (var script in page.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type")?.Trim();
            if (!string.Equals(type, "application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            ReadBlock(script.TextContent, values);
        }
        return values.OrderBy(v => v.FromArticle ? 0 : 1).ToList();
    }

    private static void ReadBlock(string text, List<JsonLdValue> values)
    {
        var json = WithoutRawControls(Wrapper().Replace(text, ""));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Lenient);
        }
        catch (JsonException)
        {
            return;
        }
        using (document)
        {
            var nodes = new List<JsonElement>();
            Collect(document.RootElement, nodes, depth: 0);
            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var node in nodes)
                if (Text(node, "@id") is { } id) byId.TryAdd(id, node);
            foreach (var node in nodes)
            {
                var isArticle = HasType(node, IsArticleType);
                if (isArticle || HasType(node, IsPageType)) Describe(node, isArticle, byId, values);
            }
        }
    }

    /// <summary>
    /// The text with raw line breaks and tabs inside strings made spaces: JSON forbids them there, and pages write
    /// headlines and descriptions straight from their text. Outside strings they stay, ending any // comment.
    /// </summary>
    private static string WithoutRawControls(string json)
    {
        var chars = json.ToCharArray();
        bool inString = false, escaped = false;
        for (int i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (!inString)
            {
                if (c == '"') inString = true;
                else if (c == '/' && i + 1 < chars.Length && chars[i + 1] is '/' or '*') i = SkipComment(chars, i);
                continue;
            }
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
            else if (c < ' ') chars[i] = ' ';
        }
        return new string(chars);
    }

    /// <summary>The index of a comment's last character, so a quote inside a comment opens no string.</summary>
    private static int SkipComment(char[] chars, int start)
    {
        if (chars[start + 1] == '/')
        {
            int end = Array.IndexOf(chars, '\n', start);
            return end < 0 ? chars.Length - 1 : end - 1;
        }
        for (int i = start + 2; i + 1 < chars.Length; i++)
            if (chars[i] == '*' && chars[i + 1] == '/') return i + 1;
        return chars.Length - 1;
    }

    /// <summary>The objects a block declares: itself, the items of an array, of "@graph", and a page's "mainEntity".</summary>
    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 4) return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, nodes, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        nodes.Add(element);
        if (element.TryGetProperty("@graph", out var graph)) Collect(graph, nodes, depth + 1);
        if (element.TryGetProperty("mainEntity", out var main)) Collect(main, nodes, depth + 1);
    }

    private static void Describe(JsonElement node, bool isArticle, Dictionary<string, JsonElement> byId, List<JsonLdValue> values)
    {
        void Add(string property, string? value)
        {
            if (Clean(value) is { } clean) values.Add(new JsonLdValue(property, clean, isArticle));
        }
        Add("headline", Text(node, "headline"));
        Add("name", Text(node, "name"));
        Add("datePublished", Text(node, "datePublished"));
        Add("dateCreated", Text(node, "dateCreated"));
        Add("url", Text(node, "url"));
        if (node.TryGetProperty("mainEntityOfPage", out var page))
            Add("mainEntityOfPage", page.ValueKind == JsonValueKind.String ? page.GetString() : Text(page, "@id") ?? Text(page, "url"));
        if (node.TryGetProperty("author", out var author))
        {
            var names = Items(author).Select(a => Name(a, byId)).OfType<string>().Select(Clean).OfType<string>().Distinct().ToList();
            if (names.Count > 0) Add("author", string.Join(", ", names));
        }
        if (node.TryGetProperty("publisher", out var publisher))
            Add("publisher", Items(publisher).Select(p => Name(p, byId)).FirstOrDefault(n => n is not null));
    }

    /// <summary>A person's or organisation's name: a string, an object's "name", or the name of the object an "@id" points to.</summary>
    private static string? Name(JsonElement element, Dictionary<string, JsonElement> byId)
    {
        if (element.ValueKind == JsonValueKind.String) return element.GetString();
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (Text(element, "name") is { } name) return name;
        return Text(element, "@id") is { } id && byId.TryGetValue(id, out var target) ? Text(target, "name") : null;
    }

    private static IEnumerable<JsonElement> Items(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [element];

    /// <summary>A property's text: a string, a number (an epoch date), or the first string of an array.</summary>
    private static string? Text(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
    }

    private static bool HasType(JsonElement node, Func<string, bool> test) =>
        node.TryGetProperty("@type", out var type)
        && Items(type).Any(t => t.ValueKind == JsonValueKind.String && test(LocalName(t.GetString()!)));

    /// <summary>"http://schema.org/NewsArticle" and "schema:NewsArticle" are "NewsArticle".</summary>
    private static string LocalName(string type) => type[(type.LastIndexOfAny(['/', ':', '#']) + 1)..];

    private static bool IsArticleType(string type) =>
        type.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || type.EndsWith("Posting", StringComparison.OrdinalIgnoreCase)
        || type.Equals("Report", StringComparison.OrdinalIgnoreCase);

    // Collection, profile and search pages list other pages: their dates and names are not an article's.
    private static bool IsPageType(string type) =>
        type.EndsWith("WebPage", StringComparison.OrdinalIgnoreCase) || type.Equals("ItemPage", StringComparison.OrdinalIgnoreCase);

    /// <summary>Entities decoded (JSON-LD is often written from HTML-escaped text), spaces collapsed; null when nothing is left.</summary>
    private static string? Clean(string? value)
    {
        if (value is null) return null;
        var text = string.Join(' ', WebUtility.HtmlDecode(value).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text;
    }
}
