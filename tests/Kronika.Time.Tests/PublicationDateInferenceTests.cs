using Kronika.Actors;
using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Time.Tests;

public class PublicationDateInferenceTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault();
    private static readonly OfficeHolders Holders = new(ActorDictionary.LoadDefault(Analyzer.Tokenizer));
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly PublicationDateInference Inference = new(ElectionCalendar.Empty);

    private static SourceDocument Infer(string text, PartialDate? copyrightYear = null, DateOnly? photo = null)
    {
        var source = new SourceDocument("t.txt", text) { PublishedNotBefore = photo };
        if (copyrightYear is { } year)
        {
            source.PublicationDate = year;
            source.PublicationDateBasis = DateBasis.Inferred;
        }
        var analysis = Analyzer.Analyze(source);
        Inference.Apply(analysis, [], Holders.Find(analysis), TimeRecognizer.Recognize(analysis), Today);
        return source;
    }

    [Fact]
    public void Titled_office_holders_place_the_article_within_their_terms()
    {
        // Powell was secretary of state 2001-01..2005-01, Baramidze Georgia's defence minister from June to December 2004.
        var doc = Infer("US Secretary of State Colin Powell met Georgian Defence Minister Giorgi Baramidze in Washington.");
        Assert.Equal("2004", doc.PublicationDate.ToString());
        Assert.Equal(DateBasis.Inferred, doc.PublicationDateBasis);
        Assert.Contains("Baramidze", doc.PublicationDateEvidence);
    }

    [Fact]
    public void A_title_alone_does_not_date_an_article_whose_terms_span_years()
    {
        var doc = Infer("Foreign Minister Sergei Lavrov said Moscow was ready for talks.");
        Assert.Null(doc.PublicationDate);
    }

    [Theory]
    [InlineData("Former President Dmitry Medvedev criticised the deal.")]
    [InlineData("Then-President Dmitry Medvedev signed the decree.")]
    [InlineData("Deputy Foreign Minister Dmitry Medvedev spoke.")]
    [InlineData("Mr Medvedev spoke on television.")]
    public void Former_deputy_or_untitled_mentions_give_no_terms(string text) =>
        Assert.Empty(Holders.Find(Analyzer.Analyze(new SourceDocument("t.txt", text))));

    [Fact]
    public void The_title_chooses_among_a_persons_offices()
    {
        var mention = Assert.Single(Holders.Find(Analyzer.Analyze(new SourceDocument("t.txt", "Prime Minister Dmitry Medvedev visited Minsk."))));
        Assert.Equal("prime minister", mention.Office);
        Assert.All(mention.Terms, t => Assert.True(t.From >= new DateOnly(2012, 1, 1)));
    }

    [Fact]
    public void A_copyright_year_and_an_office_narrow_each_other_to_a_month_only_when_they_allow_it()
    {
        // Medvedev's presidency ended in May 2012: within 2012 that leaves January to May, still only the year.
        var doc = Infer("President Dmitry Medvedev refused to talk to Saakashvili.", PartialDate.OfYear(2012));
        Assert.Equal("2012", doc.PublicationDate.ToString());
    }

    [Fact]
    public void Reported_dates_are_lower_bounds_and_future_ones_are_not()
    {
        // Baramidze's term ended in December 2004, so an article reporting his December visit is from that month.
        Assert.Equal("2004-12", Infer("Georgian Defence Minister Giorgi Baramidze visited Kyiv in December 2004.").PublicationDate.ToString());
        Assert.Equal("2004", Infer("Georgian Defence Minister Giorgi Baramidze will visit Kyiv in December 2004.").PublicationDate.ToString());
    }

    [Fact]
    public void A_dated_photo_is_a_lower_bound() =>
        Assert.Equal("2005-01", Infer("US Secretary of State Colin Powell arrived.", photo: new DateOnly(2005, 1, 3)).PublicationDate.ToString());

    [Fact]
    public void Conflicting_offices_are_left_out_rather_than_emptying_the_window()
    {
        var doc = Infer("US Secretary of State Colin Powell met Georgian Defence Minister Giorgi Baramidze. President Dmitry Medvedev was not there.");
        Assert.Equal("2004", doc.PublicationDate.ToString());
    }

    [Theory]
    [InlineData("2004-06-01", "2004-12-31", "2004")]
    [InlineData("2004-06-01", "2004-06-30", "2004-06")]
    [InlineData("2004-06-09", "2004-06-09", "2004-06-09")]
    [InlineData("2004-06-01", "2005-01-31", null)]
    public void The_window_gives_the_narrowest_date_that_holds_it(string first, string last, string? expected) =>
        Assert.Equal(expected, PublicationDateInference.Narrowest(DateOnly.Parse(first), DateOnly.Parse(last))?.ToString());
}

