using AngleSharp.Html.Parser;

namespace Kronika.Documents.Tests;

public class PageMetadataTests
{
    private static PageMetadata Read(string head, string body = "", string? url = null)
    {
        using var page = new HtmlParser().ParseDocument($"<html><head>{head}</head><body>{body}</body></html>");
        return PageMetadata.Read(page, url);
    }

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    private static PartialDate Day(int year, int month, int day) => PartialDate.OfDay(year, month, day);

    [Fact]
    public void A_json_ld_news_article_gives_every_field()
    {
        var metadata = Read(JsonLd("""
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Peru recalls envoy &amp; protests",
             "datePublished": "2015-03-18T10:00:00-04:00", "dateModified": "2015-03-17T09:00:00Z",
             "author": {"@type": "Person", "name": "Ana Quispe"}, "publisher": {"@type": "Organization", "name": "Andes Wire"},
             "mainEntityOfPage": {"@type": "WebPage", "@id": "https://andeswire.example/peru-envoy"}}
            """));
        Assert.Equal("Peru recalls envoy & protests", metadata.Title);
        Assert.Equal("json-ld headline", metadata.TitleBasis);
        Assert.Equal(("Ana Quispe", "json-ld author"), (metadata.Author, metadata.AuthorBasis));
        Assert.Equal(("Andes Wire", "json-ld publisher"), (metadata.SiteName, metadata.SiteNameBasis));
        Assert.Equal(("https://andeswire.example/peru-envoy", "json-ld mainEntityOfPage"), (metadata.CanonicalUrl, metadata.CanonicalUrlBasis));
        // dateModified is earlier here, and still no publication date.
        Assert.Equal(Day(2015, 3, 18), metadata.Published);
        Assert.Equal("json-ld datePublished", metadata.PublishedBasis);
    }

    [Fact]
    public void Json_ld_in_a_graph_is_read_and_its_id_references_followed()
    {
        var metadata = Read(JsonLd("""
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "@id": "https://x.example/#website", "name": "Not the article", "datePublished": "2001-01-01"},
              {"@type": ["Article", "BlogPosting"], "headline": "Chile and Bolivia resume talks", "datePublished": "2016-05-02",
               "author": {"@id": "https://x.example/#/schema/person/1"}, "publisher": {"@id": "https://x.example/#org"}},
              {"@type": "Person", "@id": "https://x.example/#/schema/person/1", "name": "Rosa Mamani"},
              {"@type": "Organization", "@id": "https://x.example/#org", "name": "Altiplano Post"}]}
            """));
        Assert.Equal("Chile and Bolivia resume talks", metadata.Title);
        Assert.Equal("Rosa Mamani", metadata.Author);
        Assert.Equal("Altiplano Post", metadata.SiteName);
        // The WebSite object is no article or page: its date is not the article's.
        Assert.Equal(Day(2016, 5, 2), metadata.Published);
    }

    [Fact]
    public void A_json_ld_array_with_an_author_array_names_every_author()
    {
        var metadata = Read(JsonLd("""
            [{"@type": "BreadcrumbList", "name": "Home"},
             {"@type": "http://schema.org/ReportageNewsArticle", "headline": "Floods in Kerala",
              "author": [{"@type": "Person", "name": "Meera Nair"}, "Arjun Rao", {"name": "Meera Nair"}],
              "dateCreated": "2018-08-16"}]
            """));
        Assert.Equal("Meera Nair, Arjun Rao", metadata.Author);
        Assert.Equal(Day(2018, 8, 16), metadata.Published);
        Assert.Equal("json-ld dateCreated", metadata.PublishedBasis);
    }

    [Fact]
    public void Broken_json_ld_is_skipped_and_the_good_block_beside_it_read()
    {
        var metadata = Read(
            JsonLd("""{"@type": "NewsArticle", "headline": 'single quotes', "datePublished": "1999-01-01" """)
            + JsonLd("""
                <!-- {"@type": "NewsArticle", // a comment
                  "headline": "Line
                break", "datePublished": "2017-06-05", "keywords": ["a", "b", ],} -->
                """));
        Assert.Equal("Line break", metadata.Title);
        Assert.Equal(Day(2017, 6, 5), metadata.Published);
        Assert.DoesNotContain(metadata.DateCandidates, c => c.Date.Year == 1999);
    }

