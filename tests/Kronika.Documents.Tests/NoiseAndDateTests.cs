namespace Kronika.Documents.Tests;

public class NoiseFilterTests
{
    private static readonly NoiseFilter Filter = NoiseFilter.LoadDefault();

    [Theory]
    [InlineData("Copyright © 2015 Example News. All Rights Reserved.", "copyright")]
    [InlineData("https://example.com/news/123", "url")]
    [InlineData("Share this story", "share")]
    [InlineData("Change your password", "account")]
    [InlineData("Articles in this story", "related")]
    [InlineData("Soldiers patrol the border near the town |", "caption")]
    [InlineData("This content was published on June 2, 2015 - 10:20", "dateline")]
    [InlineData("Troops parade in Minsk on May 9, 2019. Jane Doe/Reuters/Getty Images", "credit")]
    public void Chrome_lines_are_noise(string line, string label) => Assert.Equal(label, Filter.Classify(line));

    [Theory]
    [InlineData("Egypt's foreign ministry summoned the Israeli ambassador on Sunday.")]
    [InlineData("By contrast, Ankara has said little about the incident and is expected to respond next week.")]
    [InlineData("Calm")]
    [InlineData("The agreement was published on Friday after weeks of talks in Vienna, officials said.")]
    public void Body_lines_are_kept(string line) => Assert.Null(Filter.Classify(line));

    [Fact]
    public void Body_spans_point_into_the_original_text()
    {
        var doc = new SourceDocument("x.txt", "Brazil expelled a diplomat.\r\nShare this story\nArgentina protested.");
        Filter.Apply(doc);
        Assert.Equal(["Brazil expelled a diplomat.", "Argentina protested."], doc.Body.Select(s => doc.Text[s.Start..s.End]).ToArray());
    }
}

public class PublicationDateTests
{
    [Fact]
    public void A_printed_publication_line_is_stated()
    {
        var found = PublicationDateFinder.Find("Talks resumed.\n\nThis content was published on May 19, 2009 - 15:45\n");
        Assert.Equal((PartialDate.OfDay(2009, 5, 19), DateBasis.Stated), found);
    }

    [Fact]
    public void A_copyright_year_is_an_inferred_year()
    {
        var found = PublicationDateFinder.Find("Body.\nCopyright © 2012 Example.com. All Rights Reserved.");
        Assert.Equal((PartialDate.OfYear(2012), DateBasis.Inferred), found);
    }

    [Fact]
    public void No_date_is_no_date() => Assert.Null(PublicationDateFinder.Find("Nothing dated here."));

    [Theory]
    [InlineData("2008", "2008-01-01", "2008-12-31")]
    [InlineData("2008-02", "2008-02-01", "2008-02-29")]
    [InlineData("2008-08-07", "2008-08-07", "2008-08-07")]
    public void Partial_dates_cover_their_period(string iso, string first, string last)
    {
        Assert.True(PartialDate.TryParseIso(iso, out var date));
        Assert.Equal(DateOnly.Parse(first), date.First);
        Assert.Equal(DateOnly.Parse(last), date.Last);
        Assert.Equal(iso, date.ToString());
    }

    [Fact]
    public void A_decade_prints_as_its_first_year_and_covers_ten_years()
    {
        var decade = PartialDate.OfDecade(1993);
        Assert.Equal("1990", decade.ToString());
        Assert.Equal(new DateOnly(1999, 12, 31), decade.Last);
    }
}

public class HeadlineTests
{
    private static readonly DocumentCleaner Cleaner = DocumentCleaner.LoadDefault();

    private static string? Title(string text)
    {
        var doc = new SourceDocument("t.txt", text);
        Cleaner.Apply(doc);
        return doc.Title;
    }

    [Fact]
    public void A_short_first_line_standing_apart_is_the_headline() =>
        Assert.Equal("Japan and China resume maritime talks", Title("Japan and China resume maritime talks\n\nDelegations met in Tokyo on Monday.\n"));

    [Theory]
    [InlineData("Japan and China resumed maritime talks on Monday in Tokyo.\n\nMore followed.")]
    [InlineData("Japan and China resume maritime talks\nDelegations met in Tokyo on Monday.")]
    [InlineData("Talks\n\nDelegations met in Tokyo on Monday.")]
    public void Sentences_lines_run_together_and_single_words_are_not_headlines(string text) => Assert.Null(Title(text));

    [Fact]
    public void A_byline_is_dropped_from_the_body_and_kept_as_the_author()
    {
        var doc = new SourceDocument("t.txt", "Chad and Niger sign border pact\n\nBy Amina Diallo\nChad and Niger signed a border pact on Monday.");
        Cleaner.Apply(doc);
        Assert.Equal("Amina Diallo", doc.Author);
        Assert.Contains(doc.Noise, n => n.Label == "byline");
        Assert.DoesNotContain(doc.Body, s => doc.Text[s.Start..s.End].StartsWith("By "));
    }

    [Fact]
    public void A_title_from_metadata_is_kept()
    {
        var doc = new SourceDocument("t.html", "Other first line here\n\nBody.", title: "From metadata");
        Cleaner.Apply(doc);
        Assert.Equal("From metadata", doc.Title);
    }
}