public class DatelineYearTests
{
    [Fact]
    public void A_dateline_day_takes_its_year_from_the_copyright_line()
    {
        var analyzer = TextAnalyzer.LoadDefault();
        var source = new SourceDocument("t.txt", "MOSCOW, March 2 (Reuters) - Russia offered to restore ties with Georgia.\nCopyright 2012 Reuters.\n");
        DocumentCleaner.LoadDefault().Apply(source);
        var analysis = analyzer.Analyze(source);
        Assert.True(new PublicationDateInference(ElectionCalendar.Empty).Apply(analysis, [], [], TimeRecognizer.Recognize(analysis), new DateOnly(2026, 1, 1)));
        Assert.Equal("2012-03-02", source.PublicationDate.ToString());
        Assert.Equal(DateBasis.Inferred, source.PublicationDateBasis);
    }
}

public class LeadWeekdayTests
{
    [Fact]
    public void A_weekday_in_the_lead_picks_the_day_of_a_window_shorter_than_a_week()
    {
        var analyzer = TextAnalyzer.LoadDefault();
        var holders = new OfficeHolders(ActorDictionary.LoadDefault(analyzer.Tokenizer));
        // Baramidze left office in December 2004; a photo of December 27 leaves December 27-31, whose Tuesday is the 28th.
        var source = new SourceDocument("t.txt", "Georgian Defence Minister Giorgi Baramidze on Tuesday met NATO envoys.") { PublishedNotBefore = new DateOnly(2004, 12, 27) };
        var analysis = analyzer.Analyze(source);
        new PublicationDateInference(ElectionCalendar.Empty).Apply(analysis, [], holders.Find(analysis), TimeRecognizer.Recognize(analysis), new DateOnly(2026, 1, 1));
        Assert.Equal("2004-12-28", source.PublicationDate.ToString());
    }
}

public class ElectionAnchorTests
{
    private static readonly ElectionCalendar Calendar = new([
        new Election("RUS", ElectionKind.Presidential, PartialDate.OfDay(2012, 3, 4)),
        new Election("RUS", ElectionKind.Presidential, PartialDate.OfDay(2018, 3, 18)),
        new Election("RUS", ElectionKind.Parliamentary, PartialDate.OfDay(2011, 12, 4)),
    ]);

    [Theory]
    [InlineData("The offer came two days before it stages a presidential election.", -2, true, ElectionKind.Presidential)]
    [InlineData("Troops were deployed a week ahead of the parliamentary vote.", -7, true, ElectionKind.Parliamentary)]
    [InlineData("Three days after the election, protests began.", 3, false, null)]
    [InlineData("The law passed five days before the referendum.", -5, false, ElectionKind.Referendum)]
    public void Anchors_give_their_offset_from_polling_day(string sentence, int offset, bool ahead, ElectionKind? kind)
    {
        var anchor = Assert.Single(ElectionCalendar.Anchors(sentence, 0));
        Assert.Equal((offset, ahead, kind), (anchor.Offset, anchor.ElectionAhead, anchor.Kind));
    }

    [Fact]
    public void A_report_dated_by_a_coming_election_is_published_between_that_day_and_the_vote()
    {
        var analyzer = TextAnalyzer.LoadDefault();
        var actors = new ActorRecognizer(ActorDictionary.LoadDefault(analyzer.Tokenizer));
        var source = new SourceDocument("t.txt", "Russia on Friday offered talks to Georgia.\nRussia's offer came two days before it stages a presidential election.\n")
        {
            PublicationDate = PartialDate.OfYear(2012), PublicationDateBasis = DateBasis.Inferred,
        };
        DocumentCleaner.LoadDefault().Apply(source);
        var analysis = analyzer.Analyze(source);
        Assert.True(new PublicationDateInference(Calendar).Apply(analysis, actors.Recognize(analysis), [], TimeRecognizer.Recognize(analysis), new DateOnly(2026, 1, 1)));
        // March 2-3, 2012, and the lead's Friday is March 2.
        Assert.Equal("2012-03-02", source.PublicationDate.ToString());
        Assert.Contains("election", source.PublicationDateEvidence);
    }

    [Fact]
    public void An_election_anchor_without_bounds_that_single_out_one_election_is_ignored()
    {
        var analyzer = TextAnalyzer.LoadDefault();
        var actors = new ActorRecognizer(ActorDictionary.LoadDefault(analyzer.Tokenizer));
        var source = new SourceDocument("t.txt", "Russia's offer came two days before it stages a presidential election.\n");
        var analysis = analyzer.Analyze(source);
        new PublicationDateInference(Calendar).Apply(analysis, actors.Recognize(analysis), [], TimeRecognizer.Recognize(analysis), new DateOnly(2026, 1, 1));
        Assert.Null(source.PublicationDate);
    }
}
