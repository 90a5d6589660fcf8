namespace Kronika.Cli;

/// <summary>Plain-text columns for the reading commands: a header and rows, padded to the widest field, two spaces apart.</summary>
public static class TextColumns
{
    /// <param name="numeric">Whether a column holds numbers (right-aligned); the others are left-aligned.</param>
    public static void Write(TextWriter output, string[] header, IReadOnlyList<string[]> rows, Func<int, bool>? numeric = null)
    {
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
            output.WriteLine(string.Join("  ", row.Select((f, i) => numeric?.Invoke(i) == true ? f.PadLeft(widths[i]) : f.PadRight(widths[i]))).TrimEnd());
    }
}
