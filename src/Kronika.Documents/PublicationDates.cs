using System.Text.Json;
using AngleSharp.Dom;

namespace Kronika.Documents;

/// <summary>
/// Every publication date a page gives, and the one that wins. Declared dates (JSON-LD datePublished and
/// dateCreated, the publication meta tags, parsely-page, the time in the byline that names the article's author) are
/// trusted; of them the most precise and then the earliest wins, since a page re-stamped when edited keeps its first
/// date somewhere and no page is published after it was created. The page's other &lt;time&gt; elements, printed
/// dates and its URL are read only when nothing is declared: a page's time elements may date its comments or the
/// related articles beside it.
/// </summary>
public static class PublicationDates
{
    private const string UrlPath = "url path";
    private const string Printed = "printed ";

    /// <summary>Every date found, declared ones first, each fallback in the order it is trusted.</summary>
    public static IReadOnlyList<DateCandidate> Candidates(IDocument page, PageMetaTags meta, IReadOnlyList<JsonLdValue> jsonLd, string? url, string? author)
    {
        var found = new List<DateCandidate>();
        void Add(string? text, string basis, bool declared, DateClock? clock = null)
        {
            if (MarkupDate.TryParse(text, out var date) && !found.Any(c => c.Basis == basis && c.Date == date))
                found.Add(new DateCandidate(date, basis, declared, clock ?? MarkupDate.ClockOf(text)));
        }

        foreach (var value in jsonLd.Where(v => v.Property is "datePublished" or "dateCreated"))
            Add(value.Value, "json-ld " + value.Property, declared: true);
        foreach (var tag in meta.All(PageMetaTags.PublicationDateKeys))
            Add(tag.Content, "meta " + tag.Key, declared: true);
        foreach (var tag in meta.Keys.Where(IsPublicationDateKey).Select(meta.First).OfType<MetaTag>())
            Add(tag.Content, "meta " + tag.Key, declared: true);
        if (meta.First("parsely-page") is { } parsely)
            Add(ParselyPubDate(parsely.Content), "meta parsely-page", declared: true);
        switch (Byline(page, author))
        {
            case { Time: { } time }:
                Add(time.GetAttribute("datetime") ?? time.TextContent, "time in the author's byline", declared: true);
                break;
            case { Text: { } text }:
                Add(text, Printed + "in the author's byline", declared: true, DateClock.Local);
                break;
        }

        foreach (var element in page.QuerySelectorAll("[itemprop~=datePublished]").Where(e => e.LocalName != "meta"))
            Add(element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent, "itemprop datePublished", declared: false);
        foreach (var time in page.QuerySelectorAll("time[pubdate]"))
            Add(time.GetAttribute("datetime") ?? time.GetAttribute("pubdate") ?? time.TextContent, "time[pubdate]", declared: false);
        var urlDate = MarkupDate.TryParseUrlPath(url, out var fromUrl) ? fromUrl : (PartialDate?)null;
        if (urlDate is { Precision: DatePrecision.Day }) Add(urlDate.ToString(), UrlPath, declared: false, DateClock.Local);
        var times = page.QuerySelectorAll("time[datetime]").ToList();
        var articleTime = times.FirstOrDefault(t => InArticle(t) && !IsUpdate(t));
        if (articleTime is not null) Add(articleTime.GetAttribute("datetime"), "time[datetime]", declared: false);
        if (urlDate is { Precision: DatePrecision.Month }) Add(urlDate.ToString(), UrlPath, declared: false, DateClock.Local);
        // A lone time element is the page's own date; of several outside the article, none can be told from the rest.
        if (times.Count == 1 && !InArticle(times[0]))
            Add(times[0].GetAttribute("datetime"), "time[datetime] outside the article", declared: false);
        // What the page prints for its readers is on the site's clock, whatever zone its attributes are in.
        if (articleTime is not null) Add(articleTime.TextContent, Printed + "in the time element", declared: false, DateClock.Local);
        if (PrintedDate(page) is { } printed)
            Add(printed.Text, printed.Hidden ? $"value of input.{printed.Class}" : $"{Printed}in .{printed.Class}", declared: false, printed.Hidden ? null : DateClock.Local);
        if (MarkupDate.TryParseUrlSlug(url, out var fromSlug)) Add(fromSlug.ToString(), "url slug", declared: false);
        return found;
    }

