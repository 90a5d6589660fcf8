using System.Diagnostics;

namespace Kronika.Cli.Tests;

/// <summary>
/// The `kronika` launcher script rebuilds the CLI when, and only when, a source changed. It runs in a scratch checkout
/// with a stand-in `dotnet` on the PATH that logs each build, so no real build is needed.
/// </summary>
public sealed class LauncherTests : IDisposable
{
    private const string FakeDotnet = """
        #!/usr/bin/env bash
        if [ "$1" = build ]; then
          echo build >>"$FAKE_DOTNET_LOG"
          while [ $# -gt 0 ]; do [ "$1" = -o ] && out="$2"; shift; done
          mkdir -p "$out" && touch "$out/kronika.dll"
          exit 0
        fi
        echo "ran $*"
        echo "the command's own error line" >&2
        """;

    private readonly string _repo = Directory.CreateTempSubdirectory("kronika-launcher-").FullName;
    private string Log => Path.Combine(_repo, "dotnet.log");

    public LauncherTests()
    {
        File.Copy(Path.Combine(RepoPaths.Root, "kronika"), Path.Combine(_repo, "kronika"));
        var fake = Path.Combine(_repo, "fake-bin", "dotnet");
        Directory.CreateDirectory(Path.GetDirectoryName(fake)!);
        File.WriteAllText(fake, FakeDotnet.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var source in new[] { "Directory.Build.props", "src/Kronika.Cli/Kronika.Cli.csproj", "src/Kronika.Cli/Program.cs", "src/Kronika.Time/Dates.cs" })
            Touch(source, 2000);
    }

    public void Dispose() => Directory.Delete(_repo, recursive: true);

    private void Touch(string relative, int year)
    {
        var path = Path.Combine(_repo, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path)) File.WriteAllText(path, "");
        File.SetLastWriteTimeUtc(path, new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    private int Builds => File.Exists(Log) ? File.ReadAllLines(Log).Length : 0;

    /// <summary>Runs `./kronika --version`; returns what it printed on standard error.</summary>
    private string Launch()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(_repo, "kronika"), "--version"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["PATH"] = $"{Path.Combine(_repo, "fake-bin")}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["FAKE_DOTNET_LOG"] = Log;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"the launcher exited {process.ExitCode}: {error}");
        Assert.StartsWith($"ran {Path.Combine(_repo, ".kronika-build", "bin", "kronika.dll")} --version", output.Result);
        // The command's standard error reaches the caller: refusals and warnings are printed there.
        const string commandError = "the command's own error line\n";
        Assert.EndsWith(commandError, error);
        return error[..^commandError.Length];
    }

    [Fact]
    public void Builds_on_the_first_run_and_after_a_source_changes_never_for_build_outputs()
    {
        Assert.Equal(("building Kronika (first run)...\n", 1), (Launch(), Builds));
        // Dates are set by hand, stamp first, so the order of changes does not depend on the clock's resolution.
        Touch(".kronika-build/stamp", 2010);
        Assert.Equal(("", 1), (Launch(), Builds));

        // What dotnet build and dotnet test write under src/ is no source, however new.
        Touch("src/Kronika.Cli/obj/Debug/net10.0/Kronika.Cli.AssemblyInfo.cs", 2030);
        Touch("src/Kronika.Cli/bin/Debug/net10.0/Kronika.Cli.dll", 2030);
        Touch("src/Kronika.Cli/obj/project.assets.json", 2030);
        Assert.Equal(("", 1), (Launch(), Builds));

        Touch("src/Kronika.Time/Dates.cs", 2011);
        Assert.Equal(("building Kronika (sources changed)...\n", 2), (Launch(), Builds));
        Touch(".kronika-build/stamp", 2012);
        Assert.Equal(("", 2), (Launch(), Builds));
    }

    [Fact]
    public void A_deleted_source_or_changed_build_properties_rebuild()
    {
        Launch();
        Touch(".kronika-build/stamp", 2010);
        File.Delete(Path.Combine(_repo, "src/Kronika.Time/Dates.cs"));
        Assert.Equal(("building Kronika (sources changed)...\n", 2), (Launch(), Builds));
        Touch(".kronika-build/stamp", 2012);
        Touch("Directory.Build.props", 2013);
        Assert.Equal(("building Kronika (sources changed)...\n", 3), (Launch(), Builds));
    }
}
