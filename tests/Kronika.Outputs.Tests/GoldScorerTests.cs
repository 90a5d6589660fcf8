using Kronika.Events;

namespace Kronika.Outputs.Tests;

public class GoldScorerTests
{
    private static EventRecord Predicted(string source, string target, string cameo, string date = "2012-03-02", bool historical = false, string sourceRole = "GOV", string targetRole = "GOV", string evidence = "s") => new()
    {
        Doc = "d.txt", DocId = "x", Id = Guid.NewGuid().ToString("N"),
        Source = new EventActor(source, sourceRole, source, source), Target = new EventActor(target, targetRole, target, target),
        Cameo = cameo, Root = cameo[..2], QuadClass = 1, Goldstein = 0, Date = date, DateBasis = "explicit", Historical = historical,
        Modality = "asserted", Symmetric = false, Evidence = new Evidence(evidence, 0, evidence.Length), Rule = "test",
    };

    private static GoldLine Gold(string source, string target, string cameo, string[]? alt = null, bool required = true, bool symmetric = false, string date = "2012-03-02", string? precision = null, string evidence = "s") => new()
    {
        Kind = "event", Doc = "d.txt", Id = cameo, Source = new GoldActor(source, "GOV", source), Target = new GoldActor(target, "GOV", target),
        Cameo = cameo, Alt = alt, Required = required, Symmetric = symmetric, Date = date, DatePrecision = precision, Evidence = evidence,
    };

    [Fact]
    public void Matches_need_both_countries_and_the_root()
    {
        var score = GoldScorer.ScoreDocument("d.txt",
            [Predicted("RUS", "GEO", "111"), Predicted("GEO", "RUS", "112"), Predicted("RUS", "GEO", "190")],
            [Gold("RUS", "GEO", "112")]);
        Assert.Equal((1, 2, 0), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
        Assert.False(score.Matches[0].FullCode);
    }

    [Fact]
    public void Alternative_codes_give_their_roots()
    {
        var score = GoldScorer.ScoreDocument("d.txt", [Predicted("RUS", "GEO", "016")], [Gold("RUS", "GEO", "150", alt: ["190", "016"])]);
        Assert.Equal(1, score.TruePositives);
        Assert.True(score.Matches[0].FullCode);
    }

    [Fact]
    public void Symmetric_gold_events_match_in_either_order()
    {
        var symmetric = GoldScorer.ScoreDocument("d.txt", [Predicted("GEO", "RUS", "046")], [Gold("RUS", "GEO", "046", symmetric: true)]);
        var directed = GoldScorer.ScoreDocument("d.txt", [Predicted("GEO", "RUS", "046")], [Gold("RUS", "GEO", "046")]);
        Assert.Equal(1, symmetric.TruePositives);
        Assert.True(symmetric.Matches[0].Swapped);
        Assert.Equal((0, 1, 1), (directed.TruePositives, directed.FalsePositives, directed.FalseNegatives));
    }

    [Fact]
    public void Optional_gold_events_are_neither_misses_nor_false_alarms()
    {
        var score = GoldScorer.ScoreDocument("d.txt", [Predicted("USA", "RUS", "111")], [Gold("USA", "RUS", "111", required: false), Gold("RUS", "GEO", "190", required: false)]);
        Assert.Equal((0, 0, 0, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives, score.OptionalMatches));
    }

    [Fact]
    public void Each_gold_event_matches_one_prediction()
    {
        var score = GoldScorer.ScoreDocument("d.txt", [Predicted("RUS", "GEO", "111"), Predicted("RUS", "GEO", "112")], [Gold("RUS", "GEO", "112")]);
        Assert.Equal((1, 1), (score.TruePositives, score.FalsePositives));
        Assert.Equal("112", score.Matches[0].Predicted.Cameo);
    }

    [Fact]
    public void Predictions_without_both_countries_are_not_scored()
    {
        var score = GoldScorer.ScoreDocument("d.txt", [Predicted("RUS", "", "111")], []);
        Assert.Equal(0, score.FalsePositives);
    }

    [Theory]
    [InlineData("2008-08-07", "2008-08", null, true)]
    [InlineData("2008-09-01", "2008-08", null, false)]
    [InlineData("2008-08-30", "2008-08-07", null, true)]
    [InlineData("2008-05", "2008", null, true)]
    [InlineData("1993", "1990", "decade", true)]
    [InlineData("2001", "1990", "decade", false)]
    [InlineData("", "2008", null, false)]
    public void Dates_agree_to_the_month_or_the_gold_precision(string predicted, string gold, string? precision, bool agrees) =>
        Assert.Equal(agrees, GoldScorer.DateAgrees(predicted, gold, precision));

    [Fact]
    public void Undated_gold_events_are_not_counted_for_dates() => Assert.Null(GoldScorer.DateAgrees("2012", "", null));

    [Fact]
    public void Summary_computes_precision_recall_and_agreement()
    {
        var scores = new[]
        {
            GoldScorer.ScoreDocument("d.txt", [Predicted("RUS", "GEO", "112"), Predicted("USA", "RUS", "111", date: "2011-01-01")],
                [Gold("RUS", "GEO", "112"), Gold("USA", "RUS", "111"), Gold("GEO", "RUS", "051")]),
            GoldScorer.ScoreDocument("e.txt", [Predicted("FRA", "DEU", "040")], []),
        };
        var summary = GoldScorer.Summarize(scores);
        Assert.Equal((2, 1, 1), (summary.TruePositives, summary.FalsePositives, summary.FalseNegatives));
        Assert.Equal(2.0 / 3, summary.Precision, 6);
        Assert.Equal(2.0 / 3, summary.Recall, 6);
        Assert.Equal(0.5, summary.DateMonth, 6);
        Assert.Equal(1.0, summary.FullCode, 6);
    }

    [Fact]
    public void Event_records_round_trip_through_jsonl()
    {
        var record = Predicted("RUS", "GEO", "036", evidence: "Lavrov said Russia was “ready to support” talks.");
        var line = EventJsonl.Serialize(record);
        Assert.Contains("“ready to support”", line);
        Assert.Equal(record, EventJsonl.Deserialize(line));
    }
}
