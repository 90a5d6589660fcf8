using System.Text;

namespace Kronika.Documents.Tests;

/// <summary>The HTML extractor on pages built like real news pages: what a reader sees is kept, page chrome is not.</summary>
public class HtmlExtractionTests
{
    private const string Prose =
        "The foreign ministers of Kenya and Tanzania agreed on Tuesday to reopen the shared border crossing at Namanga, " +
        "officials from both countries said, after weeks of talks over trucking permits, customs fees and health checks.";

    private static string Page(string body, string head = "<title>Border reopens</title>") =>
        $"<html><head>{head}</head><body>{body}</body></html>";

    private static List<string> Lines(string html) => HtmlArticleExtractor.Extract(html).Text.Split('\n').ToList();

    [Fact]
    public void A_page_heavy_with_scripts_and_json_is_read_as_the_english_article_it_shows()
    {
        // Real pages carry far more script, JSON and attribute text than article text; none of it may decide the language.
        var script = "<script>window.__STATE__ = {" + string.Join(",", Enumerable.Range(0, 3000).Select(i => $"\"k{i}\":\"valeur{i} größe daß\"")) + "};</script>";
        var attributes = string.Join("", Enumerable.Range(0, 500).Select(i => $"<div data-tracking=\"zxqv{i} wert und die\" class=\"c{i}\"></div>"));
        using var folder = new TempFolder();
        var file = folder.Write("page.html", Page($"{script}{attributes}<article><p>{Prose}</p><p>{Prose}</p></article>", "<title>Border reopens</title>" + script));
        var item = Assert.Single(new DocumentReader().Read([file]));
        Assert.Null(item.Refusal);
        Assert.Equal($"{Prose}\n{Prose}", item.Document!.Text);
    }

    [Fact]
    public void A_page_whose_article_text_is_not_english_is_refused_for_that_text()
    {
        var portuguese = "O governo anunciou nesta terça-feira que vai reabrir a fronteira com o país vizinho depois de semanas de negociações sobre as licenças de transporte, " +
            "as taxas alfandegárias e os controles sanitários que deixaram centenas de motoristas parados dos dois lados.";
        using var folder = new TempFolder();
        var file = folder.Write("pagina.html", Page($"<nav><a href=/>Home</a> <a href=/world>World news and the latest from the region</a></nav><article><p>{portuguese}</p><p>{portuguese}</p></article>"));
        var refusal = Assert.Single(new DocumentReader().Read([file])).Refusal;
        Assert.NotNull(refusal);
        Assert.StartsWith("not English: reads as Portuguese", refusal!.Reason);
        Assert.Contains("article text", refusal.Reason);
    }

    [Fact]
    public void Share_bars_related_links_bylines_captions_and_newsletter_boxes_are_dropped_by_their_names()
    {
        var html = Page($"""
            <div class="site-header"><a href="/">Daily Planet</a></div>
            <article class="story">
              <div class="article-byline">By Jane Doe</div>
              <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
              <p>{Prose}</p>
              <div class="inline-media"><img src="a.jpg"><span class="image-caption">Trucks queue at the border. Photo: Reuters</span></div>
              <div class="newsletterSignup">Get our morning briefing in your inbox every day</div>
              <p>Both governments said the crossing would open at dawn.</p>
              <ul class="relatedStories"><li>Earlier: talks stall over fees</li><li>Analysis: what the deal means</li></ul>
            </article>
            <div id="comments">Readers' comments are closed on this story</div>
            """);
        Assert.Equal([Prose, "Both governments said the crossing would open at dawn."], Lines(html));
    }

    [Fact]
    public void An_element_holding_most_of_the_prose_is_kept_whatever_its_names_say()
    {
        // Sites wrap whole pages in forms (ASP.NET) and name their post containers "widget" or "share-wrapper".
        var html = Page($"""<form id="aspnetForm"><div class="widget Blog"><p>{Prose}</p><p>{Prose}</p></div><div class="widget"><a href="/x">Popular posts</a></div></form>""");
        Assert.Equal([Prose, Prose], Lines(html));
    }

    [Fact]
    public void Names_are_matched_as_words_not_as_substrings()
    {
        // "ad" drops an advertising slot, not a heading or a shadowed box.
        var html = Page($"""<article><div class="top-ad-slot">Buy now</div><div class="shadow-box"><p>{Prose}</p></div><div class="thread-head"><p>Both sides welcomed the move.</p></div></article>""");
        Assert.Equal([Prose, "Both sides welcomed the move."], Lines(html));
    }