    [Theory]
    [InlineData("""{"@type": "NewsArticle", "datePublished": }""")]
    [InlineData("[[[[[[[[[[")]
    [InlineData("""<![CDATA[ {"@type": "NewsArticle", "datePublished": 17 ]]>""")]
    [InlineData("")]
    public void Json_ld_that_is_no_json_never_throws(string json)
    {
        var metadata = Read(JsonLd(json));
        Assert.Null(metadata.Published);
        Assert.Empty(metadata.DateCandidates);
    }

    [Fact]
    public void Opengraph_article_published_time_is_a_publication_date_and_updated_time_is_not()
    {
        var metadata = Read("""
            <meta property="og:updated_time" content="2015-03-01T08:00:00Z">
            <meta property="article:modified_time" content="2015-03-02T08:00:00Z">
            <meta property="article:published_time" content="2015-03-18T08:00:00+01:00">
            """);
        Assert.Equal(Day(2015, 3, 18), metadata.Published);
        Assert.Equal("meta article:published_time", metadata.PublishedBasis);
        Assert.Single(metadata.DateCandidates);
    }

    [Theory]
    [InlineData("name", "date")]
    [InlineData("name", "pubdate")]
    [InlineData("name", "publishdate")]
    [InlineData("name", "publish-date")]
    [InlineData("name", "publish_date")]
    [InlineData("itemprop", "datePublished")]
    [InlineData("name", "DC.date.issued")]
    [InlineData("name", "dc.date")]
    [InlineData("name", "dcterms.created")]
    [InlineData("name", "DCTERMS.issued")]
    [InlineData("name", "parsely-pub-date")]
    [InlineData("name", "sailthru.date")]
    [InlineData("name", "article.published")]
    [InlineData("name", "OriginalPublicationDate")]
    [InlineData("name", "cXenseParse:recs:publishtime")]
    [InlineData("property", "og:published_time")]
    [InlineData("property", "og:pubdate")]
    [InlineData("name", "sn-post-date")]
    public void Each_publication_meta_tag_gives_the_date(string attribute, string key)
    {
        var metadata = Read($"""<meta {attribute}="{key}" content="2015-03-18 12:00">""");
        Assert.Equal(Day(2015, 3, 18), metadata.Published);
        Assert.Equal("meta " + key, metadata.PublishedBasis);
    }

    [Theory]
    [InlineData("og:updated_time")]
    [InlineData("article:modified_time")]
    [InlineData("dateModified")]
    [InlineData("last-modified")]
    [InlineData("article.updated")]
    public void Modification_meta_tags_give_no_publication_date(string key)
    {
        Assert.Null(Read($"""<meta name="{key}" content="2015-03-18">""").Published);
    }

    [Fact]
    public void Parsely_page_json_gives_its_pub_date()
    {
        var metadata = Read("""<meta name="parsely-page" content='{"title": "T", "pub_date": "2014-02-03T05:00:00Z"}'>""");
        Assert.Equal(Day(2014, 2, 3), metadata.Published);
        Assert.Equal("meta parsely-page", metadata.PublishedBasis);
    }

    [Fact]
    public void A_time_element_in_the_article_dates_a_page_that_declares_nothing()
    {
        var metadata = Read("", """
            <aside><time datetime="2020-01-01">Related story</time></aside>
            <article><header><time datetime="2019-11-18T20:00:00-05:00">Nov 18</time></header><p>Text.</p></article>
            """);
        Assert.Equal(Day(2019, 11, 18), metadata.Published);
        Assert.Equal("time[datetime]", metadata.PublishedBasis);
        Assert.False(metadata.DateCandidates.Single().Declared);
    }

    [Fact]
    public void Time_elements_and_the_url_give_way_to_a_declared_date()
    {
        var metadata = Read("""<meta name="date" content="2019-11-20">""",
            """<article><time pubdate datetime="2019-11-02">x</time></article>""", url: "https://x.example/2019/11/01/slug");
        Assert.Equal(Day(2019, 11, 20), metadata.Published);
        Assert.Contains(metadata.DateCandidates, c => c.Basis == "url path" && c.Date == Day(2019, 11, 1));
        Assert.Contains(metadata.DateCandidates, c => c.Basis == "time[pubdate]" && c.Date == Day(2019, 11, 2));
    }

