namespace Kronika.Cli.Tests;

/// <summary>Runs a kronika command line in process and captures what it prints.</summary>
public static class CliOutput
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (savedOut, savedError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try { return (KronikaCli.Run(args), output.ToString(), error.ToString()); }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
        }
    }

    /// <summary>What a command that must succeed prints on standard output.</summary>
    public static string Of(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.True(exit == ExitCodes.Success, $"kronika {string.Join(' ', args)} exited {exit}: {error}");
        return output;
    }
}