    [Fact]
    public void Text_split_by_line_breaks_gives_one_line_a_break_and_blocks_outside_paragraphs_are_kept()
    {
        var html = Page($"""<div class="post-body">{Prose}<br>Both governments said the crossing would open at dawn.<br/><br/>Truck drivers welcomed the <b>news</b>.</div>""");
        Assert.Equal([Prose, "Both governments said the crossing would open at dawn.", "Truck drivers welcomed the news."], Lines(html));
    }

    [Fact]
    public void Embedded_posts_are_part_of_the_story()
    {
        var html = Page($"""
            <article><p>{Prose}</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>The border is open again. Safe travels to everyone crossing today.</p>— Kenya Foreign Ministry (@ForeignOfficeKE) November 19, 2019</blockquote></div>
            <p>Both governments said the crossing would open at dawn.</p></article>
            """);
        var lines = Lines(html);
        Assert.Contains("The border is open again. Safe travels to everyone crossing today.", lines);
        Assert.Contains(lines, l => l.Contains("Kenya Foreign Ministry"));
    }

    [Fact]
    public void Lines_made_of_links_are_menus_not_prose()
    {
        var html = Page($"""<article><p>{Prose}</p><p><a href="/a">Kenya news</a> | <a href="/b">Tanzania news</a> | <a href="/c">Uganda news</a></p><p>Read the <a href="/deal">full text of the deal</a> on the ministry's site, officials said on Tuesday.</p></article>""");
        var lines = Lines(html);
        Assert.DoesNotContain(lines, l => l.Contains("Uganda news"));
        Assert.Contains(lines, l => l.StartsWith("Read the full text of the deal"));
    }

    [Fact]
    public void The_headline_is_metadata_not_a_line_of_the_body()
    {
        var article = HtmlArticleExtractor.Extract(Page($"<article><h1>Kenya and Tanzania reopen border</h1><p>{Prose}</p></article>", "<meta property=\"og:title\" content=\"Kenya and Tanzania reopen border\">"));
        Assert.Equal("Kenya and Tanzania reopen border", article.Title);
        Assert.Equal(Prose, article.Text);
    }

    [Fact]
    public void Hidden_elements_are_not_what_a_reader_sees()
    {
        var html = Page($"""<article><p>{Prose}</p><div style="display: none">Tracking pixel text</div><p hidden>Old draft paragraph</p><span aria-hidden="true">Icon label</span></article>""");
        Assert.Equal([Prose], Lines(html));
    }

    [Fact]
    public void Markup_nested_thousands_of_levels_deep_is_refused_quickly_with_that_reason()
    {
        var deep = new StringBuilder("<html><body>");
        for (int i = 0; i < 50_000; i++) deep.Append("<div>");
        deep.Append($"<p>{Prose}</p>");
        for (int i = 0; i < 50_000; i++) deep.Append("</div>");
        using var folder = new TempFolder();
        var file = folder.Write("deep.html", deep.Append("</body></html>").ToString());
        var refusal = Assert.Single(new DocumentReader().Read([file])).Refusal;
        Assert.NotNull(refusal);
        Assert.Contains("nested 50,000 levels deep", refusal!.Reason);
    }

    [Fact]
    public void A_page_of_scripts_alone_is_refused_as_having_no_article_text()
    {
        var scripts = string.Concat(Enumerable.Range(0, 2000).Select(i => $"<script>var a{i} = \"{new string('x', 500)}\";</script>\n"));
        using var folder = new TempFolder();
        var file = folder.Write("scripts.html", Page(scripts));
        var refusal = Assert.Single(new DocumentReader().Read([file])).Refusal;
        Assert.Equal("no article text found in the HTML", refusal?.Reason);
    }

    [Theory]
    [InlineData("relatedStories", "related stories")]
    [InlineData("article__byline-wrapper", "article byline wrapper")]
    [InlineData("sr-only", "sr only")]
    [InlineData("topAd2", "top ad2")]
    public void Class_names_split_into_words(string name, string words) =>
        Assert.Equal(words, string.Join(' ', HtmlBoilerplate.Words(name)));
}
