using Kronika.Documents;
using Kronika.Events;
using Kronika.Outputs;

namespace Kronika.Cli.Tests;

/// <summary>The document stage on the four seed articles, against the cleaning facts of their gold file.</summary>
public class SeedCleaningTests
{
    private static readonly Lazy<Pipeline> Pipeline = new(() => Kronika.Events.Pipeline.LoadDefault());

    // The articles only: the folder also holds their metadata manifest.
    public static TheoryData<string> Seeds() => new(Directory.GetFiles(RepoPaths.Samples, "*.txt").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_gold_noise_line_is_dropped_and_every_other_line_kept(string name)
    {
        var gold = GoldStandard.Load(RepoPaths.SeedGold).Documents[name];
        var document = Assert.Single(new DocumentReader().ReadOne(Path.Combine(RepoPaths.Samples, name))).Document!;
        Pipeline.Value.Read(document);
        var score = CleaningScorer.Score(document, gold);
        Assert.Empty(score.NoiseKept);
        Assert.Empty(score.BodyDropped);
        Assert.Equal(gold.Title, document.Title ?? "");
    }

    [Fact]
    public void Publication_dates_are_stated_or_inferred_and_never_contradict_the_gold()
    {
        var gold = GoldStandard.Load(RepoPaths.SeedGold);
        foreach (var (name, header) in gold.Documents)
        {
            var document = Assert.Single(new DocumentReader().ReadOne(Path.Combine(RepoPaths.Samples, name))).Document!;
            Pipeline.Value.Read(document);
            if (document.PublicationDate is not { } date) continue;
            // Ours may be coarser than the gold date (a year where the gold knows the day) but must contain it.
            Assert.True(header.Pubdate!.StartsWith(date.ToString(), StringComparison.Ordinal) || date.ToString().StartsWith(header.Pubdate, StringComparison.Ordinal),
                $"{name}: {date} does not agree with gold {header.Pubdate}");
            Assert.NotEqual(DateBasis.None, document.PublicationDateBasis);
        }
    }
}
