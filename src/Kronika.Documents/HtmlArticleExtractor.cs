using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Kronika.Documents;

/// <summary>The readable part of a web page: its text (one block a line), title, URL, publication date and site name.</summary>
public sealed record HtmlArticle(string Text, string? Title, string? Url, PartialDate? Date, string? SiteName = null);

/// <summary>
/// Turns an HTML page into article text. The main content is found by SmartReader (Mozilla Readability,
/// offline); in it, or in the whole page when SmartReader finds no article, scripts, navigation, headers,
/// footers, forms and figure captions are dropped and each block element becomes one line.
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
        // A placeholder date ("9999-12-31") is no date: later stages compute with it.
        PartialDate? date = PartialDate.TryParseIso(dateText, out var d) && MetadataDate.InRange(d) ? d : null;
        string? siteName = Meta(page, "og:site_name");

        var main = MainContent(html);
        if (main is not null)
        {
            title ??= string.IsNullOrWhiteSpace(main.Title) ? null : main.Title.Trim();
            if (date is null && main.PublicationDate is { } published) date = PartialDate.OfDay(DateOnly.FromDateTime(published));
            siteName ??= string.IsNullOrWhiteSpace(main.SiteName) ? null : main.SiteName;
        }
        using var content = main is null ? null : parser.ParseDocument(main.Content);
        var source = content ?? page;

        foreach (var tag in Dropped)
            foreach (var element in source.QuerySelectorAll(tag).ToList())
                element.Remove();

        var root = (IElement?)source.QuerySelector("article") ?? source.Body;
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
        return new HtmlArticle(string.Join('\n', lines), title, url, date, siteName);
    }

    /// <summary>SmartReader's article, or null when it finds none (short pages, lists, malformed markup).</summary>
    private static SmartReader.Article? MainContent(string html)
    {
        try
        {
            var article = new SmartReader.Reader("https://localhost/", html).GetArticle();
            return article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? article : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A page SmartReader cannot handle is read with the plain block extraction instead.
            return null;
        }
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
