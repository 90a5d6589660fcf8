using System.Diagnostics;

namespace Kronika.Cli.Tests;

/// <summary>
/// Runs the built kronika in a process of its own: for what an in-process run cannot give, its real standard input
/// and a user who is not root (root reads a chmod 000 folder).
/// </summary>
public static class KronikaProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "kronika.dll");
    private static readonly string Data = Path.Combine(RepoPaths.Root, "data");
    private static readonly string DotNet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    /// <summary>"nobody" (65534), through setpriv, when the tests run as root.</summary>
    private static readonly string[] AsNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", "--"];

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>
    /// Whether kronika can be run as a user who is not root: the tests do not run as root, or setpriv can make one
    /// who can read the build and the data (not so where the checkout lies under /root).
    /// </summary>
    public static bool CanRunAsAnotherUser()
    {
        if (!IsRoot) return true;
        try
        {
            var check = Start("setpriv", [.. AsNobody, "test", "-r", Dll, "-a", "-r", Path.Combine(Data, "cameo.tsv")], null);
            check.WaitForExit();
            return check.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Runs kronika with <paramref name="args"/>, <paramref name="input"/> writing its standard input, within <paramref name="seconds"/>.</summary>
    public static (int Exit, string Out, string Error) Run(string[] args, Action<Stream>? input = null, bool notRoot = false, int seconds = 180)
    {
        using var process = notRoot && IsRoot ? Start("setpriv", [.. AsNobody, DotNet, Dll, .. args], input) : Start(DotNet, [Dll, .. args], input);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var writing = Task.Run(() =>
        {
            try
            {
                if (input is not null) input(process.StandardInput.BaseStream);
                process.StandardInput.Close();
            }
            // kronika stops reading at its limit and closes the pipe: what is left unwritten is the point.
            catch (IOException) { }
        });
        if (!process.WaitForExit(TimeSpan.FromSeconds(seconds)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"kronika {string.Join(' ', args)} did not end within {seconds} s");
        }
        writing.Wait(TimeSpan.FromSeconds(10));
        return (process.ExitCode, output.Result, error.Result);
    }

    private static Process Start(string program, string[] args, Action<Stream>? input)
    {
        var start = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        start.Environment["KRONIKA_DATA"] = Data;
        // nobody's home does not exist; the runtime needs none, but nothing should try to write there.
        start.Environment["HOME"] = Path.GetTempPath();
        return Process.Start(start)!;
    }
}
