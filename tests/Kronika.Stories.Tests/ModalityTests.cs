using static Kronika.Stories.Tests.Crafted;

namespace Kronika.Stories.Tests;

/// <summary>Analyst semantics: denied and hypothetical events are left out by the default filter, intended ones kept and flagged.</summary>
public class ModalityTests
{
    private static EventMention Told(string doc, string cameo, string date, string modality, int quad = 4, double goldstein = -10) =>
        Mention(Event(doc, "RUS", "GEO", cameo, date, quad: quad, goldstein: goldstein) with { Modality = modality }, "");

    private static readonly IReadOnlyList<StoryEvent> Events = EventMerger.Merge([
        Told("a", "190", "2008-08-08", "asserted"),
        Told("b", "150", "2004-08", "denied", quad: 4, goldstein: -7.2),
        Told("c", "050", "2012-03-02", "hypothetical", quad: 1, goldstein: 3.5),
        Told("d", "032", "2012-03-02", "intended", quad: 1, goldstein: 4.5),
        Told("e", "111", "2012-05", "asserted", quad: 3, goldstein: -2),
    ]);

    [Fact]
    public void The_default_keeps_asserted_and_intended_events_and_leaves_denied_and_hypothetical_ones_out()
    {
        Assert.Equal(["asserted", "intended"], ModalityFilter.Default.Included);
        Assert.Equal(["2008-08-08", "2012-03-02", "2012-05"], new TimelineQuery(Modalities: ModalityFilter.Default).Apply(Events).Select(e => e.Date));
        Assert.Equal(["032"], new TimelineQuery(Modalities: ModalityFilter.Default).Apply(Events).Where(e => e.Date == "2012-03-02").Select(e => e.Cameo));
        Assert.Equal(5, new TimelineQuery(Modalities: ModalityFilter.All).Apply(Events).Count);
        Assert.Equal(5, new TimelineQuery().Apply(Events).Count);
        Assert.Equal(["2004-08"], new TimelineQuery(Modalities: ModalityFilter.Parse("Denied")).Apply(Events).Select(e => e.Date));
    }

    [Fact]
    public void The_series_leaves_denied_and_hypothetical_events_out_and_counts_intended_ones_in_and_apart()
    {
        var rows = DyadSeries.Build(Events, SeriesPeriod.Year, ModalityFilter.Default);
        Assert.Equal(["2008", "2012"], rows.Select(r => r.Period));
        var y2012 = rows[1];
        Assert.Equal([1L, 0, 1, 0], y2012.ByQuad);
        Assert.Equal((2L, 1L), (y2012.Events, y2012.Intended));
        Assert.Equal((4.5 - 2) / 2, y2012.MeanGoldstein, 6);

        var all = DyadSeries.Build(Events, SeriesPeriod.Year, ModalityFilter.All);
        Assert.Equal(["2004", "2008", "2012"], all.Select(r => r.Period));
        Assert.Equal(3L, all[2].Events);
        // Cells a store keeps precomputed give the same series.
        var cells = DyadSeries.Cells(Events).ToList();
        Assert.Equal(rows.Select(r => (r.Period, r.Events, r.Intended, r.MeanGoldstein)),
            DyadSeries.Build(cells, SeriesPeriod.Year, ModalityFilter.Default).Select(r => (r.Period, r.Events, r.Intended, r.MeanGoldstein)));
    }

    [Fact]
    public void An_event_one_report_asserts_is_asserted_whatever_another_denies()
    {
        var merged = EventMerger.Merge([Told("x", "190", "2008-08", "denied"), Told("y", "190", "2008-08-08", "asserted"), Told("z", "192", "2008-08", "hypothetical")]);
        var war = Assert.Single(merged);
        Assert.Equal("asserted", war.Modality);
        Assert.Equal("denied", Assert.Single(EventMerger.Merge([Told("x", "190", "2008-08", "denied"), Told("z", "190", "2008", "denied")])).Modality);
        Assert.Equal("intended", ModalityFilter.MostFactual(["denied", "intended", "hypothetical"]));
    }

    [Theory]
    [InlineData("all", "all")]
    [InlineData("ALL", "all")]
    [InlineData("denied, asserted", "asserted,denied")]
    [InlineData("asserted,intended,hypothetical,denied", "all")]
    public void Modality_lists_are_read_in_any_case_and_order(string text, string read) => Assert.Equal(read, ModalityFilter.Parse(text).ToString());

    [Theory]
    [InlineData("factual", "unknown modality \"factual\"")]
    [InlineData("asserted,negated", "unknown modality \"negated\"")]
    [InlineData(",", "empty")]
    public void An_unknown_modality_is_an_error_naming_it(string text, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => ModalityFilter.Parse(text)).Message);

    [Fact]
    public void An_event_with_no_modality_imported_from_elsewhere_counts_as_asserted()
    {
        Assert.True(ModalityFilter.Default.Includes(""));
        Assert.False(ModalityFilter.Parse("denied").Includes(""));
    }
}
