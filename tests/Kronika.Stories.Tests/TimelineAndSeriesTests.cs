using static Kronika.Stories.Tests.Crafted;

namespace Kronika.Stories.Tests;

public class TimelineAndSeriesTests
{
    private static readonly IReadOnlyList<StoryEvent> Events = EventMerger.Merge([
        Mention(Event("a", "GEO", "GEO", "190", "1990s"), ""),
        Mention(Event("b", "RUS", "GEO", "190", "2008-08-08"), ""),
        Mention(Event("c", "RUS", "GEO", "190", "2008"), ""),
        Mention(Event("d", "GEO", "RUS", "040", "2009-05-19", quad: 1, goldstein: 1), ""),
        Mention(Event("e", "RUS", "GEO", "032", "2012-03-02", quad: 1, goldstein: 4.5), ""),
        Mention(Event("f", "USA", "RUS", "111", "2012-03", quad: 3, goldstein: -2), ""),
        Mention(Event("g", "RUS", "GEO", "036", ""), ""),
    ]);

    [Fact]
    public void A_timeline_is_in_date_order_with_background_at_its_real_date_and_undated_events_last()
    {
        Assert.Equal(["1990s", "2008-08-08", "2009-05-19", "2012-03", "2012-03-02", ""], new TimelineQuery().Apply(Events).Select(e => e.Date));
    }

    [Fact]
    public void Filters_select_a_dyad_in_either_direction_an_actor_and_a_date_window()
    {
        Assert.Equal(["2008-08-08", "2009-05-19", "2012-03-02", ""], new TimelineQuery(Dyad.Parse("geo-rus")).Apply(Events).Select(e => e.Date));
        Assert.Equal(["2009-05-19", "2012-03", "2012-03-02"], new TimelineQuery(Actor: "RUS", From: EventDates.ParseOption("--from", "2009")).Apply(Events).Select(e => e.Date));
        Assert.Equal(["2012-03"], new TimelineQuery(Actor: "USA").Apply(Events).Select(e => e.Date));
        // A month overlaps a window that ends on its first day.
        Assert.Equal(["1990s", "2008-08-08", "2009-05-19", "2012-03"], new TimelineQuery(To: EventDates.ParseOption("--to", "2012-03-01")).Apply(Events).Select(e => e.Date));
    }

    [Theory]
    [InlineData("RUSGEO")]
    [InlineData("RUS-")]
    [InlineData("RU-GEO")]
    [InlineData("RUS-GEO-UKR")]
    public void A_malformed_dyad_is_an_error_naming_it(string text) =>
        Assert.Contains(text, Assert.Throws<FormatException>(() => Dyad.Parse(text)).Message);

    [Theory]
    [InlineData("2008-13")]
    [InlineData("2008-02-30")]
    [InlineData("yesterday")]
    [InlineData("08/08/2008")]
    public void A_bad_date_is_an_error_naming_it(string text) =>
        Assert.Contains(text, Assert.Throws<FormatException>(() => EventDates.ParseOption("--from", text)).Message);

    [Fact]
    public void A_series_counts_quad_classes_and_means_goldstein_per_period_with_coarse_dates_in_rows_of_their_own()
    {
        var rus = Events.Where(e => Dyad.Parse("RUS-GEO").Matches(e.Source.Country, e.Target.Country)).ToList();
        var byYear = DyadSeries.Build(rus, SeriesPeriod.Year);
        Assert.Equal(["2008", "2009", "2012"], byYear.Select(r => r.Period));
        Assert.Equal([0, 0, 0, 1], byYear[0].ByQuad);
        Assert.Equal(-10, byYear[0].MeanGoldstein);
        var byQuarter = DyadSeries.Build(rus, SeriesPeriod.Quarter);
        Assert.Equal(["2008-Q3", "2009-Q2", "2012-Q1"], byQuarter.Select(r => r.Period));

        var mixed = EventMerger.Merge([
            Mention(Event("a", "RUS", "GEO", "173", "2008"), ""),
            Mention(Event("b", "RUS", "GEO", "040", "2008-01-05", quad: 1, goldstein: 1), ""),
            Mention(Event("c", "RUS", "GEO", "190", "2008-01-20"), ""),
            Mention(Event("d", "RUS", "GEO", "190", "2000s"), ""),
        ]);
        var byMonth = DyadSeries.Build(mixed, SeriesPeriod.Month);
        Assert.Equal(["2000s", "2008", "2008-01"], byMonth.Select(r => r.Period));
        Assert.Equal([1, 0, 0, 1], byMonth[2].ByQuad);
        Assert.Equal(-4.5, byMonth[2].MeanGoldstein);
        Assert.Equal(4, DyadSeries.Build(mixed, SeriesPeriod.Year).Sum(r => r.Events));
        Assert.Throws<FormatException>(() => DyadSeries.ParsePeriod("week"));
    }
}
