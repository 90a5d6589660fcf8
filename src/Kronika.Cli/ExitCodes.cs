namespace Kronika.Cli;

/// <summary>The process exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Error = 1;
    public const int Usage = 2;
    /// <summary>The command finished, but some inputs were refused (reported on standard error and in the summary).</summary>
    public const int SomeInputsRefused = 3;
}
