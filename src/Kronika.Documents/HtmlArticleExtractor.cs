using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Kronika.Documents;

/// <summary>The readable part of a web page: its text (one block a line), title, URL and publication date.</summary>
public sealed record HtmlArticle(string Text, string? Title, string? Url, PartialDate? Date);

/// <summary>
/// Turns an HTML page into article text: scripts, navigation, headers, footers, forms and figure
/// captions are dropped, and each block element becomes one line.
/// </summary>
public static class HtmlArticleExtractor
{
    private static readonly string[] Dropped = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "figcaption", "button", "template"];
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase) { "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TD", "DT", "DD" };

    public static HtmlArticle Extract(string html)
    {
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(html);
        var title = Meta(page, "og:title") ?? page.Title?.Trim();
        if (string.IsNullOrEmpty(title)) title = null;
        var url = Meta(page, "og:url") ?? page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var dateText = Meta(page, "article:published_time") ?? Meta(page, "pubdate") ?? Meta(page, "date")
            ?? Meta(page, "datePublished") ?? page.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content")
            ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        PartialDate? date = PartialDate.TryParseIso(dateText, out var d) ? d : null;

        foreach (var tag in Dropped)
            foreach (var element in page.QuerySelectorAll(tag).ToList())
                element.Remove();

        var root = (IElement?)page.QuerySelector("article") ?? page.Body;
        var lines = new List<string>();
        if (root is not null)
        {
            foreach (var element in root.Descendants<IElement>())
            {
                if (!Blocks.Contains(element.TagName)) continue;
                if (element.Descendants<IElement>().Any(child => Blocks.Contains(child.TagName))) continue;
                var line = Normalize(element.TextContent);
                if (line.Length > 0) lines.Add(line);
            }
            if (lines.Count == 0)
                lines.AddRange(root.TextContent.Split('\n').Select(Normalize).Where(l => l.Length > 0));
        }
        if (title is not null && (lines.Count == 0 || lines[0] != title) && !lines.Contains(title))
            lines.Insert(0, title);
        return new HtmlArticle(string.Join('\n', lines), title, url, date);
    }

    private static string? Meta(IDocument page, string name)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content")?.Trim();
                if (!string.IsNullOrEmpty(content)) return content;
            }
        }
        return null;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
