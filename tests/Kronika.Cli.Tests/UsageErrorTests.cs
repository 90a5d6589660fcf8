namespace Kronika.Cli.Tests;

/// <summary>README's contract for a malformed command line: exit 2 and one line on standard error naming the problem.</summary>
/// <remarks>In the "cli" collection: these tests swap the process's Console.Out and Console.Error, as the other CLI tests do.</remarks>
[Collection("cli")]
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("unknown command 'frob' (see kronika --help)", "frob")]
    [InlineData("unknown option '--frob' for run (see kronika run --help); a value that begins with '-' goes after --", "run", "--frob", "x")]
    [InlineData("unknown option '--frob' for timeline (see kronika timeline --help)", "timeline", "--frob")]
    [InlineData("run needs <paths> (see kronika run --help)", "run")]
    [InlineData("code needs <text> (see kronika code --help)", "code")]
    [InlineData("--repeat \"x\": expected a whole number", "bench", "samples", "--repeat", "x")]
    [InlineData("--max-bytes \"x\": expected a whole number", "run", "samples", "--max-bytes", "x")]
    [InlineData("--max-bytes \"1.5\": expected a whole number", "run", "samples", "--max-bytes", "1.5")]
    [InlineData("--db needs a value", "timeline", "--db")]
    [InlineData("eval needs --gold (see kronika eval --help)", "eval", "samples")]
    [InlineData("unknown option '--frob' (see kronika --help)", "--frob")]
    [InlineData("too many arguments for code: 'b' (see kronika code --help)", "code", "a", "b")]
    [InlineData("too many arguments for dyad: 'CHN-USA' (see kronika dyad --help)", "dyad", "RUS-GEO", "CHN-USA")]
    [InlineData("--date \"2008-13\": no month 13", "code", "Russia will attack Georgia tomorrow.", "--date", "2008-13")]
    public void A_usage_error_exits_2_with_one_line_naming_it(string message, params string[] args)
    {
        var (exit, output, error) = CliOutput.Run(args);
        Assert.Equal((ExitCodes.Usage, $"kronika: {message}\n", ""), (exit, error, output));
    }

    [Fact]
    public void Kronika_alone_prints_the_commands_on_standard_error_and_exits_2()
    {
        var (exit, output, error) = CliOutput.Run();
        Assert.Equal((ExitCodes.Usage, ""), (exit, output));
        Assert.Contains("Commands:", error);
        Assert.Contains("timeline", error);
    }

    [Fact]
    public void Help_is_no_usage_error_even_where_an_argument_is_missing()
    {
        var (exit, output, error) = CliOutput.Run("run", "--help");
        Assert.Equal((ExitCodes.Success, ""), (exit, error));
        Assert.Contains("--max-bytes", output);
    }

    [Fact]
    public void A_value_after_a_double_dash_may_begin_with_a_dash()
    {
        // The path is read (and refused: no such file), not taken for an option.
        var db = Path.Combine(Path.GetTempPath(), $"kronika-usage-{Guid.NewGuid():N}.db");
        var outDir = Path.Combine(Path.GetTempPath(), $"kronika-usage-{Guid.NewGuid():N}");
        try
        {
            var (exit, _, error) = CliOutput.Run("run", "--db", db, "--out", outDir, "--", "-no-such-file.txt");
            Assert.Equal(ExitCodes.SomeInputsRefused, exit);
            Assert.Contains("-no-such-file.txt: no such file or directory", error);
        }
        finally
        {
            File.Delete(db);
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }
}
