using System.Globalization;
using System.Text.RegularExpressions;
using Kronika.Storage;

namespace Kronika.Cli.Tests;

/// <summary>Metadata manifests through the commands: the samples' manifest, --metadata, --no-metadata and bad manifests.</summary>
[Collection("cli")]
public sealed partial class ManifestCliTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "kronika-manifest-" + Guid.NewGuid().ToString("N"));

    public ManifestCliTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"date_month=(?<month>[\d.]+) historical=(?<historical>[\d.]+)")]
    private static partial Regex Scores();

    private static (double DateMonth, double Historical, string Cleaning) Eval(params string[] extra)
    {
        var output = CliOutput.Of(["eval", "--gold", RepoPaths.SeedGold, RepoPaths.Samples, .. extra]);
        var m = Scores().Match(output);
        Assert.True(m.Success, output);
        return (double.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups["historical"].Value, CultureInfo.InvariantCulture),
            output.Split('\n').Single(l => l.StartsWith("cleaning:", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_samples_manifest_gives_the_feed_dates_and_without_it_the_dates_come_from_the_text()
    {
        var (month, historical, cleaning) = Eval();
        Assert.Contains("pubdate=4/4", cleaning);
        Assert.True(month >= 0.90, $"date_month={month} with the manifest");
        Assert.True(historical >= 0.95, $"historical={historical} with the manifest");

        var (textMonth, _, textCleaning) = Eval("--no-metadata");
        Assert.Contains("pubdate=2/4", textCleaning);
        Assert.True(textMonth < month, $"date_month={textMonth} from the text alone, {month} with the manifest");
    }

    [Fact]
    public void Clean_shows_the_metadata_basis_and_the_manifest_line()
    {
        var text = CliOutput.Of("clean", RepoPaths.Samples);
        Assert.Contains("# 000_d9168b3b5527f9c8.txt ", text);
        Assert.Contains("published=2004-08-09 (metadata: metadata.csv:2)", text);
        Assert.Contains("published=2024-09 (metadata: metadata.csv:5)", text);
        Assert.DoesNotContain("file,date", text);

        var fromText = CliOutput.Of("clean", RepoPaths.Samples, "--no-metadata");
        Assert.DoesNotContain("(metadata", fromText);
        Assert.Contains("published=2012-03-02 (inferred: ", fromText);
    }

    private string CopySample(string name, string manifest)
    {
        var folder = Path.Combine(_work, "corpus");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(RepoPaths.Samples, name), Path.Combine(folder, name), overwrite: true);
        File.WriteAllText(Path.Combine(folder, "metadata.csv"), manifest);
        return folder;
    }

    [Theory]
    [InlineData("2012", "2012")]
    [InlineData("2012-03", "2012-03")]
    [InlineData("2011-12-31", "2011-12-31")]
    public void The_time_stage_neither_narrows_nor_overrides_a_manifest_date(string date, string shown)
    {
        // From its text alone the article is dated 2012-03-02 (copyright, office holders, the coming election, "on Friday").
        var folder = CopySample("001_4a77bae864253a0a.txt", $"file,date\n001_4a77bae864253a0a.txt,{date}\n");
        Assert.Contains($"published={shown} (metadata: metadata.csv:2)", CliOutput.Of("time", folder));
    }

    [Fact]
    public void An_explicit_manifest_applies_and_both_options_together_are_a_usage_error()
    {
        var folder = CopySample("002_13e8a5d14c3e5131.txt", "file,date\n");
        var manifest = Path.Combine(_work, "dates.csv");
        File.WriteAllText(manifest, "file,date,source\ncorpus/002_13e8a5d14c3e5131.txt,2009-05-20,swissinfo.ch\n");
        // The text states May 19, 2009: the manifest outranks it.
        var text = CliOutput.Run("clean", folder, "--metadata", manifest);
        Assert.Contains("site=swissinfo.ch (dates.csv:2)", text.Out);
        Assert.Contains("published=2009-05-20 (metadata: dates.csv:2)", text.Out);
        Assert.Contains("metadata.csv: empty manifest", text.Error);

        Assert.Equal(ExitCodes.Usage, CliOutput.Run("clean", folder, "--metadata", manifest, "--no-metadata").Exit);
        var missing = CliOutput.Run("clean", folder, "--metadata", Path.Combine(_work, "none.csv"));
        Assert.Equal((ExitCodes.Error, true), (missing.Exit, missing.Error.Contains("none.csv: no such file")));
    }

    [Fact]
    public void A_bad_manifest_is_reported_line_by_line_the_run_goes_on_and_a_rerun_changes_nothing()
    {
        var folder = CopySample("000_d9168b3b5527f9c8.txt", "file,date,outlet\n000_d9168b3b5527f9c8.txt,2008-13-45,BBC\nmissing.txt,2004\n");
        var db = Path.Combine(_work, "k.db");
        var first = CliOutput.Run("run", folder, "--db", db, "--out", Path.Combine(_work, "out"));
        Assert.Equal(ExitCodes.SomeInputsRefused, first.Exit);
        Assert.Contains("metadata.csv:1: unknown column \"outlet\"", first.Error);
        Assert.Contains("metadata.csv:2: bad date \"2008-13-45\"", first.Error);
        Assert.Contains("metadata.csv:3: no such file \"missing.txt\"", first.Error);
        StoreCounts Counts()
        {
            using var store = new SqliteEventStore(db);
            return store.Counts();
        }
        var counts = Counts();
        Assert.Equal((1L, 2L), (counts.Documents, counts.Refused));
        Assert.True(counts.Mentions > 0);

        Assert.Equal(ExitCodes.SomeInputsRefused, CliOutput.Run("run", folder, "--db", db, "--out", Path.Combine(_work, "out")).Exit);
        Assert.Equal(counts, Counts());
    }

    [Theory]
    [InlineData("9999-12-31", "out of range")]
    [InlineData("0000", "out of range")]
    [InlineData("2008-13", "no month 13")]
    public void A_date_the_calendar_cannot_hold_is_a_usage_error_of_code(string date, string why)
    {
        var (exit, _, error) = CliOutput.Run("code", "Russia will attack Georgia tomorrow.", "--date", date);
        Assert.Equal((ExitCodes.Usage, true), (exit, error.Contains(why)));
    }

    [Fact]
    public void A_warning_alone_does_not_fail_the_command()
    {
        var folder = CopySample("002_13e8a5d14c3e5131.txt", "file,date,publisher\n002_13e8a5d14c3e5131.txt,2009-05-19,SWI\n");
        var (exit, output, error) = CliOutput.Run("time", folder);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("warning ", error);
        Assert.Contains("published=2009-05-19 (metadata: metadata.csv:2)", output);
    }
}
