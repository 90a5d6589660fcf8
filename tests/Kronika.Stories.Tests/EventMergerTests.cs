using static Kronika.Stories.Tests.Crafted;

namespace Kronika.Stories.Tests;

public class EventMergerTests
{
    [Fact]
    public void The_same_war_reported_by_three_documents_at_three_precisions_is_one_event_with_the_best_date()
    {
        var mentions = new[]
        {
            Mention(Event("a", "RUS", "GEO", "190", "2008-08"), "2009-05-19", "Reuters"),
            Mention(Event("b", "RUS", "GEO", "190", "2008-08-08"), "2008-08-09", "BBC"),
            Mention(Event("c", "RUS", "GEO", "192", "2008", historical: true), "2024-09-22", "AP"),
        };
        var merged = Assert.Single(EventMerger.Merge(mentions));
        Assert.Equal("2008-08-08", merged.Date);
        Assert.Equal((3, 3, 3), (merged.NumMentions, merged.NumArticles, merged.NumSources));
        Assert.Equal(["AP", "BBC", "Reuters"], merged.Sources);
        Assert.Equal(("2008-08-09", "2024-09-22"), (merged.FirstReported, merged.LastReported));
        Assert.Equal("190", merged.Cameo);
        Assert.False(merged.Historical);
        Assert.Equal(3, merged.Mentions.Count);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_mentions()
    {
        var mentions = new[]
        {
            Mention(Event("a", "RUS", "GEO", "190", "2008-08"), "2009-05-19"),
            Mention(Event("b", "RUS", "GEO", "190", "2008-08-08"), "2008-08-09"),
            Mention(Event("c", "RUS", "GEO", "190", "2008-03-01"), "2008-03-02"),
            Mention(Event("d", "RUS", "GEO", "190", "2008"), "2012-03-02"),
            Mention(Event("e", "GEO", "RUS", "190", "2008-08-08"), "2008-08-09"),
            Mention(Event("f", "GEO", "RUS", "040", "2008-08-08", symmetric: true), "2008-08-09"),
        };
        var expected = Summary(EventMerger.Merge(mentions));
        var random = new Random(7);
        for (int i = 0; i < 20; i++)
            Assert.Equal(expected, Summary(EventMerger.Merge(mentions.OrderBy(_ => random.Next()))));
    }

    private static string[] Summary(IEnumerable<StoryEvent> events) =>
        events.Select(e => $"{e.Id} {e.Date} {e.Source.Country}>{e.Target.Country} {e.Cameo} {string.Join(",", e.Mentions.Select(m => m.Event.DocId).Order())}").ToArray();

    [Theory]
    [InlineData("190", "2008-08", "040", "2008-08", "different roots")]
    [InlineData("190", "2008-08", "190", "2008-09", "months that do not overlap")]
    [InlineData("190", "2008-08-08", "190", "2008-08-09", "different days")]
    [InlineData("190", "2008", "190", "2009-01-01", "a year and a day of the next")]
    [InlineData("190", "1990s", "190", "1992-05-01", "a decade and a day: precisions too far apart")]
    [InlineData("190", "", "190", "", "undated mentions in different documents")]
    public void Mentions_that_differ_stay_separate(string cameoA, string dateA, string cameoB, string dateB, string why)
    {
        var merged = EventMerger.Merge([Mention(Event("a", "RUS", "GEO", cameoA, dateA), "2012-01-01"), Mention(Event("b", "RUS", "GEO", cameoB, dateB), "2012-01-01")]);
        Assert.True(merged.Count == 2, why);
    }

    [Fact]
    public void An_agent_of_unknown_country_merges_only_within_its_own_document()
    {
        // Source "" with role GOV: "officials" the report gives no country for; two articles' officials may be any two countries'.
        var acrossDocuments = EventMerger.Merge([Mention(Event("a", "", "GEO", "173", "2008-08-08"), "2008-08-09"), Mention(Event("b", "", "GEO", "173", "2008-08-08"), "2008-08-09")]);
        Assert.Equal(2, acrossDocuments.Count);
        var withinOne = EventMerger.Merge([Mention(Event("a", "", "GEO", "173", "2008-08-08", id: "a1"), "2008-08-09"), Mention(Event("a", "", "GEO", "173", "2008-08", id: "a2"), "2008-08-09")]);
        Assert.Single(withinOne);
    }

    [Fact]
    public void Different_countries_stay_separate() =>
        Assert.Equal(2, EventMerger.Merge([Mention(Event("a", "RUS", "GEO", "190", "2008-08"), ""), Mention(Event("b", "RUS", "UKR", "190", "2008-08"), "")]).Count);

    [Fact]
    public void A_mutual_act_merges_in_either_order_and_a_one_way_act_only_in_its_own()
    {
        var talks = EventMerger.Merge([
            Mention(Event("a", "RUS", "GEO", "046", "2009-05-19", symmetric: true), "2009-05-19"),
            Mention(Event("b", "GEO", "RUS", "040", "2009-05", symmetric: true), "2009-05-20"),
        ]);
        Assert.Equal(2, Assert.Single(talks).NumMentions);
        Assert.True(talks[0].Symmetric);

        var attacks = EventMerger.Merge([
            Mention(Event("a", "RUS", "GEO", "190", "2008-08-08"), ""),
            Mention(Event("b", "GEO", "RUS", "190", "2008-08-08"), ""),
        ]);
        Assert.Equal(2, attacks.Count);

        // A mutual report joins a one-way event, which keeps its direction against the reverse one.
        var mixed = EventMerger.Merge([
            Mention(Event("a", "RUS", "GEO", "190", "2008-08-08"), ""),
            Mention(Event("b", "RUS", "GEO", "190", "2008-08-08"), ""),
            Mention(Event("c", "GEO", "RUS", "190", "2008-08", symmetric: true), ""),
            Mention(Event("d", "GEO", "RUS", "190", "2008-08-08"), ""),
        ]);
        Assert.Equal([3, 1], mixed.Select(e => e.NumMentions).OrderDescending());
        Assert.Equal("RUS", mixed.Single(e => e.NumMentions == 3).Source.Country);
    }

    [Fact]
    public void A_coarse_mention_joins_the_event_most_reports_tell_and_leaves_the_others()
    {
        var merged = EventMerger.Merge([
            Mention(Event("a", "RUS", "GEO", "190", "2008-08-08"), ""),
            Mention(Event("b", "RUS", "GEO", "190", "2008-08-08"), ""),
            Mention(Event("c", "RUS", "GEO", "190", "2008-03-01"), ""),
            Mention(Event("d", "RUS", "GEO", "190", "2008"), ""),
        ]);
        Assert.Equal(["2008-03-01:1", "2008-08-08:3"], merged.Select(e => $"{e.Date}:{e.NumMentions}"));
    }

    [Fact]
    public void Undated_mentions_of_one_document_merge_and_sort_last()
    {
        var merged = EventMerger.Merge([
            Mention(Event("a", "RUS", "GEO", "036", ""), ""),
            Mention(Event("a", "RUS", "GEO", "032", "", id: "a-2"), ""),
            Mention(Event("b", "RUS", "GEO", "190", "1990"), ""),
        ]);
        Assert.Equal(["1990", ""], merged.Select(e => e.Date));
        Assert.Equal(2, merged[1].NumMentions);
        Assert.Equal("", merged[1].DateBasis);
    }

    [Fact]
    public void The_code_is_the_one_most_reports_give_and_the_date_basis_comes_from_the_report_that_dates_it()
    {
        var merged = Assert.Single(EventMerger.Merge([
            Mention(Event("a", "RUS", "GEO", "192", "2008-08-08", basis: "relative"), "2008-08-09"),
            Mention(Event("b", "RUS", "GEO", "190", "2008-08"), "2008-09-01"),
            Mention(Event("c", "RUS", "GEO", "190", "2008"), "2012-01-01"),
        ]));
        Assert.Equal(("190", "2008-08-08", "relative"), (merged.Cameo, merged.Date, merged.DateBasis));
        Assert.Equal("b.txt", merged.Doc);
    }

    [Fact]
    public void Ids_are_stable_and_distinct()
    {
        Assert.Equal(EventMerger.StableId("x"), EventMerger.StableId("x"));
        Assert.NotEqual(EventMerger.StableId("x"), EventMerger.StableId("y"));
        Assert.True(EventMerger.StableId("x") >= 0);
    }
}