    [Theory]
    [InlineData("https://x.example/2015/03/18/slug", "2015-03-18")]
    [InlineData("https://x.example/news/2015/03/slug.html", "2015-03")]
    [InlineData("https://x.example/20150318/slug", "2015-03-18")]
    [InlineData("https://x.example/commentisfree/2015/mar/18/slug", "2015-03-18")]
    [InlineData("https://x.example/story/2015-03-18/slug", "2015-03-18")]
    public void A_date_in_the_url_path_dates_a_page_that_declares_none(string url, string expected)
    {
        var metadata = Read("", url: url);
        Assert.Equal(expected, metadata.Published?.ToString());
        Assert.Equal("url path", metadata.PublishedBasis);
    }

    [Theory]
    [InlineData("https://x.example/tuft-cells-set-off-immune-responses-20150318/")]
    [InlineData("https://x.example/news/hearing-2015-03-18/")]
    [InlineData("https://x.example/news/2015-03-18-hearing")]
    public void A_date_in_the_url_slug_is_the_last_resort(string url)
    {
        var metadata = Read("", url: url);
        Assert.Equal(Day(2015, 3, 18), metadata.Published);
        Assert.Equal("url slug", metadata.PublishedBasis);
    }

    [Theory]
    [InlineData("https://x.example/article/14848164.php")]
    [InlineData("https://x.example/2015/13/40/slug")]
    [InlineData("https://x.example/news/201911181077343476-slug")]
    [InlineData("https://x.example/3000/01/01/slug")]
    public void Numbers_in_a_url_that_are_no_date_give_none(string url) => Assert.Null(Read("", url: url).Published);

    [Theory]
    [InlineData("1426680000")]
    [InlineData("1426680000000")]
    [InlineData("1426680000.5")]
    public void Epoch_seconds_and_milliseconds_are_dates(string epoch)
    {
        var metadata = Read($"""<meta name="date" content="{epoch}">""");
        Assert.Equal(Day(2015, 3, 18), metadata.Published);
        Assert.Equal(DateClock.Utc, metadata.DateCandidates.Single().Clock);
    }

    [Fact]
    public void The_earliest_publication_date_wins_over_a_later_one_and_over_date_modified()
    {
        var metadata = Read(JsonLd("""{"@type": "NewsArticle", "datePublished": "2015-03-19T09:00:00", "dateModified": "2015-03-10"}""")
            + """<meta name="sailthru.date" content="2015-03-18 21:00:00 -0700"><meta name="date" content="2015-03">""");
        Assert.Equal(Day(2015, 3, 18), metadata.Published);
        Assert.Equal("meta sailthru.date", metadata.PublishedBasis);
        // The month alone is less precise than the days, so it cannot win by being "earlier".
        Assert.Equal(3, metadata.DateCandidates.Count);
    }

    [Theory]
    [InlineData("2015-03-18T23:30:00-04:00")]
    [InlineData("2015-03-18T00:30:00+09:00")]
    [InlineData("2015-03-18T23:59:59.999+14:00")]
    [InlineData("Wed, 18 Mar 2015 23:00:00 -1100")]
    public void A_time_zone_does_not_shift_the_date_as_written(string value)
    {
        Assert.Equal(Day(2015, 3, 18), Read($"""<meta property="article:published_time" content="{value}">""").Published);
    }

    [Fact]
    public void A_utc_timestamp_a_day_after_the_permalink_date_gives_way_to_the_permalink()
    {
        var metadata = Read(JsonLd("""{"@type": "NewsArticle", "datePublished": "2019-11-19T02:34:30Z"}"""),
            url: "https://x.example/2019/11/18/evening-story/");
        Assert.Equal(Day(2019, 11, 18), metadata.Published);
        Assert.StartsWith("url path", metadata.PublishedBasis);
        // A timestamp in the site's own zone is the site's day, whatever its URL says.
        Assert.Equal(Day(2019, 11, 19), Read(JsonLd("""{"@type": "NewsArticle", "datePublished": "2019-11-19T02:34:30-05:00"}"""),
            url: "https://x.example/2019/11/18/evening-story/").Published);
    }

