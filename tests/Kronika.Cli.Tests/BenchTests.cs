using System.Globalization;
using System.Text.RegularExpressions;

namespace Kronika.Cli.Tests;

/// <summary>`kronika bench` accounts for its whole wall time and measures its floor in the same run.</summary>
[Collection("cli")]
public sealed class BenchTests
{
    private static double Field(string output, string name) =>
        double.Parse(Regex.Match(output, $@"(?:^|\s){Regex.Escape(name)}=([0-9.]+)", RegexOptions.Multiline) is { Success: true } m
            ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException($"no {name}= in:\n{output}"), CultureInfo.InvariantCulture);

    [Fact]
    public void The_phases_add_up_to_the_wall_time_and_the_stage_shares_to_all()
    {
        var output = CliOutput.Of("bench", RepoPaths.Samples, "--repeat", "2", "--threads", "2");
        Assert.Equal(8, Field(output, "documents"));
        Assert.Equal(2, Field(output, "threads"));
        double phases = new[] { "load_s", "read_s", "warm-up_s", "floor_s", "coding_s", "other_s" }.Sum(p => Field(output, p));
        Assert.InRange(phases, Field(output, "wall_s") - 0.005, Field(output, "wall_s") + 0.005);
        Assert.True(Field(output, "floor_s") > 0 && Field(output, "ratio_to_floor") > 0);
        // The printed seconds are rounded to milliseconds, and the floor of eight documents takes only a few: the ratio
        // printed is checked to be the coding time over the floor's, not inverted or of another phase, within that rounding.
        double ratio = Field(output, "coding_s") / Field(output, "floor_s");
        Assert.InRange(Field(output, "ratio_to_floor"), ratio * 0.5, ratio * 2);
        Assert.True(Field(output, "allocated_kb_per_doc") > 0);
        double shares = Regex.Matches(output, @"share=([0-9.]+) %").Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.InRange(shares, 99.5, 100.5);
    }

    [Fact]
    public void Zero_threads_is_a_usage_error()
    {
        var (exit, _, error) = CliOutput.Run("bench", RepoPaths.Samples, "--threads", "0");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--threads 0", error);
    }
}
