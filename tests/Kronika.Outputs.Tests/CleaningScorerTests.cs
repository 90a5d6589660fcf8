using Kronika.Documents;

namespace Kronika.Outputs.Tests;

public class CleaningScorerTests
{
    private static SourceDocument Cleaned(string text)
    {
        var doc = new SourceDocument("d.txt", text);
        DocumentCleaner.LoadDefault().Apply(doc);
        return doc;
    }

    [Fact]
    public void Noise_kept_and_body_dropped_are_reported_and_optional_lines_count_neither_way()
    {
        var doc = Cleaned("Chile recalled its envoy.\nShare this story\nPhoto of the week\nCrosshead\nPeru protested.\n");
        var gold = new GoldLine { Kind = "doc", Doc = "d.txt", Pubdate = "2019-03", Title = "", Noise = ["Share this story", "Photo of the week"], NoiseOptional = ["Crosshead"] };
        var score = CleaningScorer.Score(doc, gold);
        Assert.Equal(2, score.NoiseLines);
        Assert.Equal(1, score.NoiseDropped);
        Assert.Equal(["Photo of the week"], score.NoiseKept);
        Assert.Equal(2, score.BodyLines);
        Assert.Equal(2, score.BodyKept);
        Assert.False(score.PubdateAgrees);
        Assert.True(score.TitleAgrees);
    }

    [Theory]
    [InlineData("2019-03-04", "2019-03", true)]
    [InlineData("2019-03", "2019-03", true)]
    [InlineData("2019", "2019-03", false)]
    [InlineData("2019-04-01", "2019-03", false)]
    public void A_publication_date_agrees_to_the_gold_dates_precision(string ours, string gold, bool agrees)
    {
        var doc = Cleaned("Chile recalled its envoy.\n");
        PartialDate.TryParseIso(ours, out var date);
        doc.PublicationDate = date;
        Assert.Equal(agrees, CleaningScorer.Score(doc, new GoldLine { Kind = "doc", Doc = "d.txt", Pubdate = gold }).PubdateAgrees);
    }
}
