namespace Kronika.Tests.Shared;

/// <summary>
/// The table-driven test files (actor-cases.tsv, code-cases.tsv, time-cases.tsv): tab-separated rows copied beside the
/// test binaries, '#' lines and blank lines skipped, each row's first four fields one theory case.
/// </summary>
public static class TableCases
{
    public static TheoryData<string, string, string, string> Read(string fileName)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, fileName)))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4) throw new FormatException($"{fileName}: expected 4 tab-separated fields in \"{line}\"");
            data.Add(f[0], f[1], f[2], f[3]);
        }
        return data;
    }
}
