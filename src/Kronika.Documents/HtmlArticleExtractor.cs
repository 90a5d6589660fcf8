using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Kronika.Documents;

/// <summary>
/// The readable part of a web page: its text (one block a line), title, URL, publication date and site name, and
/// the page's markup metadata each of them was read from (<see cref="PageMetadata"/>).
/// </summary>
public sealed record HtmlArticle(string Text, string? Title, string? Url, PartialDate? Date, string? SiteName = null, PageMetadata? Metadata = null)
{
    /// <summary>Where the title came from: the metadata's basis when it gave this title, else the main-content reader's.</summary>
    public string? TitleBasis => Title is null ? null : Title == Metadata?.Title ? Metadata.TitleBasis : ContentReader;
    public string? UrlBasis => Url is null ? null : Url == Metadata?.CanonicalUrl ? Metadata.CanonicalUrlBasis : ContentReader;
    public string? SiteNameBasis => SiteName is null ? null : SiteName == Metadata?.SiteName ? Metadata.SiteNameBasis : ContentReader;
    public string? PublishedBasis => Date is null ? null : Date == Metadata?.Published ? Metadata.PublishedBasis : ContentReader;

    private const string ContentReader = "readability";

    /// <summary>Why the page gives no article, when the reason is its markup rather than an absence of text.</summary>
    public string? Problem { get; init; }
}

/// <summary>
/// Turns an HTML page into the article a reader sees. Its metadata is read from the markup first
/// (<see cref="PageMetadata"/>); then the page's boilerplate is dropped (<see cref="HtmlBoilerplate"/>: scripts,
/// navigation, share bars, related links, bylines, captions...), the main content is found in what is left by
/// SmartReader (Mozilla Readability, offline), or is the whole pruned page when SmartReader finds none, and its text
/// is laid out one block a line (<see cref="HtmlTextLines"/>), lines made mostly of links left out. The headline is
/// the title, not a line of the body.
/// </summary>
public static class HtmlArticleExtractor
{
    public static HtmlArticle Extract(string html)
    {
        int depth = MarkupDepth.Of(html);
        if (depth > MarkupDepth.Limit)
            return new HtmlArticle("", null, null, null) { Problem = $"markup nested {depth:N0} levels deep (over {MarkupDepth.Limit:N0}; real pages nest a few dozen)" };
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(html);
        var metadata = PageMetadata.Read(page);
        var (title, url, date, siteName) = (metadata.Title, metadata.CanonicalUrl, metadata.Published, metadata.SiteName);

        HtmlBoilerplate.Default.Prune(page);
        // SmartReader's time grows with the square of the nesting (seconds at a few hundred levels), and real pages nest
        // under fifty: a page nested deeper is read from its pruned blocks, as when SmartReader finds no article.
        // SmartReader rewrites the document it reads, so the pruned page is copied first for when it finds none.
        var useMainContent = depth <= MainContentDepth;
        var pruned = useMainContent ? (IElement?)page.Body?.Clone(deep: true) : page.Body;
        var main = useMainContent ? MainContent(page) : null;
        if (main is not null)
        {
            title ??= string.IsNullOrWhiteSpace(main.Title) ? null : main.Title.Trim();
            // A placeholder date ("9999-12-31") is no date: later stages compute with it.
            if (date is null && main.PublicationDate is { } published && PartialDate.OfDay(DateOnly.FromDateTime(published)) is var day && MetadataDate.InRange(day)) date = day;
            siteName ??= string.IsNullOrWhiteSpace(main.SiteName) ? null : main.SiteName;
        }
        using var content = main is null ? null : parser.ParseDocument(main.Content);
        var root = content?.Body ?? pruned;
        var lines = root is null ? [] : ArticleLines(HtmlTextLines.Of(root));
        // The headline is metadata (Title), not body: a reader sees it above the article, and it is no sentence of it.
        if (title is not null && lines.Count > 0 && lines[0] == title) lines.RemoveAt(0);
        return new HtmlArticle(string.Join('\n', lines), title, url, date, siteName, metadata);
    }

    /// <summary>The lines that are prose: a line made mostly of links is a menu or a list of other stories.</summary>
    private static List<string> ArticleLines(List<HtmlLine> lines) =>
        lines.Where(line => line.LinkDensity < MaximumLinkDensity).Select(line => line.Text).ToList();

    private const double MaximumLinkDensity = 0.8;

    /// <summary>The deepest nesting SmartReader is given (twice the deepest of the benchmark's pages).</summary>
    public const int MainContentDepth = 100;

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
}
