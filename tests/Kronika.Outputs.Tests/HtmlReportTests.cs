using Kronika.Outputs.Report;
using Kronika.Stories;
using Microsoft.Playwright;

namespace Kronika.Outputs.Tests;

public sealed class HtmlReportTests : IDisposable
{
    /// <summary>Debian's chromium, which .ci/run installs; Playwright drives it instead of a browser of its own.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _dir = Directory.CreateTempSubdirectory("kronika-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Render()
    {
        var events = StoryFixture.Events();
        return HtmlReport.Render(new ReportContent("Kronika: RUS-GEO", events, DyadSeries.Build(events, SeriesPeriod.Month), SeriesPeriod.Month,
            code => code == "112" ? "Accuse <b>" : "Some code", id => StoryFixture.Texts.GetValueOrDefault(id)));
    }

    [Fact]
    public void Article_text_is_escaped_everywhere_and_the_page_loads_nothing_from_outside()
    {
        var html = Render();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=", html.Replace("onerror=&quot;", ""), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;window.pwned = 1; alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotMatch(@"<[^>]*\ssrc=", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", ""));
        Assert.Contains("Content-Security-Policy", html);
        Assert.Contains("<mark>", html);
        Assert.Contains("<svg", html);
    }

    [Fact]
    public void The_report_says_which_modalities_it_counts_and_flags_intended_events_in_its_table_and_timeline()
    {
        var events = StoryFixture.Events().Select((e, i) => i == 2 ? e with { Modality = ModalityFilter.Intended } : e).ToList();
        var html = HtmlReport.Render(new ReportContent("Kronika: RUS-GEO", events, DyadSeries.Build(events, SeriesPeriod.Year, ModalityFilter.Default),
            SeriesPeriod.Year, _ => "code", _ => null, ModalityFilter.Default));
        Assert.Contains("Events told as asserted, intended (stated intents, counted and flagged); hypothetical and denied events are left out.", html);
        Assert.Contains("<th>of which intended</th>", html);
        // 2009: the accusation (asserted) and the talks (intended).
        Assert.Matches("<tr><td>2009</td><td>1</td><td>0</td><td>1</td><td>0</td><td>[^<]+</td><td>1</td></tr>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<span class=\"modality\">\\(intended\\)</span>"));
        Assert.Contains("Events told as asserted, intended, hypothetical, denied (stated intents, counted and flagged).", HtmlReport.Render(
            new ReportContent("all", events, [], SeriesPeriod.Year, _ => "", _ => null, ModalityFilter.All)));
    }

    [Fact]
    public void Evidence_is_highlighted_with_its_actors_inside_the_articles_own_text()
    {
        var record = StoryFixture.Events()[0].Mentions.First(m => m.Event.DocId == "war").Event;
        var html = HtmlReport.Evidence(record, StoryFixture.Texts["war"]);
        Assert.Equal("<mark>TBILISI (Wire) - <b class=\"source\">Russian troops</b> fought <b class=\"target\">Georgia</b> on August 8, 2008, officials said.</mark><span class=\"context\"> Shelling went on overnight.</span>", html[html.IndexOf("<mark>")..]);
        // Offsets that do not fit the text show the sentence alone.
        Assert.StartsWith("<mark>", HtmlReport.Evidence(record, "short"));
    }

    [Fact]
    public void The_trigger_word_is_marked_too()
    {
        var record = StoryFixture.Events()[0].Mentions.First(m => m.Event.DocId == "war").Event;
        int at = StoryFixture.Texts["war"].IndexOf("fought", StringComparison.Ordinal);
        var html = HtmlReport.Evidence(record with { Trigger = new Kronika.Events.Evidence("fought", at, at + "fought".Length) }, StoryFixture.Texts["war"]);
        Assert.Contains("<b class=\"source\">Russian troops</b> <b class=\"trigger\">fought</b> <b class=\"target\">Georgia</b>", html);
    }

    [Fact]
    public async Task Headless_chromium_shows_the_charts_and_timeline_and_runs_none_of_the_hostile_markup()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (.ci/run does)");
        var path = Path.Combine(_dir, "report.html");
        await File.WriteAllTextAsync(path, Render());

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true, Timeout = 60_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.True(await page.Locator("#goldstein-chart svg").IsVisibleAsync());
        Assert.True(await page.Locator("#quad-chart svg").IsVisibleAsync());
        var chart = await page.Locator("#goldstein-chart svg").BoundingBoxAsync();
        Assert.True(chart is { Width: > 300, Height: > 100 }, $"chart box {chart?.Width}x{chart?.Height}");
        Assert.True(await page.Locator("#timeline table").IsVisibleAsync());
        Assert.Equal(3, await page.Locator("#timeline tbody tr").CountAsync());
        Assert.Equal(3, await page.Locator("article.event").CountAsync());
        Assert.Equal(4, await page.Locator("article.event mark").CountAsync());

        Assert.Empty(dialogs);
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined && window.pwned2 === undefined"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.scripts.length + document.images.length + document.querySelectorAll('[onerror]').length"));
        var text = await page.Locator("#events").InnerTextAsync();
        Assert.Contains(StoryFixture.Script, text);
        Assert.Contains(StoryFixture.Image, text);
        Assert.Equal([new Uri(path).AbsoluteUri], requests);

        var shot = Path.Combine(AppContext.BaseDirectory, "report-screenshot.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        var png = await File.ReadAllBytesAsync(shot);
        Assert.True(png.Length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', $"screenshot {png.Length} bytes");
    }
}
