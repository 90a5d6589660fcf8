namespace Kronika.Outputs.Tests;

/// <summary>The port of the article-extraction benchmark's metric gives evaluate.py's own figures (computed with it on these pages).</summary>
public class ExtractionScorerTests
{
    private static readonly (string True, string Predicted)[] Pages =
    [
        ("The minister said on Monday that talks would resume next week.", "The minister said on Monday that talks would resume. Share this story"),
        ("Kenya and Tanzania reopened the border", "Kenya and Tanzania reopened the border"),
        ("Short", ""),
    ];

    [Fact]
    public void Shingle_counts_are_those_of_evaluate_py()
    {
        var m = ExtractionScorer.Match(Pages[0].True, Pages[0].Predicted);
        Assert.Equal(0.5454545454545454, m.TruePositive, 12);
        Assert.Equal(0.2727272727272727, m.FalsePositive, 12);
        Assert.Equal(0.18181818181818182, m.FalseNegative, 12);
        Assert.Equal(new ShingleMatch(0, 0, 1), ExtractionScorer.Match("Short", ""));
    }

    [Fact]
    public void Precision_recall_f1_and_accuracy_are_those_of_evaluate_py()
    {
        var score = ExtractionScorer.Score(Pages);
        Assert.Equal(0.8333333333333333, score.Precision, 12);
        Assert.Equal(0.5833333333333333, score.Recall, 12);
        Assert.Equal(0.6862745098039215, score.F1, 12);
        Assert.Equal(1.0 / 3, score.Accuracy, 12);
        Assert.Equal(3, score.Pages);
    }

    [Fact]
    public void Tokens_are_runs_of_word_characters_of_any_script()
    {
        Assert.Equal(["Don", "t", "stop", "Путин", "2019_11", "서울"], ExtractionScorer.Tokens("Don't stop — Путин, 2019_11! 서울"));
    }
}
