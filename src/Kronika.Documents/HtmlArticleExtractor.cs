using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Kronika.Documents;

/// <summary>The readable part of a web page: its text (one block a line), title, URL, publication date and site name.</summary>
public sealed record HtmlArticle(string Text, string? Title, string? Url, PartialDate? Date, string? SiteName = null)
{
    /// <summary>Why the page gives no article, when the reason is its markup rather than an absence of text.</summary>
    public string? Problem { get; init; }
}

/// <summary>
/// Turns an HTML page into article text. The main content is found by SmartReader (Mozilla Readability,
/// offline); in it, or in the whole page when SmartReader finds no article, scripts, navigation, headers,
/// footers, forms and figure captions are dropped and each block element becomes one line.
/// </summary>
public static class HtmlArticleExtractor
{

    public static HtmlArticle Extract(string html)
    {
        if (MarkupDepth.Of(html) is var depth and > MarkupDepth.Limit)
            return new HtmlArticle("", null, null, null) { Problem = $"markup nested {depth:N0} levels deep (over {MarkupDepth.Limit:N0}; real pages nest a few dozen)" };
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(html);
        var title = Meta(page, "og:title") ?? page.Title?.Trim();
        if (string.IsNullOrEmpty(title)) title = null;
        var url = Meta(page, "og:url") ?? page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var dateText = Meta(page, "article:published_time") ?? Meta(page, "pubdate") ?? Meta(page, "date")
            ?? Meta(page, "datePublished") ?? page.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content")
            ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        PartialDate? date = PartialDate.TryParseIso(dateText, out var d) ? d : null;
        string? siteName = Meta(page, "og:site_name");

        HtmlBoilerplate.Default.Prune(page);
        // SmartReader rewrites the document it reads: the whole pruned page is kept for when it finds no article.
        var pruned = (IElement?)page.Body?.Clone(deep: true);
        var main = MainContent(page);
        if (main is not null)
        {
            title ??= string.IsNullOrWhiteSpace(main.Title) ? null : main.Title.Trim();
            if (date is null && main.PublicationDate is { } published) date = PartialDate.OfDay(DateOnly.FromDateTime(published));
            siteName ??= string.IsNullOrWhiteSpace(main.SiteName) ? null : main.SiteName;
        }
        using var content = main is null ? null : parser.ParseDocument(main.Content);
        var root = content?.Body ?? pruned;
        var lines = root is null ? [] : ArticleLines(HtmlTextLines.Of(root));
        // The headline is metadata (Title), not body: a reader sees it above the article, and it is no sentence of it.
        if (title is not null && lines.Count > 0 && lines[0] == title) lines.RemoveAt(0);
        return new HtmlArticle(string.Join('\n', lines), title, url, date, siteName);
    }

    /// <summary>The lines that are prose: a line made mostly of links is a menu or a list of other stories.</summary>
    private static List<string> ArticleLines(List<HtmlLine> lines) =>
        lines.Where(line => line.LinkDensity < MaximumLinkDensity).Select(line => line.Text).ToList();

    private const double MaximumLinkDensity = 0.8;

    /// <summary>SmartReader's article, or null when it finds none (short pages, lists, malformed markup).</summary>
    private static SmartReader.Article? MainContent(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        try
        {
            var article = new SmartReader.Reader("https://localhost/", page).GetArticle();
            return !string.IsNullOrWhiteSpace(article.Content) ? article : null;
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
