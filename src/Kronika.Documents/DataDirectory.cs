namespace Kronika.Documents;

/// <summary>
/// Finds Kronika's shipped data folder: $KRONIKA_DATA, else "data" beside the executable,
/// else the nearest "data" folder above it (a source checkout).
/// </summary>
public static class DataDirectory
{
    private static readonly Lazy<string> Located = new(Locate);

    public static string Path => Located.Value;

    /// <summary>The full path of a shipped data file; a missing file is an error naming it.</summary>
    public static string File(params string[] parts)
    {
        var path = System.IO.Path.Combine([Path, .. parts]);
        if (!System.IO.File.Exists(path))
            throw new FileNotFoundException($"Kronika data file is missing: {path}", path);
        return path;
    }

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("KRONIKA_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "data");
            if (System.IO.File.Exists(System.IO.Path.Combine(candidate, "cameo.tsv"))) return candidate;
        }
        throw new DirectoryNotFoundException("Kronika's data folder was not found; set KRONIKA_DATA to the folder holding cameo.tsv");
    }

    /// <summary>Reads a tab-separated data file: '#' lines and blank lines skipped, each row split on tabs.</summary>
    public static IEnumerable<(int Line, string[] Fields)> ReadTable(string path)
    {
        int number = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return (number, line.Split('\t'));
        }
    }
}
