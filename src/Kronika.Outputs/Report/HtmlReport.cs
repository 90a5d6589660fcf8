using System.Globalization;
using System.Net;
using System.Text;
using Kronika.Stories;

namespace Kronika.Outputs.Report;

/// <summary>What a report shows: a title, the events (with their mentions), the series charted, and where to find names and texts.</summary>
public sealed record ReportContent(
    string Title,
    IReadOnlyList<StoryEvent> Events,
    IReadOnlyList<SeriesRow> Series,
    SeriesPeriod Period,
    Func<string, string> CodeName,
    Func<string, string?> DocumentText,
    ModalityFilter? Modalities = null);

/// <summary>
/// `kronika report`: one self-contained HTML file (no script, no external resource; a Content-Security-Policy forbids
/// both) with the series charts as inline SVG, the timeline, and every event with each report's evidence sentence
/// highlighted in its context, its source document and date basis. Every piece of article text is HTML-encoded, so
/// markup inside an article shows as text.
/// </summary>
public static class HtmlReport
{
    /// <summary>Characters of the article shown either side of an evidence sentence.</summary>
    public const int ContextChars = 180;

    private static string H(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Render(ReportContent content)
    {
        var html = new StringBuilder();
        var mentions = content.Events.Sum(e => e.NumMentions);
        var articles = content.Events.SelectMany(e => e.Mentions.Select(m => m.Event.DocId)).Distinct().Count();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{H(content.Title)}</title>
            <style>{Style}</style>
            </head>
            <body>
            <header><h1>{H(content.Title)}</h1>
            <p class="summary">{content.Events.Count} events merged from {mentions} mentions in {articles} articles.</p>
            <p class="modalities">{H(ModalityNote(content.Modalities))}</p></header>

            """);
        AppendCharts(html, content);
        AppendTimeline(html, content);
        html.Append("<section id=\"events\"><h2>Events and their evidence</h2>\n");
        foreach (var e in content.Events) AppendEvent(html, e, content);
        html.Append("</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Which modalities the page counts, so a reader of the charts knows what was left out.</summary>
    public static string ModalityNote(ModalityFilter? modalities)
    {
        var included = (modalities ?? ModalityFilter.All).Included;
        var left = ModalityFilter.Names.Except(included).ToList();
        return $"Events told as {string.Join(", ", included)}"
            + (included.Contains(ModalityFilter.Intended) ? " (stated intents, counted and flagged)" : "")
            + (left.Count > 0 ? $"; {string.Join(" and ", left)} events are left out." : ".");
    }

    private static void AppendCharts(StringBuilder html, ReportContent content)
    {
        var by = content.Period.ToString().ToLowerInvariant();
        html.Append($"<section id=\"charts\"><h2>Series by {by}</h2>\n");
        if (content.Series.Count == 0)
        {
            html.Append("<p>No dated events to chart.</p></section>\n");
            return;
        }
        html.Append($"<figure id=\"goldstein-chart\">{SeriesCharts.Goldstein(content.Series)}<figcaption>Mean Goldstein weight per {by}</figcaption></figure>\n");
        html.Append($"<figure id=\"quad-chart\">{SeriesCharts.QuadClasses(content.Series)}<figcaption>Events per quad class and {by}</figcaption></figure>\n");
        html.Append("<table class=\"series\"><thead><tr><th>period</th><th>verbal cooperation</th><th>material cooperation</th><th>verbal conflict</th><th>material conflict</th><th>mean Goldstein</th><th>of which intended</th></tr></thead><tbody>\n");
        foreach (var r in content.Series)
            html.Append($"<tr><td>{H(r.Period)}</td>{string.Concat(r.ByQuad.Select(n => $"<td>{n}</td>"))}<td>{r.MeanGoldstein.ToString("0.00", CultureInfo.InvariantCulture)}</td><td>{r.Intended}</td></tr>\n");
        html.Append("</tbody></table></section>\n");
    }

    private static string Actor(Kronika.Events.EventActor a) =>
        a.Country.Length == 0 && a.Role.Length == 0 ? "<span class=\"unknown\">unknown</span>"
            : $"<abbr title=\"{H(a.Name)}\">{H((a.Country + " " + a.Role).Trim())}</abbr> {H(a.Name)}";

    private static void AppendTimeline(StringBuilder html, ReportContent content)
    {
        html.Append("<section id=\"timeline\"><h2>Timeline</h2>\n<table class=\"timeline\"><thead><tr><th>date</th><th>event</th><th>source</th><th>target</th><th>mentions</th><th>sources</th></tr></thead><tbody>\n");
        foreach (var e in content.Events)
            html.Append($"<tr{(e.Historical ? " class=\"background\"" : "")}><td>{H(e.Date.Length > 0 ? e.Date : "undated")}</td>"
                + $"<td><a href=\"#e{e.Id}\">{H(e.Cameo)} {H(content.CodeName(e.Cameo))}</a>{(e.Modality is ModalityFilter.Asserted or "" ? "" : $" <span class=\"modality\">({H(e.Modality)})</span>")}</td><td>{Actor(e.Source)}</td><td>{Actor(e.Target)}</td>"
                + $"<td>{e.NumMentions}</td><td>{H(string.Join(", ", e.Sources))}</td></tr>\n");
        html.Append("</tbody></table></section>\n");
    }

    private static void AppendEvent(StringBuilder html, StoryEvent e, ReportContent content)
    {
        var arrow = e.Symmetric ? "&harr;" : "&rarr;";
        html.Append($"<article class=\"event\" id=\"e{e.Id}\"><h3>{H(e.Date.Length > 0 ? e.Date : "undated")} &middot; {H(e.Cameo)} {H(content.CodeName(e.Cameo))}</h3>\n");
        html.Append($"<p class=\"facts\">{Actor(e.Source)} {arrow} {Actor(e.Target)} &middot; quad class {e.QuadClass}, Goldstein {e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture)}, {H(e.Modality.Length > 0 ? e.Modality : ModalityFilter.Asserted)}"
            + $" &middot; date basis: {H(e.DateBasis.Length > 0 ? e.DateBasis : "none")}{(e.Historical ? " (told as background)" : "")}"
            + $" &middot; {e.NumMentions} mentions in {e.NumArticles} articles from {e.NumSources} sources"
            + (e.FirstReported.Length > 0 ? $" &middot; reported {H(e.FirstReported)}{(e.LastReported != e.FirstReported ? " to " + H(e.LastReported) : "")}" : "")
            + "</p>\n<ol class=\"mentions\">\n");
        var mentions = e.Mentions.Count > 0 ? e.Mentions : [];
        foreach (var m in mentions)
        {
            var r = m.Event;
            html.Append($"<li><blockquote>{Evidence(r, content.DocumentText(r.DocId))}</blockquote>\n<p class=\"meta\">source document <cite>{H(r.Doc)}</cite>");
            if (m.Source != r.Doc) html.Append($" ({H(m.Source)})");
            html.Append($" &middot; reported {H(m.Reported?.ToString() ?? "date unknown")} &middot; event date {H(r.Date.Length > 0 ? r.Date : "unknown")} ({H(r.DateBasis.Length > 0 ? r.DateBasis : "no basis")})"
                + $" &middot; {H(r.Cameo)} {H(r.Modality)}");
            if (SafeLink(m.Url) is { } url) html.Append($" &middot; <a href=\"{H(url)}\" rel=\"noreferrer\">{H(url)}</a>");
            html.Append("</p></li>\n");
        }
        if (mentions.Count == 0)
            html.Append($"<li><blockquote><mark>{H(e.Evidence.Text)}</mark></blockquote><p class=\"meta\">source document <cite>{H(e.Doc)}</cite></p></li>\n");
        html.Append("</ol></article>\n");
    }

    /// <summary>Only web addresses become links (a javascript: or data: address in a document's metadata does not).</summary>
    private static string? SafeLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

    /// <summary>The evidence sentence marked, its actors' words emphasised, with some of the article around it.</summary>
    public static string Evidence(Kronika.Events.EventRecord r, string? documentText)
    {
        var ev = r.Evidence;
        var sentence = new StringBuilder("<mark>");
        var spans = new List<(int Start, int End, string Class)>();
        foreach (var (actor, cls) in new[] { (r.Source, "source"), (r.Target, "target") })
        {
            if (actor.Text.Length == 0) continue;
            var at = ev.Text.IndexOf(actor.Text, StringComparison.Ordinal);
            if (at >= 0 && !spans.Any(s => at < s.End && s.Start < at + actor.Text.Length)) spans.Add((at, at + actor.Text.Length, cls));
        }
        // The word that made it an event ("offered", "talks").
        if (r.Trigger is { } trigger && trigger.Start >= ev.Start && trigger.End <= ev.End
            && (trigger.Start - ev.Start, trigger.End - ev.Start) is var (ts, te) && !spans.Any(s => ts < s.End && s.Start < te))
            spans.Add((ts, te, "trigger"));
        int position = 0;
        foreach (var (start, end, cls) in spans.OrderBy(s => s.Start))
        {
            sentence.Append(H(ev.Text[position..start])).Append($"<b class=\"{cls}\">").Append(H(ev.Text[start..end])).Append("</b>");
            position = end;
        }
        sentence.Append(H(ev.Text[position..])).Append("</mark>");
        if (documentText is null || ev.End > documentText.Length || ev.Start < 0 || documentText[ev.Start..ev.End] != ev.Text)
            return sentence.ToString();
        var before = documentText[Math.Max(0, ev.Start - ContextChars)..ev.Start];
        var after = documentText[ev.End..Math.Min(documentText.Length, ev.End + ContextChars)];
        return $"<span class=\"context\">{(ev.Start > ContextChars ? "&hellip;" : "")}{H(before)}</span>{sentence}<span class=\"context\">{H(after)}{(ev.End + ContextChars < documentText.Length ? "&hellip;" : "")}</span>";
    }

    private const string Style = """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1em; color: #222; }
        h1 { margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
        figure { margin: 1em 0; } figure svg { width: 100%; height: auto; max-width: 900px; display: block; }
        figcaption { color: #555; font-size: 0.9em; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 0.25em 0.5em; border-bottom: 1px solid #eee; vertical-align: top; }
        table.timeline td:first-child { white-space: nowrap; }
        table.series td, table.series th { text-align: right; } table.series td:first-child, table.series th:first-child { text-align: left; }
        tr.background td:first-child::after { content: " (background)"; color: #777; font-size: 0.85em; }
        article.event { border-left: 4px solid #90a4ae; padding: 0.2em 1em; margin: 1.5em 0; }
        blockquote { margin: 0.5em 0; white-space: pre-wrap; } .context { color: #666; }
        mark { background: #fff3a8; } b.source { color: #0d47a1; } b.target { color: #b71c1c; } b.trigger { text-decoration: underline; }
        .meta, .facts { color: #444; font-size: 0.9em; } .unknown { color: #999; } .modality, .modalities { color: #6a1b9a; font-size: 0.9em; }
        """;
}
