using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace Kronika.Language.Tagging;

/// <summary>
/// Shared plumbing of the tagging model files: the text header line, bulk array I/O (little-endian, as
/// on every platform .NET runs on here) and the translation of every way a file can be bad into an
/// error that names it.
/// </summary>
internal static class ModelFile
{
    public const string Credit = "Universal Dependencies English Web Treebank (Silveira et al. 2014; UD_English-EWT), CC BY-SA 4.0";

    /// <summary>
    /// Writes a model file: the header line, the payload, and a 64-bit checksum of the payload so that
    /// damage anywhere in the file is noticed at load time. Writes to a temporary file first and moves
    /// it into place, so a failed save leaves no half-written model behind.
    /// </summary>
    public static void Write(string path, string header, Action<BinaryWriter> writePayload)
    {
        ArgumentNullException.ThrowIfNull(path);
        var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true)) writePayload(writer);
        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            file.Write(Encoding.UTF8.GetBytes(header + "\n"));
            file.Write(bytes);
            file.Write(BitConverter.GetBytes(Checksum(bytes)));
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Reads a whole model file, checks its header line (it must start with magic and name the format
    /// version) and its checksum, and returns a reader over the payload. A missing file is a
    /// FileNotFoundException naming it; anything else wrong is an InvalidDataException naming it.
    /// </summary>
    public static BinaryReader OpenPayload(string path, string what, string magic, int version)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"{what} model file not found: {path}", path);
        var bytes = File.ReadAllBytes(path);
        int newline = Array.IndexOf(bytes, (byte)'\n', 0, Math.Min(bytes.Length, 1024));
        if (bytes.Length == 0) throw new InvalidDataException($"{path}: {what} model file is empty");
        if (newline < 0) throw new InvalidDataException($"{path}: not a Kronika {what} model (no header line)");
        string line;
        try { line = new UTF8Encoding(false, true).GetString(bytes, 0, newline); }
        catch (DecoderFallbackException) { throw new InvalidDataException($"{path}: not a Kronika {what} model (the header line is not text)"); }
        if (!line.StartsWith(magic, StringComparison.Ordinal))
            throw new InvalidDataException($"{path}: not a Kronika {what} model (the header does not start with \"{magic}\")");
        var expected = $"format {version}";
        if (!line.Contains(expected + " ", StringComparison.Ordinal) && !line.Contains(expected + ";", StringComparison.Ordinal) && !line.EndsWith(expected, StringComparison.Ordinal))
            throw new InvalidDataException($"{path}: unsupported {what} model format (expected {expected}): \"{line}\"");
        int start = newline + 1, length = bytes.Length - start - 8;
        if (length < 0) throw new InvalidDataException($"{path}: {what} model file is truncated (ended early)");
        ulong stored = BitConverter.ToUInt64(bytes, bytes.Length - 8);
        if (Checksum(bytes.AsSpan(start, length)) != stored)
            throw new InvalidDataException($"{path}: {what} model file is damaged or truncated (checksum mismatch)");
        return new BinaryReader(new MemoryStream(bytes, start, length, writable: false), Encoding.UTF8);
    }

    /// <summary>A 64-bit checksum of a byte span (word-at-a-time multiply-xor, then a finalizer).</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var w in words) h = (BitOperations.RotateLeft(h ^ w, 29) * 0xff51afd7ed558ccdUL) + 0x2545F4914F6CDD1DUL;
        for (int i = words.Length * 8; i < bytes.Length; i++) h = (h ^ bytes[i]) * 1099511628211UL;
        return FeatureHash.Finish(h);
    }

    /// <summary>Runs a loader, turning format, truncation and decoding failures into InvalidDataException naming the path.</summary>
    public static T Guard<T>(string path, string what, Func<T> load)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return load();
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: not a valid {what} model: {e.Message}", e);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path}: {what} model file is truncated (ended early)", e);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException
                                      or DecoderFallbackException or IndexOutOfRangeException or IOException)
        {
            if (e is FileNotFoundException) throw;
            throw new InvalidDataException($"{path}: not a valid {what} model ({e.GetType().Name}: {e.Message})", e);
        }
    }

    public static void WriteArray<T>(BinaryWriter writer, T[] values) where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static T[] ReadArray<T>(BinaryReader reader, long maxLength, string name) where T : unmanaged
    {
        int length = reader.ReadInt32();
        if (length < 0 || length > maxLength) throw new InvalidDataException($"bad length {length} for {name}");
        long remaining = reader.BaseStream.CanSeek ? reader.BaseStream.Length - reader.BaseStream.Position : long.MaxValue;
        if ((long)length * Marshal.SizeOf<T>() > remaining) throw new EndOfStreamException();
        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>Fails unless the stream is exactly at its end marker.</summary>
    public static void ReadEnd(BinaryReader reader, uint endMagic)
    {
        if (reader.ReadUInt32() != endMagic) throw new InvalidDataException("the end marker is missing (damaged file)");
        if (reader.BaseStream.ReadByte() >= 0) throw new InvalidDataException("unexpected data after the end marker");
    }
}
