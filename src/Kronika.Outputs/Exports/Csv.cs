using System.Text;

namespace Kronika.Outputs.Exports;

/// <summary>
/// RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF (quotes
/// doubled), UTF-8 with a byte-order mark so Excel reads it as UTF-8; pandas and R read it without options.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    public void WriteRow(IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write("\r\n");
    }
}
