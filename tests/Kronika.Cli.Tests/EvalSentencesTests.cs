namespace Kronika.Cli.Tests;

/// <summary>`kronika eval-sentences --plv FILE` on a small PLV file written here.</summary>
[Collection("cli")]
public sealed class EvalSentencesTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "kronika-eval-sentences-" + Guid.NewGuid().ToString("N") + ".csv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Scores_each_sentence_and_explains_the_misses_with_their_trails()
    {
        File.WriteAllText(_path, "id,text,label,source,target\n"
            + "a,Russian troops attacked Georgian villages on Friday.,ASSAULT,Russian troops,Georgian villages\n"
            + "b,Georgia accused Russia of shelling its villages.,THREATEN,Georgia,Russia\n"
            + "c,The weather was cold.,AID,,\n");
        var output = CliOutput.Of("eval-sentences", "--plv", _path, "--explain");
        Assert.Contains("sentences=3 accuracy=0.333 ", output);
        Assert.Contains("no_event=0.333", output);
        Assert.Contains("miss line 3 (id b): label THREATEN, coded ACCUSE", output);
        Assert.Matches(@"top 112\d* ACCUSE GEO\w*\(""Georgia""\) -> RUS\w*\(""Russia""\) asserted \[verbs\.tsv:112", output);
        Assert.Contains("miss line 4 (id c): label AID, coded NONE", output);
        Assert.DoesNotContain("id a)", output);
    }

    [Fact]
    public void A_bad_date_is_a_usage_error()
    {
        File.WriteAllText(_path, "id,text,label\n1,x,AID\n");
        var (exit, _, error) = CliOutput.Run("eval-sentences", "--plv", _path, "--date", "2020-13-40");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--date \"2020-13-40\"", error);
    }
}
