using System.Text;

namespace Kronika.Documents;

/// <summary>
/// Paths whose names are not valid UTF-8. Linux names are bytes; .NET turns a byte that is no UTF-8 into U+FFFD, after
/// which no call can open the file. A folder walk keeps each such byte as a lone surrogate U+DC80-U+DCFF instead (as
/// Python's "surrogateescape" does): a string every <see cref="Path"/> method handles, that no valid name decodes to,
/// and that maps back to the exact bytes when the file is opened (<see cref="ToNative"/>).
/// </summary>
public static class NativePath
{
    private const char EscapeBase = '\uDC00';

    /// <summary>Whether the path holds bytes that are no UTF-8 (only a folder walk makes such paths).</summary>
    public static bool HasRawBytes(string path)
    {
        foreach (var c in path)
            if (IsRawByte(c)) return true;
        return false;
    }

    /// <summary>The path as it is shown and stored: each byte that is no UTF-8 written as \xFF.</summary>
    public static string Display(string path)
    {
        if (!HasRawBytes(path)) return path;
        var text = new StringBuilder(path.Length + 8);
        foreach (var c in path)
            if (IsRawByte(c)) text.Append($"\\x{c - EscapeBase:X2}");
            else text.Append(c);
        return text.ToString();
    }

    /// <summary>
    /// The path in Mono.Unix's form, which its calls turn back into bytes: a raw byte is U+0000 followed by the byte as
    /// a character (<c>Mono.Unix.UnixEncoding</c>).
    /// </summary>
    internal static string ToNative(string path)
    {
        if (!HasRawBytes(path)) return path;
        var text = new StringBuilder(path.Length + 8);
        foreach (var c in path)
            if (IsRawByte(c)) text.Append('\0').Append((char)(c - EscapeBase));
            else text.Append(c);
        return text.ToString();
    }

    /// <summary>A name as Mono.Unix read it from a folder (U+0000 before each raw byte) in this class's form.</summary>
    internal static string FromNative(string name)
    {
        if (!name.Contains('\0')) return name;
        var text = new StringBuilder(name.Length);
        for (int i = 0; i < name.Length; i++)
            if (name[i] == '\0' && i + 1 < name.Length) text.Append((char)(EscapeBase + name[++i]));
            else text.Append(name[i]);
        return text.ToString();
    }

    private static bool IsRawByte(char c) => c >= '\uDC80' && c <= '\uDCFF';
}