    /// <summary>
    /// The winning date: of declared dates the most precise, then the earliest; else the first fallback. A winner the
    /// page gives only as a moment in UTC or in no zone gives way to the site's own day when that is one off: the date
    /// the page prints in its article, else its URL's folders (an evening story in New York is stamped the next day in
    /// UTC, and printed and filed under its own day).
    /// </summary>
    public static DateCandidate? Choose(IReadOnlyList<DateCandidate> candidates)
    {
        var declared = candidates.Where(c => c.Declared).ToList();
        if (declared.Count == 0) return candidates.FirstOrDefault();
        var earliest = declared.OrderByDescending(c => c.Date.Precision).ThenBy(c => c.Date.First).First();
        var sameDay = declared.Where(c => c.Date == earliest.Date).ToList();
        var moment = sameDay.FirstOrDefault(c => c.Clock is DateClock.Utc or DateClock.Unzoned);
        if (earliest.Date.Precision != DatePrecision.Day || moment is null || sameDay.Any(c => c.Clock == DateClock.Local))
            return earliest;
        var local = candidates.FirstOrDefault(c => !c.Declared && c.Basis.StartsWith(Printed, StringComparison.Ordinal))
            ?? candidates.FirstOrDefault(c => c.Basis == UrlPath && c.Date.Precision == DatePrecision.Day);
        if (local is null || Math.Abs(local.Date.First.DayNumber - earliest.Date.First.DayNumber) != 1) return earliest;
        var zone = moment.Clock == DateClock.Utc ? "UTC" : "unzoned";
        return local with { Basis = $"{local.Basis}, the local day of the {zone} {moment.Basis}" };
    }

    /// <summary>
    /// The article's own byline: the first element of a byline or author class that names the article's author and
    /// dates it ("By Jason Cipriani | November 18, 2019", "Chris Davies - Nov 19, 2019, 10:31 pm CST"), by a time
    /// element or in its text up to any "updated". A related story's card names another author, or comes after it.
    /// </summary>
    private static (IElement? Time, string? Text)? Byline(IDocument page, string? author)
    {
        if (author is null || author.Length < 3) return null;
        var firstAuthor = author.Split(',')[0].Trim();
        foreach (var byline in page.QuerySelectorAll("[class*=byline], [class*=author]"))
        {
            var text = byline.TextContent;
            if (text.Length > 400 || !text.Contains(firstAuthor, StringComparison.OrdinalIgnoreCase)) continue;
            if (byline.QuerySelectorAll("time").FirstOrDefault(t => !IsUpdate(t)) is { } time) return (time, null);
            int updated = text.IndexOf("updat", StringComparison.OrdinalIgnoreCase);
            var published = updated < 0 ? text : text[..updated];
            if (MarkupDate.TryParse(published, out var date) && date.Precision == DatePrecision.Day) return (null, published);
        }
        return null;
    }

    /// <summary>Whether a time element gives when the article was changed rather than published.</summary>
    private static bool IsUpdate(IElement time)
    {
        var marks = $"{time.GetAttribute("class")} {time.GetAttribute("itemprop")} {time.GetAttribute("data-testid")} {time.TextContent}";
        return marks.Contains("updat", StringComparison.OrdinalIgnoreCase) || marks.Contains("modif", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether an element stands in the page's article: inside &lt;article&gt; or an Article item, a byline or an
    /// article's header; a &lt;header&gt; counts only inside the main content, since the site's masthead prints today's date.
    /// </summary>
    private static bool InArticle(IElement element) =>
        element.Closest("article, main header, [itemtype*=Article], [class*=byline], [class*=article-header], [class*=post-header], [class*=entry-header], [class*=entry-meta]") is not null;

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
    /// A date printed in an element whose class names it ("article-publish-date", "byline .datetime"), or held in a
    /// hidden input so classed: one about publishing anywhere, or any date class in the article; short text only, and
    /// none saying it was updated.
    /// </summary>
    private static (string Text, string Class, bool Hidden)? PrintedDate(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll("[class]"))
        {
            var dateClass = element.ClassList.FirstOrDefault(c => c.Contains("date", StringComparison.OrdinalIgnoreCase) || c.Contains("publish", StringComparison.OrdinalIgnoreCase));
            if (dateClass is null || element.LocalName is "body" or "html" or "script" or "style" || IsUpdate(element)) continue;
            if (!dateClass.Contains("publish", StringComparison.OrdinalIgnoreCase) && !InArticle(element)) continue;
            // A hidden input holding the date is read by its value; it prints nothing, but names what it holds.
            var text = (element.LocalName == "input" ? element.GetAttribute("value") ?? "" : element.TextContent).Trim();
            if (text.Length is 0 or > 80) continue;
            if (MarkupDate.TryParse(text, out var date) && date.Precision == DatePrecision.Day) return (text, dateClass, element.LocalName == "input");
        }
        return null;
    }

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