public class SimHashTests
{
    private static ulong Of(string text) => SimHash.Of(text, [new TextSpan(0, text.Length)]);

    private static readonly string Article = string.Join(' ', Enumerable.Range(0, 12).Select(i =>
        $"Paragraph {i}: ministers from Ukraine, Poland and Lithuania met in Warsaw to discuss grain exports, border crossings and air defence number {i * 7}."));

    [Fact]
    public void A_copy_with_a_word_changed_is_near()
    {
        int at = Article.IndexOf("grain exports", StringComparison.Ordinal);
        var copy = Article[..at] + "grain shipments" + Article[(at + "grain exports".Length)..];
        Assert.InRange(SimHash.Distance(Of(Article), Of(copy)), 0, SimHash.NearDuplicateDistance);
        Assert.Equal(Of(Article), Of(Article.ToUpperInvariant()));
    }

    [Fact]
    public void Different_articles_are_far()
    {
        const string other = "Chile and Peru held talks in Lima on fishing rights and agreed to meet again in March, officials of both countries said.";
        Assert.True(SimHash.Distance(Of(Article), Of(other)) > 12);
    }
}

public class PhotoDateTests
{
    [Fact]
    public void A_dated_caption_is_a_day_the_article_cannot_predate()
    {
        var doc = new SourceDocument("p.txt", "Troops parade in Minsk on May 9, 2019. Jane Doe/Reuters/Getty Images\nBelarus held a parade.\nIt was large.\n");
        DocumentCleaner.LoadDefault().Apply(doc);
        Assert.Equal(new DateOnly(2019, 5, 9), doc.PublishedNotBefore);
        Assert.Null(doc.PublicationDate);
    }

    [Fact]
    public void Dates_in_the_body_are_not_caption_dates()
    {
        var doc = new SourceDocument("p.txt", "Belarus held a parade on May 9, 2019.\nIt was large.\n");
        DocumentCleaner.LoadDefault().Apply(doc);
        Assert.Null(doc.PublishedNotBefore);
    }
}

public class DatelineTests
{
    private static SourceDocument Clean(string text)
    {
        var doc = new SourceDocument("d.txt", text);
        DocumentCleaner.LoadDefault().Apply(doc);
        return doc;
    }

    [Theory]
    [InlineData("MOSCOW, March 2, 2012 (Reuters) - Russia offered talks.\nGeorgia replied.", "2012-03-02")]
    [InlineData("GENEVA, 19 May 2009 (AFP) - Delegations met.\nThey talked.", "2009-05-19")]
    [InlineData("Georgian officials meet\n\nTBILISI, Georgia, June 5, 2015 /PRNewswire/ - Officials met.\nThey talked.", "2015-06-05")]
    public void A_dated_dateline_is_the_stated_publication_date_and_leaves_the_body(string text, string date)
    {
        var doc = Clean(text);
        Assert.Equal(date, doc.PublicationDate.ToString());
        Assert.Equal(DateBasis.Stated, doc.PublicationDateBasis);
        Assert.Contains(doc.Noise, n => n.Label == Dateline.Label);
        Assert.DoesNotContain(doc.Body, s => doc.Text[s.Start..s.End].Contains("(Reuters)") || doc.Text[s.Start..s.End].Contains("AFP") || doc.Text[s.Start..s.End].Contains("PRNewswire"));
    }

    [Fact]
    public void A_dateline_without_a_year_keeps_its_day_for_the_time_stage()
    {
        var doc = Clean("MOSCOW, March 2 (Reuters) - Russia offered talks.\nGeorgia replied.");
        Assert.Null(doc.PublicationDate);
        Assert.Equal((3, 2), doc.DatelineMonthDay);
        Assert.Equal("Russia offered talks.", doc.Text[doc.Body[0].Start..doc.Body[0].End]);
    }

    [Fact]
    public void An_agency_code_in_capitals_closes_a_dateline_without_a_dash()
    {
        var doc = Clean("NAIROBI (UPI) Church leaders praised the president.\nThey met.");
        Assert.Contains(doc.Noise, n => n.Label == Dateline.Label);
        Assert.Equal("Church leaders praised the president.", doc.Text[doc.Body[0].Start..doc.Body[0].End]);
        // A spelled-out name in brackets is no agency code: "WHO (World Health Organization) experts" opens the story itself.
        Assert.DoesNotContain(Clean("WHO (World Health Organization) experts arrived.\nThey met.").Noise, n => n.Label == Dateline.Label);
    }

    [Theory]
    [InlineData("NATO - Allies met in Brussels.\nThey talked.")]
    [InlineData("US and EU agree - Trade talks resumed.\nThey talked.")]
    [InlineData("Russia offered talks.\nGeorgia replied.")]
    public void Capitals_without_a_date_or_agency_are_not_a_dateline(string text)
    {
        var doc = Clean(text);
        Assert.DoesNotContain(doc.Noise, n => n.Label == Dateline.Label);
    }
}