    [Fact]
    public void The_date_the_article_prints_beats_a_utc_or_unzoned_stamp_a_day_later()
    {
        var utc = Read("""<meta property="article:published_time" content="2019-11-20T04:26:47Z">""",
            """<article><time datetime="2019-11-20T04:26:50Z">11:26 pm EST, Tuesday, November 19, 2019</time></article>""");
        Assert.Equal(Day(2019, 11, 19), utc.Published);
        Assert.Equal("printed in the time element, the local day of the UTC meta article:published_time", utc.PublishedBasis);
        var unzoned = Read("""<meta itemprop="datePublished" content="2019-11-19 02:24:00">""",
            """<article><time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm ET</time></article>""");
        Assert.Equal(Day(2019, 11, 18), unzoned.Published);
        // A slug's date is what the story is about as often as when it was filed: it moves no UTC stamp.
        Assert.Equal(Day(2019, 11, 20), Read("""<meta property="article:published_time" content="2019-11-20T06:07:01Z">""",
            url: "https://x.example/news/hearing-testimony-2019-11-19/").Published);
    }

    [Fact]
    public void A_time_in_the_byline_naming_the_author_is_declared_and_can_be_earliest()
    {
        var metadata = Read(JsonLd("""{"@type": "Article", "datePublished": "2019-11-19 19:31:39", "author": {"name": "Jason Cipriani"}}"""), """
            <div class="related"><div class="byline">By Someone Else | <time datetime="2019-11-01 10:00:00">Nov 1</time></div></div>
            <div class="byline"><p>By <a rel="author">Jason Cipriani</a> | <time class="updated" datetime="2019-11-10">Updated</time>
            <time datetime="2019-11-18 19:14:00">November 18, 2019 -- 19:14 GMT</time></p></div>
            """);
        Assert.Equal(Day(2019, 11, 18), metadata.Published);
        Assert.Equal("time in the author's byline", metadata.PublishedBasis);
    }

    [Fact]
    public void A_date_printed_in_the_authors_byline_beats_a_later_declared_stamp()
    {
        // The site wrote 04:31 UTC with its own offset: the byline readers see says the 19th.
        var metadata = Read(JsonLd("""{"@type": "NewsArticle", "datePublished": "2019-11-20T04:31:13-06:00", "author": {"name": "Chris Davies"}}"""), """
            <div class="author_date"><span><a href="/author/chris/">Chris Davies</a></span> - <span>Nov 19, 2019, 10:31 pm CST</span>
            | Updated Nov 21, 2019</div>
            <div class="related author-card">Chris Davies - Nov 2, 2019</div>
            """);
        Assert.Equal(Day(2019, 11, 19), metadata.Published);
        Assert.Equal("printed in the author's byline", metadata.PublishedBasis);
        Assert.DoesNotContain(metadata.DateCandidates, c => c.Date == Day(2019, 11, 2) || c.Date == Day(2019, 11, 21));
    }

    [Fact]
    public void A_hidden_input_holding_the_publish_date_is_read()
    {
        var metadata = Read("", """<input class="modified_date" type="hidden" value="2019-11-20 10:00:00"><input class="published_date" type="hidden" value="2019-11-18 23:41:18">""");
        Assert.Equal(Day(2019, 11, 18), metadata.Published);
        Assert.Equal("value of input.published_date", metadata.PublishedBasis);
    }

    [Fact]
    public void An_update_time_and_the_mastheads_date_are_no_publication_date()
    {
        var metadata = Read("", """
            <header class="site"><span class="header-date">November 20, 2019</span></header>
            <main><article><div class="entry-meta"><time class="updated" datetime="2018-08-13T08:04:08+00:00">August 13, 2018</time></div></article></main>
            """);
        Assert.Null(metadata.Published);
    }

    [Fact]
    public void A_date_printed_in_a_publish_date_element_dates_a_page_without_markup()
    {
        var metadata = Read("", """<div class="story"><span class="article-publish-date">November 19, 2019, 9:02 AM</span><p>Text</p></div>""");
        Assert.Equal(Day(2019, 11, 19), metadata.Published);
        Assert.Equal("printed in .article-publish-date", metadata.PublishedBasis);
    }

