using System.Text.Json;
using AngleSharp.Dom;

namespace Kronika.Documents;

/// <summary>
/// Every publication date a page gives, and the one that wins. Declared dates (JSON-LD datePublished and
/// dateCreated, the publication meta tags, parsely-page) are trusted; of them the most precise and then the earliest
/// wins, since a page re-stamped when edited keeps its first date somewhere and no page is published after it
/// was created. The page's &lt;time&gt; elements and its URL are read only when nothing is declared: a page's
/// time elements may date its comments or the related articles beside it.
/// </summary>
public static class PublicationDates
{
    /// <summary>Every date found, declared ones first, each fallback in the order it is trusted.</summary>
    public static IReadOnlyList<DateCandidate> Candidates(IDocument page, PageMetaTags meta, IReadOnlyList<JsonLdValue> jsonLd, string? url)
    {
        var found = new List<DateCandidate>();
        void Add(string? text, string basis, bool declared)
        {
            if (MarkupDate.TryParse(text, out var date) && !found.Any(c => c.Basis == basis && c.Date == date))
                found.Add(new DateCandidate(date, basis, declared, MarkupDate.IsUtcTimestamp(text)));
        }

        foreach (var value in jsonLd.Where(v => v.Property is "datePublished" or "dateCreated"))
            Add(value.Value, "json-ld " + value.Property, declared: true);
        foreach (var tag in meta.All(PageMetaTags.PublicationDateKeys))
            Add(tag.Content, "meta " + tag.Key, declared: true);
        foreach (var tag in meta.Keys.Where(IsPublicationDateKey).Select(meta.First).OfType<MetaTag>())
            Add(tag.Content, "meta " + tag.Key, declared: true);
        if (meta.First("parsely-page") is { } parsely)
            Add(ParselyPubDate(parsely.Content), "meta parsely-page", declared: true);

        foreach (var element in page.QuerySelectorAll("[itemprop~=datePublished]").Where(e => e.LocalName != "meta"))
            Add(element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent, "itemprop datePublished", declared: false);
        foreach (var time in page.QuerySelectorAll("time[pubdate]"))
            Add(time.GetAttribute("datetime") ?? time.GetAttribute("pubdate") ?? time.TextContent, "time[pubdate]", declared: false);
        var urlDate = MarkupDate.TryParseUrlPath(url, out var fromUrl) ? fromUrl : (PartialDate?)null;
        if (urlDate is { Precision: DatePrecision.Day }) Add(urlDate.ToString(), UrlPath, declared: false);
        var times = page.QuerySelectorAll("time[datetime]").ToList();
        foreach (var time in times.Where(InArticle).Take(1))
            Add(time.GetAttribute("datetime"), "time[datetime]", declared: false);
        if (urlDate is { Precision: DatePrecision.Month }) Add(urlDate.ToString(), UrlPath, declared: false);
        // A lone time element is the page's own date; of several outside the article, none can be told from the rest.
        if (times.Count == 1 && !InArticle(times[0]))
            Add(times[0].GetAttribute("datetime"), "time[datetime] outside the article", declared: false);
        if (PrintedDate(page) is { } printed)
            Add(printed.Text, $"text of .{printed.Class}", declared: false);
        return found;
    }

    /// <summary>
    /// The winning date: of declared dates the most precise, then the earliest; else the first fallback. A declared
    /// UTC timestamp a day off the URL's date gives way to the URL: the site dated its permalink on its own clock
    /// (an evening story in New York is stamped the next day in UTC).
    /// </summary>
    public static DateCandidate? Choose(IReadOnlyList<DateCandidate> candidates)
    {
        var declared = candidates.Where(c => c.Declared).ToList();
        if (declared.Count == 0) return candidates.FirstOrDefault();
        var earliest = declared.OrderByDescending(c => c.Date.Precision).ThenBy(c => c.Date.First).First();
        var inUtc = declared.Where(c => c.Utc && c.Date == earliest.Date).Select(c => c.Basis).FirstOrDefault();
        var fromUrl = candidates.FirstOrDefault(c => c.Basis == UrlPath && c.Date.Precision == DatePrecision.Day);
        if (inUtc is not null && fromUrl is not null && earliest.Date.Precision == DatePrecision.Day
            && Math.Abs(fromUrl.Date.First.DayNumber - earliest.Date.First.DayNumber) == 1)
            return fromUrl with { Basis = $"{UrlPath}, the local day of the UTC {inUtc}" };
        return earliest;
    }

    private const string UrlPath = "url path";

    /// <summary>
    /// Meta keys the fixed list lacks that still name a publication date by their words ("sn-post-date",
    /// "article.publish_date"): a key about publishing or posting and a date, none about a later change.
    /// </summary>
    private static bool IsPublicationDateKey(string key)
    {
        var k = key.ToLowerInvariant();
        if (PageMetaTags.PublicationDateKeys.Contains(key, StringComparer.OrdinalIgnoreCase)) return false;
        if (k.Contains("modif") || k.Contains("updat") || k.Contains("expir") || k.Contains("edit") || k.Contains("revis") || k.Contains("last")) return false;
        bool aboutPublishing = k.Contains("publish") || k.Contains("pubdate") || k.Contains("pub_date") || k.Contains("pub-date") || k.Contains("post");
        return aboutPublishing && (k.Contains("date") || k.Contains("time"));
    }

    /// <summary>
    /// A date printed in an element whose class names it ("article-publish-date", "byline .datetime"): one about
    /// publishing anywhere, or any date class in the article's header; short text only, and none saying it was updated.
    /// </summary>
    private static (string Text, string Class)? PrintedDate(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll("[class]"))
        {
            var dateClass = element.ClassList.FirstOrDefault(c => c.Contains("date", StringComparison.OrdinalIgnoreCase) || c.Contains("publish", StringComparison.OrdinalIgnoreCase));
            if (dateClass is null || element.LocalName is "body" or "html" or "script" or "style") continue;
            if (!dateClass.Contains("publish", StringComparison.OrdinalIgnoreCase) && !InArticle(element)) continue;
            var text = element.TextContent.Trim();
            if (text.Length is 0 or > 80 || text.Contains("update", StringComparison.OrdinalIgnoreCase) || text.Contains("modified", StringComparison.OrdinalIgnoreCase)) continue;
            if (dateClass.Contains("updat", StringComparison.OrdinalIgnoreCase) || dateClass.Contains("modif", StringComparison.OrdinalIgnoreCase)) continue;
            if (MarkupDate.TryParse(text, out var date) && date.Precision == DatePrecision.Day) return (text, dateClass);
        }
        return null;
    }

    /// <summary>Whether an element stands in the page's article or a header, where the article's own date is printed.</summary>
    private static bool InArticle(IElement element) => element.Closest("article, header, [itemtype*=Article], [class*=article-header], [class*=byline]") is not null;

    /// <summary>The "pub_date" of Parse.ly's parsely-page tag, which holds a JSON object; null when it is no JSON.</summary>
    private static string? ParselyPubDate(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("pub_date", out var date)
                && date.ValueKind == JsonValueKind.String ? date.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
