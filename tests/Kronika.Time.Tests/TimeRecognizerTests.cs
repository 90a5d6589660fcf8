using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Time.Tests;

public class TimeRecognizerTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault();

    /// <summary>Recognizes the expressions of one sentence published on the given day.</summary>
    private static TimeExpression[] Recognize(string sentence, string published)
    {
        PartialDate.TryParseIso(published, out var pub);
        var doc = new SourceDocument("t.txt", sentence, metadataDate: pub);
        return TimeRecognizer.Recognize(Analyzer.Analyze(doc));
    }

    private static string Value(string sentence, string published) => Assert.Single(Recognize(sentence, published)).Value.ToString();

    [Theory]
    // Absolute dates
    [InlineData("The deal was signed on May 19, 2009 in Geneva.", "2012-01-10", "2009-05-19")]
    [InlineData("The deal was signed on 19 May 2009 in Geneva.", "2012-01-10", "2009-05-19")]
    [InlineData("Fighting broke out in August 2008.", "2012-03-02", "2008-08")]
    [InlineData("Fighting broke out in 2008.", "2012-03-02", "2008")]
    [InlineData("Revolts began in the early 1990s.", "2004-08-09", "1990")]
    [InlineData("The accord of 2015-07-14 was praised.", "2016-01-01", "2015-07-14")]
    // Months and days without a year take the nearest past one, or the next in a future clause
    [InlineData("The war began in August.", "2009-05-19", "2008-08")]
    [InlineData("The talks began in March.", "2009-05-19", "2009-03")]
    [InlineData("The talks will reconvene on July 1.", "2009-05-19", "2009-07-01")]
    [InlineData("Elections will be held in January.", "2009-05-19", "2010-01")]
    // Weekdays: the nearest such day on or before publication (2012-03-02 was a Friday)
    [InlineData("Russia on Friday offered talks.", "2012-03-02", "2012-03-02")]
    [InlineData("Georgia spoke on Tuesday.", "2012-03-02", "2012-02-28")]
    [InlineData("The minister arrived on Sunday.", "2012-03-02", "2012-02-26")]
    [InlineData("The minister will arrive on Monday.", "2012-03-02", "2012-03-05")]
    [InlineData("The envoy left last Friday.", "2012-03-02", "2012-02-24")]
    // Across a year boundary
    [InlineData("They met on Thursday.", "2015-01-02", "2015-01-01")]
    [InlineData("They met on Wednesday.", "2015-01-02", "2014-12-31")]
    [InlineData("The summit ended in December.", "2015-01-02", "2014-12")]
    // Deictic expressions
    [InlineData("Clashes erupted yesterday.", "2016-03-01", "2016-02-29")]
    [InlineData("Clashes erupted last week.", "2016-03-03", "2016-02")]
    [InlineData("Trade fell last year.", "2016-03-03", "2015")]
    [InlineData("Trade fell last month.", "2016-01-15", "2015-12")]
    public void Expressions_are_normalized_against_the_publication_date(string sentence, string published, string expected) =>
        Assert.Equal(expected, Value(sentence, published));

    [Theory]
    [InlineData("The army sent 2008 troops north.")]
    [InlineData("Officials may meet soon.")]
    [InlineData("Prices rose 2,010 points.")]
    public void Numbers_and_the_modal_may_are_not_dates(string sentence) => Assert.Empty(Recognize(sentence, "2012-03-02"));

    [Fact]
    public void Relative_expressions_need_a_publication_date()
    {
        var doc = new SourceDocument("t.txt", "Talks began on Friday, in 2001.");
        var found = TimeRecognizer.Recognize(Analyzer.Analyze(doc));
        Assert.Equal(["2001"], found.Select(e => e.Value.ToString()).ToArray());
    }

    [Fact]
    public void That_same_year_is_the_year_last_given()
    {
        PartialDate.TryParseIso("2012-03-02", out var pub);
        var doc = new SourceDocument("t.txt", "Moscow cut links in 2006. It banned wine imports that same year.", metadataDate: pub);
        var found = TimeRecognizer.Recognize(Analyzer.Analyze(doc));
        Assert.Equal(["2006", "2006"], found.Select(e => e.Value.ToString()).ToArray());
        Assert.Equal("that same year", found[1].Text);
    }

    [Fact]
    public void Since_expressions_are_marked()
    {
        var found = Assert.Single(Recognize("Troops have stayed there since 2008.", "2024-09-29"));
        Assert.True(found.IsSince);
    }

    [Fact]
    public void Event_dates_take_the_nearest_expression_and_background_is_historical()
    {
        const string text = "Russia on Friday offered to restore ties for the first time since the war in 2008.";
        PartialDate.TryParseIso("2012-03-02", out var pub);
        var doc = new SourceDocument("t.txt", text, metadataDate: pub);
        var times = TimeRecognizer.Recognize(Analyzer.Analyze(doc));
        var offer = EventDater.Date(times, 0, text.Length, text.IndexOf("offered", StringComparison.Ordinal), doc);
        var war = EventDater.Date(times, 0, text.Length, text.IndexOf("war", StringComparison.Ordinal), doc);
        Assert.Equal(("2012-03-02", DateBases.Relative, false), (offer.Date.ToString(), offer.Basis, offer.Historical));
        Assert.Equal(("2008", DateBases.Explicit, true), (war.Date.ToString(), war.Basis, war.Historical));
    }

    [Fact]
    public void Without_an_expression_the_publication_date_is_assumed()
    {
        PartialDate.TryParseIso("2012-03-02", out var pub);
        var doc = new SourceDocument("t.txt", "Georgia welcomed the offer.", metadataDate: pub);
        var date = EventDater.Date([], 0, doc.Text.Length, 8, doc);
        Assert.Equal(("2012-03-02", DateBases.Publication, false), (date.Date.ToString(), date.Basis, date.Historical));
    }
}
