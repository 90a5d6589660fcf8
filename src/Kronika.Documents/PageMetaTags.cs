using AngleSharp.Dom;

namespace Kronika.Documents;

/// <summary>One &lt;meta&gt; tag's value, with its key as the page wrote it ("article:published_time", "DC.date.issued").</summary>
public sealed record MetaTag(string Key, string Content);

/// <summary>
/// The page's &lt;meta&gt; tags by key, whichever attribute names them (property=, name= or itemprop=), compared
/// without case: pages write "og:title", "OG:Title" and "DC.date.issued" alike.
/// </summary>
public sealed class PageMetaTags
{
    private readonly Dictionary<string, List<MetaTag>> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public PageMetaTags(IDocument page)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content)) continue;
            foreach (var attribute in (string[])["property", "name", "itemprop"])
            {
                var key = meta.GetAttribute(attribute)?.Trim();
                if (string.IsNullOrEmpty(key)) continue;
                if (!_byKey.TryGetValue(key, out var tags)) _byKey[key] = tags = [];
                tags.Add(new MetaTag(key, content));
            }
        }
    }

    /// <summary>Every key the page's meta tags use, in the order first met.</summary>
    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>The first tag with this key, or null.</summary>
    public MetaTag? First(string key) => _byKey.TryGetValue(key, out var tags) ? tags[0] : null;

    /// <summary>Every tag with one of these keys, in the order of the keys.</summary>
    public IEnumerable<MetaTag> All(IEnumerable<string> keys) =>
        keys.SelectMany(k => _byKey.TryGetValue(k, out var tags) ? tags : (IEnumerable<MetaTag>)[]);

    /// <summary>
    /// Keys whose value is when the article was first published. Modification keys (article:modified_time,
    /// og:updated_time, dateModified, DC.date.modified) are left out: a page updated today was not published today.
    /// </summary>
    public static readonly string[] PublicationDateKeys =
    [
        "article:published_time", "article:published", "og:published_time", "og:pubdate", "og:article:published_time",
        "datePublished", "dateCreated", "date", "pubdate", "publishdate", "publish-date", "publish_date", "pub_date",
        "published", "published_at", "published_time", "published-date", "publication_date", "publication-date",
        "DC.date.issued", "DC.date", "DC.date.created", "dcterms.created", "DCTERMS.issued", "dcterms.date",
        "parsely-pub-date", "sailthru.date", "article.published", "article_date_original", "OriginalPublicationDate",
        "cXenseParse:recs:publishtime", "cXenseParse:publishtime", "rnews:datePublished", "citation_publication_date",
        "citation_date", "prism.publicationDate", "eprints.date", "displaydate", "dc.date.published", "article.created",
    ];

    /// <summary>Keys naming the article's title, in order of trust.</summary>
    public static readonly string[] TitleKeys = ["og:title", "twitter:title"];

    /// <summary>Keys naming the title when neither the title keys, JSON-LD nor &lt;title&gt; do.</summary>
    public static readonly string[] LesserTitleKeys = ["sailthru.title", "parsely-title", "DC.title", "headline"];

    /// <summary>Keys naming the author, in order of trust; "byl" holds a byline ("By Jane Doe").</summary>
    public static readonly string[] AuthorKeys = ["author", "article:author", "parsely-author", "byl", "sailthru.author", "DC.creator", "dcterms.creator", "article_author"];

    /// <summary>Keys naming the publishing site, in order of trust; JSON-LD's publisher comes between the two.</summary>
    public static readonly string[] SiteKeys = ["og:site_name"];
    public static readonly string[] LesserSiteKeys = ["application-name", "apple-mobile-web-app-title", "article_publication_name"];

    /// <summary>Keys naming the page's address.</summary>
    public static readonly string[] UrlKeys = ["og:url", "twitter:url", "parsely-link"];
}
