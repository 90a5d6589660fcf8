using Kronika.Documents;

namespace Kronika.Events.Tests;

/// <summary>
/// Dating events beyond their own clause: the dated occurrence a relative clause describes, the narrative frame
/// of the sentences before, occurrences named without a date, and the cases where none of these may apply.
/// </summary>
public class EventDatingTests
{
    private static readonly Pipeline Pipeline = Pipeline.LoadDefault();

    private static IReadOnlyList<EventRecord> Code(string text, string published)
    {
        PartialDate? date = PartialDate.TryParseIso(published, out var d) ? d : null;
        return Pipeline.Process(new SourceDocument("t.txt", text, metadataDate: date)).Events.Where(e => e.Dyadic).ToList();
    }

    private static EventRecord Single(IReadOnlyList<EventRecord> events, string cameo) =>
        Assert.Single(events, e => e.Cameo == cameo);

    [Fact]
    public void A_clause_describing_a_dated_occurrence_happened_then()
    {
        var events = Code("Relations worsened until the war in August 2008 that saw Russia come under fierce condemnation from the United States.", "2012-03-02");
        var condemnation = Single(events, "111");
        Assert.Equal(("2008-08", true), (condemnation.Date, condemnation.Historical));
        Assert.Equal("in August 2008", condemnation.DateEvidence?.Text);
    }

    [Fact]
    public void The_narrative_goes_on_at_the_time_it_reached()
    {
        var events = Code("Relations between the two countries deteriorated until the brief war in August 2008. "
            + "Russian forces secured the territories of Abkhazia and South Ossetia and later recognized them as independent states.", "2012-03-02");
        var securing = Single(events, "192");
        Assert.Equal(("2008-08", true), (securing.Date, securing.Historical));
    }

    [Fact]
    public void A_statement_after_a_background_sentence_returns_to_the_news()
    {
        var events = Code("Armenia and Azerbaijan fought a war over Nagorno-Karabakh in 2020. Armenian Prime Minister Nikol Pashinyan said Armenia wants to sign a peace treaty with Azerbaijan.", "2024-03-10");
        Assert.All(events.Where(e => e.Evidence.Text.Contains("Pashinyan")), e => Assert.Equal(("2024-03-10", false), (e.Date, e.Historical)));
        Assert.Contains(events, e => e.Evidence.Text.Contains("Pashinyan"));
    }

    [Fact]
    public void A_present_tense_act_is_not_put_back_in_the_frame()
    {
        var events = Code("Russia and Georgia cut diplomatic ties in 2008. Georgia accuses Russia of occupying its territory.", "2012-03-02");
        var accusation = Assert.Single(events, e => e.Root == "11");
        Assert.Equal(("2012-03-02", false), (accusation.Date, accusation.Historical));
    }

    [Fact]
    public void A_frame_reaches_only_a_few_sentences()
    {
        var events = Code("Serbia and Kosovo clashed in 2011. The economy grew. Prices rose. Wages fell. Trade slowed. Serbia expelled Kosovo's envoy.", "2023-05-10");
        var expulsion = Single(events, "161");
        Assert.Equal(("2023-05-10", false), (expulsion.Date, expulsion.Historical));
    }

    [Fact]
    public void A_sentence_naming_its_own_time_is_not_dated_by_the_frame()
    {
        // No publication date: "in September" cannot be resolved, and the frame before it must not stand in.
        var events = Code("Georgia refused to impose sanctions following the invasion of Ukraine. Ivanishvili promised in September that Georgia would apologize to South Ossetia.", "");
        Assert.Contains(events, e => e.Evidence.Text.Contains("Ivanishvili"));
        Assert.All(events.Where(e => e.Evidence.Text.Contains("Ivanishvili")), e => Assert.Equal("", e.Date));
    }

    [Fact]
    public void A_year_that_says_which_occurrence_is_meant_dates_no_act_around_it()
    {
        var events = Code("Georgian Dream leader Bidzina Ivanishvili said on Monday that Georgia would apologize to South Ossetia for the 2008 war.", "2024-09-20");
        var apology = Assert.Single(events, e => e.Evidence.Text.Contains("apologize"));
        Assert.Equal("2024-09-16", apology.Date);
    }

    [Fact]
    public void An_occurrence_referred_back_to_dates_the_act()
    {
        var events = Code("The current talks follow their brief war in August over South Ossetia. In the aftermath of the conflict, Russia recognised Abkhazia as an independent state.", "2009-05-19");
        var recognition = Single(events, "054");
        Assert.Equal(("2008-08", true), (recognition.Date, recognition.Historical));
        Assert.Equal("In the aftermath of the conflict", recognition.DateEvidence?.Text);
    }

    [Fact]
    public void The_frame_is_the_main_clause_time_not_a_subordinate_one()
    {
        var events = Code("Russia on Friday offered to restore diplomatic ties with Georgia for the first time since the neighbours waged a war in 2008. "
            + "The Russian foreign ministry welcomed a proposal from Georgian President Mikheil Saakashvili.", "2012-03-02");
        var welcome = Single(events, "051");
        Assert.Equal(("2012-03-02", false), (welcome.Date, welcome.Historical));
    }

    [Fact]
    public void A_clause_opened_by_an_offset_lies_that_far_from_its_main_clause()
    {
        var events = Code("Georgia's visa offer came on Tuesday, three months after Georgia and Russia struck a deal on Russia's entry into the World Trade Organization.", "2012-03-02");
        var deal = Single(events, "057");
        Assert.Equal(("2011-11", true), (deal.Date, deal.Historical));
    }

    [Fact]
    public void A_preposed_offset_does_not_date_the_main_clause()
    {
        var events = Code("Three weeks after the talks collapsed, Russia expelled Georgia's ambassador on Friday.", "2012-03-02");
        var expulsion = Single(events, "161");
        Assert.Equal("2012-03-02", expulsion.Date);
    }

    [Theory]
    [InlineData("2015-07-15", "2015-07-15")]
    [InlineData("", "")]
    public void A_statement_ends_a_background_frame(string published, string expected)
    {
        var events = Code("The European Union banned Iranian oil imports in 2012. Iranian President Hassan Rouhani said the agreement opened a new chapter. "
            + "Israel's prime minister condemned Iran.", published);
        var condemnation = Single(events, "111");
        Assert.Equal(expected, condemnation.Date);
    }

    [Fact]
    public void A_date_hanging_on_the_event_noun_is_its_own_whatever_is_nearer()
    {
        var events = Code("Iran on Friday rejected US accusations that it was behind attacks on two Saudi oil tankers in the Gulf of Oman on Thursday.", "2019-06-14");
        var attack = Assert.Single(events, e => e.Root == "19");
        Assert.Equal("2019-06-13", attack.Date);
        Assert.Equal("2019-06-14", Single(events, "016").Date);
    }

    [Fact]
    public void After_a_dated_occurrence_the_act_takes_its_date()
    {
        var events = Code("After the 2008 war, Russia recognised Abkhazia as an independent state.", "2012-03-02");
        var recognition = Single(events, "054");
        Assert.Equal(("2008", true), (recognition.Date, recognition.Historical));
    }

    [Theory]
    [InlineData("2022-11-03", "Washington had imposed sanctions on Eritrean officials in 2021.", "163", true)]
    [InlineData("2022-11-03", "Washington had imposed sanctions on Eritrean officials on Monday.", "163", false)]
    public void The_past_perfect_says_background_where_the_dates_cannot_tell(string published, string text, string cameo, bool historical) =>
        Assert.Equal(historical, Single(Code(text, published), cameo).Historical);
}
