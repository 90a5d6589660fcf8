using System.Net;
using AngleSharp.Dom;

namespace Kronika.Documents;

/// <summary>
/// A publication date the page gives, with where ("json-ld datePublished", "meta article:published_time",
/// "url path"). Declared dates are the page's own metadata (JSON-LD, meta tags); the others (time elements, the
/// URL) are read only when it declares none.
/// </summary>
/// <param name="Clock">On whose clock the page gave the day: a UTC moment ("2015-03-19T02:30:00Z", an epoch) may be a day off the site's.</param>
public sealed record DateCandidate(PartialDate Date, string Basis, bool Declared, DateClock Clock = DateClock.NoTime)
{
    public override string ToString() => $"{Date} ({Basis})";
}

/// <summary>
/// What a page's markup says about its article: title, author, site, canonical URL and publication date, each with
/// the source it was read from (its basis: "og:title", "json-ld author", "link canonical"...), and every publication
/// date the page gives, so a reader can see what won.
/// </summary>
public sealed record PageMetadata(
    string? Title, string? TitleBasis,
    string? Author, string? AuthorBasis,
    string? SiteName, string? SiteNameBasis,
    string? CanonicalUrl, string? CanonicalUrlBasis,
    PartialDate? Published, string? PublishedBasis,
    IReadOnlyList<DateCandidate> DateCandidates)
{
    /// <summary>
    /// Reads the page's metadata. <paramref name="pageUrl"/> is where the page was fetched from, when known: it
    /// resolves a relative canonical link and gives the URL-path date of a page whose markup names no address.
    /// </summary>
    public static PageMetadata Read(IDocument page, string? pageUrl = null)
    {
        var meta = new PageMetaTags(page);
        var jsonLd = JsonLdMetadata.Read(page);

        // Some pages put their address ("https://www.example.com") or a Twitter handle in og:site_name: neither is a name.
        var site = Ordered(
                meta.All(PageMetaTags.SiteKeys).Select(t => Found(t.Content, t.Key)),
                FromJsonLd(jsonLd, "publisher"),
                meta.All(PageMetaTags.LesserSiteKeys).Select(t => Found(t.Content, t.Key)))
            .FirstOrDefault(s => !Byline.LooksLikeUrl(s.Value) && !s.Value.StartsWith('@'));

        var (url, urlBasis) = ChooseUrl(page, meta, jsonLd, pageUrl);

        // A title that is only the site's name ("BBC News") names no article.
        var title = Ordered(
                meta.All(PageMetaTags.TitleKeys).Select(t => Found(t.Content, t.Key)),
                FromJsonLd(jsonLd, "headline"),
                [Found(page.Title, "<title>")],
                FromJsonLd(jsonLd, "name").Where(t => t.FromArticle),
                meta.All(PageMetaTags.LesserTitleKeys).Select(t => Found(t.Content, "meta " + t.Key)))
            .Select(t => t with { Value = SiteTitle.WithoutSiteName(t.Value, site?.Value, url ?? pageUrl) })
            .FirstOrDefault(t => !SiteTitle.IsSiteName(t.Value, site?.Value, url ?? pageUrl));

        var author = ChooseAuthor(meta, jsonLd, site?.Value);
        var dates = PublicationDates.Candidates(page, meta, jsonLd, url ?? pageUrl, author?.Value);
        var published = PublicationDates.Choose(dates);
        return new PageMetadata(title?.Value, title?.Basis, author?.Value, author?.Basis, site?.Value, site?.Basis,
            url, urlBasis, published?.Date, published?.Basis, dates);
    }

    /// <summary>A value and its basis; the value has entities decoded and spaces collapsed.</summary>
    private sealed record Sourced(string Value, string Basis, bool FromArticle = true);

    private static Sourced? Found(string? value, string basis)
    {
        if (value is null) return null;
        var text = string.Join(' ', WebUtility.HtmlDecode(value).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : new Sourced(text, basis);
    }

    private static IEnumerable<Sourced> FromJsonLd(IReadOnlyList<JsonLdValue> values, string property) =>
        values.Where(v => v.Property == property).Select(v => new Sourced(v.Value, "json-ld " + property, v.FromArticle));

    private static IEnumerable<Sourced> Ordered(params IEnumerable<Sourced?>[] sources) =>
        sources.SelectMany(s => s).OfType<Sourced>();

    /// <summary>
    /// The author: JSON-LD's, else the meta tags' (a byline's "By" dropped, profile URLs skipped). A name that is the
    /// site's own ("Reuters" on reuters.com) gives way to a person named by a later source.
    /// </summary>
    private static Sourced? ChooseAuthor(PageMetaTags meta, IReadOnlyList<JsonLdValue> jsonLd, string? site)
    {
        var authors = Ordered(
                FromJsonLd(jsonLd, "author"),
                meta.All(PageMetaTags.AuthorKeys).Select(t => Found(t.Content, "meta " + t.Key)))
            .Select(a => a with { Value = Byline.WithoutBy(a.Value) })
            .Where(a => a.Value.Length > 1 && !Byline.LooksLikeUrl(a.Value))
            .ToList();
        return authors.FirstOrDefault(a => !SiteTitle.SameName(a.Value, site)) ?? authors.FirstOrDefault();
    }

    /// <summary>link rel=canonical, else og:url, else JSON-LD's url; a relative address is resolved against the page's own.</summary>
    private static (string? Url, string? Basis) ChooseUrl(IDocument page, PageMetaTags meta, IReadOnlyList<JsonLdValue> jsonLd, string? pageUrl)
    {
        var canonical = page.QuerySelectorAll("link[rel][href]")
            .Where(l => l.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
            .Select(l => Found(l.GetAttribute("href"), "link canonical"));
        var candidates = Ordered(
            canonical,
            meta.All(PageMetaTags.UrlKeys).Select(t => Found(t.Content, t.Key)),
            FromJsonLd(jsonLd, "url").Where(u => u.FromArticle),
            FromJsonLd(jsonLd, "mainEntityOfPage")).ToList();
        var absoluteBase = candidates.Select(c => Absolute(c.Value, null)).FirstOrDefault(u => u is not null) ?? Absolute(pageUrl, null);
        foreach (var candidate in candidates)
            if (Absolute(candidate.Value, absoluteBase) is { } resolved)
                return (resolved, candidate.Basis);
        return (null, null);
    }

    /// <summary>An http(s) address, a relative one resolved against the base; null for anything else.</summary>
    private static string? Absolute(string? address, string? baseAddress)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        address = address.Trim();
        if (address.StartsWith("//", StringComparison.Ordinal)) address = "https:" + address;
        // On Unix "/news/x" parses as an absolute file: URI, so a path is resolved before it can.
        else if (address.StartsWith('/')) return Resolve(address, baseAddress);
        if (Uri.TryCreate(address, UriKind.Absolute, out var uri)) return uri.Scheme is "http" or "https" ? address : null;
        return Resolve(address, baseAddress);
    }

    private static string? Resolve(string relative, string? baseAddress) =>
        baseAddress is not null && Uri.TryCreate(baseAddress, UriKind.Absolute, out var root) && root.Scheme is "http" or "https"
        && Uri.TryCreate(root, relative, out var resolved) ? resolved.AbsoluteUri : null;
}
