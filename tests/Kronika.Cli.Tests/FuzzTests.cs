using Kronika.Cli.Fuzzing;

namespace Kronika.Cli.Tests;

/// <summary>
/// Two thousand mutated inputs of every kind (the in-suite share of `kronika fuzz`), through reading and the whole
/// pipeline: each record comes out coded or refused with a reason, and no input crashes (an exception escaping, or a
/// stage failure the refusal net had to catch) or hangs. The seed is fixed so a failure reproduces; its message gives
/// the seed, the input and the error (`kronika fuzz --seed S --from I --count 1` makes the input again).
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 14;

    [Fact]
    public void Two_thousand_mutated_inputs_are_each_coded_or_refused_and_none_crashes_or_hangs()
    {
        var options = new FuzzOptions(2_000, Seed, Environment.ProcessorCount, TimeSpan.FromSeconds(30));
        var report = new FuzzRunner(TestPipeline.Value, options).Run();
        var failures = report.CrashDetails.Concat(report.HangDetails).Take(5)
            .Select(f => $"{f.Where}: {f.Error.Split('\n')[0]}\n  {f.Input.Describe(600)}");
        Assert.True(report.Crashes == 0 && report.Hangs == 0,
            $"{report.Crashes} crashes and {report.Hangs} hangs among {report.Inputs} inputs (seed {Seed}):\n{string.Join("\n", failures)}");
        Assert.Equal(options.Count, report.Inputs);
        Assert.Equal(report.Records, report.Coded + report.Refused);
        // The mutations must leave most inputs readable, or the pipeline behind the reader goes untested.
        Assert.True(report.Coded > report.Inputs / 3, $"only {report.Coded} of {report.Inputs} inputs coded");
        Assert.True(report.Refused > 0);
    }

    [Fact]
    public void Inputs_are_made_again_from_their_seed_and_index_and_cover_every_kind()
    {
        var inputs = Enumerable.Range(0, 300).Select(i => FuzzInput.Make(Seed, i)).ToList();
        Assert.All(inputs.Take(20), input => Assert.Equal(input.Bytes, FuzzInput.Make(Seed, input.Index).Bytes));
        Assert.Equal(FuzzInput.Kinds.Order(), inputs.Select(i => i.Extension).Distinct().Order());
        foreach (var mutation in new[] { "far date", "deep markup", "invalid utf-8", "bom", "date field", "control", "script", "huge number" })
            Assert.Contains(inputs, i => i.Mutations.Contains(mutation));
    }

    [Theory]
    [InlineData("malformed JSON: 'x' is an invalid start of a value.", "malformed JSON")]
    [InlineData("not English: reads as Spanish (12 of 40 words are common Spanish words, 3 English)", "not English")]
    [InlineData("invalid UTF-8 (byte 12 of the line); the rest of the file is skipped", "invalid UTF-8")]
    [InlineData("markup nested 2,400 levels deep (over 2,000; real pages nest a few dozen)", "markup nested N levels deep")]
    public void Refusals_are_counted_by_the_reason_up_to_its_details(string reason, string reasonClass) =>
        Assert.Equal(reasonClass, FuzzReport.ReasonClass(reason));
}

/// <summary>`kronika fuzz` itself: a short run prints its counts and exits 0 when nothing crashed or hung.</summary>
[Collection("cli")]
public sealed class FuzzCommandTests
{
    [Fact]
    public void A_short_run_prints_its_counts()
    {
        var save = Path.Combine(Path.GetTempPath(), "kronika-fuzz-save-" + Guid.NewGuid().ToString("N"));
        var (exit, output, error) = CliOutput.Run("fuzz", "--count", "40", "--seed", "7", "--threads", "1", "--save", save);
        Assert.True(exit == ExitCodes.Success, $"exit {exit}: {output}{error}");
        foreach (var line in new[] { "fuzz seed=7 threads=1", "inputs               40", "crashes               0", "hangs                 0", "inputs/s" })
            Assert.Contains(line, output);
        Assert.False(Directory.Exists(save));
        Assert.Equal(ExitCodes.Usage, CliOutput.Run("fuzz", "--count", "0").Exit);
    }
}
