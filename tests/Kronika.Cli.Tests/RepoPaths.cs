namespace Kronika.Cli.Tests;

/// <summary>Paths of the checkout the tests run in.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "russia-georgia");

    /// <summary>The hand-coded gold events and cleaning facts of the samples (a copy of shared/gold/seeds.gold.jsonl).</summary>
    public static string SeedGold => Path.Combine(Root, "samples", "russia-georgia.gold.jsonl");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kronika.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Kronika.sln not found above the test binaries");
    }
}