    [Theory]
    [InlineData("Border reopens | East Africa Daily", "Border reopens")]
    [InlineData("Border reopens - East Africa Daily", "Border reopens")]
    [InlineData("East Africa Daily – Border reopens", "Border reopens")]
    [InlineData("Border reopens | World | East-Africa-Daily", "Border reopens | World")]
    [InlineData("Border reopens | Editorial", "Border reopens | Editorial")]
    [InlineData("Kenya - Tanzania border reopens", "Kenya - Tanzania border reopens")]
    public void The_titles_site_name_is_removed_and_nothing_else(string title, string expected)
    {
        var metadata = Read($"""<title>{title}</title><meta property="og:site_name" content="East Africa Daily">""");
        Assert.Equal(expected, metadata.Title);
        Assert.Equal("<title>", metadata.TitleBasis);
    }

    [Fact]
    public void A_site_suffix_is_recognised_by_the_host_name_and_a_title_that_is_only_the_site_name_skipped()
    {
        var metadata = Read("""
            <meta property="og:title" content="The Guardian"><meta property="og:site_name" content="The Guardian">
            <title>Hong Kong on the brink | TheGuardian.com</title><link rel="canonical" href="https://www.theguardian.com/world/x">
            """);
        Assert.Equal("Hong Kong on the brink", metadata.Title);
    }

    [Fact]
    public void Authors_from_meta_tags_lose_their_by_and_profile_urls_are_skipped()
    {
        Assert.Equal(("Jamelle Bouie", "meta byl"), ValueOf(Read("""<meta property="article:author" content="https://www.facebook.com/jb"><meta name="byl" content="By Jamelle Bouie">""")));
        Assert.Equal(("Jane Roe", "meta author"), ValueOf(Read("""<meta name="author" content="Andes Wire"><meta name="author" content="Jane Roe"><meta property="og:site_name" content="Andes Wire">""")));

        static (string?, string?) ValueOf(PageMetadata m) => (m.Author, m.AuthorBasis);
    }

    [Fact]
    public void The_canonical_link_wins_and_a_relative_one_is_resolved_against_the_pages_address()
    {
        var metadata = Read("""<link rel="canonical" href="/world/2015/03/18/peru"><meta property="og:url" content="https://news.example/world/peru?ref=fb">""");
        Assert.Equal(("https://news.example/world/2015/03/18/peru", "link canonical"), (metadata.CanonicalUrl, metadata.CanonicalUrlBasis));
        Assert.Equal(Day(2015, 3, 18), metadata.Published);
    }

    [Fact]
    public void A_url_or_a_handle_is_no_site_name()
    {
        var metadata = Read("""<meta property="og:site_name" content="https://www.hawaiinews.example"><meta name="application-name" content="Hawaii News">""");
        Assert.Equal(("Hawaii News", "application-name"), (metadata.SiteName, metadata.SiteNameBasis));
    }

    [Fact]
    public void Html_metadata_reaches_the_source_document_with_its_bases()
    {
        using var folder = new TempFolder();
        var file = folder.Write("page.html", $$"""
            <html><head><title>Peru recalls its envoy - Andes Wire</title>
            <meta property="og:site_name" content="Andes Wire">
            <link rel="canonical" href="https://andeswire.example/2015/03/17/peru-envoy">
            {{JsonLd("""{"@type": "NewsArticle", "datePublished": "2015-03-18T10:00:00-05:00", "author": {"name": "Ana Quispe"}}""")}}
            </head><body><article><h1>Peru recalls its envoy</h1><p>Lima recalled its ambassador to Chile on Wednesday.</p>
            <p>The foreign ministry said that the move was a protest against what it called spying by the Chilean navy, and that the talks would not go on.</p></article></body></html>
            """);
        var doc = Assert.Single(new DocumentReader().Read([file])).Document!;
        Assert.Equal(("Peru recalls its envoy", "<title>"), (doc.Title, doc.TitleBasis));
        Assert.Equal(("Ana Quispe", "json-ld author"), (doc.Author, doc.AuthorBasis));
        Assert.Equal(("Andes Wire", "og:site_name"), (doc.SiteName, doc.SiteNameBasis));
        Assert.Equal(("https://andeswire.example/2015/03/17/peru-envoy", "link canonical"), (doc.Url, doc.UrlBasis));
        Assert.Equal(Day(2015, 3, 18), doc.PublicationDate);
        Assert.Equal(DateBasis.Metadata, doc.PublicationDateBasis);
        Assert.Equal("json-ld datePublished", doc.PublicationDateEvidence);
        Assert.Contains(doc.MetadataDates, c => c.Basis == "url path" && c.Date == Day(2015, 3, 17));
    }
}
