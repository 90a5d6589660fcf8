using System.Buffers.Binary;
using System.Text;

namespace Kronika.Language.Parsing;

/// <summary>The model file: writing and reading the header, vocabularies and weights.</summary>
public sealed partial class DependencyParser
{
    /// </summary>
    public void Save(string path)
    {
        var header = new StringBuilder()
            .Append(Title).Append('\n')
            .Append("format: ").Append(FormatVersion).Append('\n')
            .Append("method: arc-eager transition parser (root last), averaged perceptron with dynamic oracle, hashed features\n")
            .Append("trained on: ").Append(_credit).Append('\n')
            .Append("licence: the weights are derived from the training data and shared under its licence\n")
            .Append('\n').ToString();

        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(BinaryMagic);
            w.Write(FeatureSetVersion);
            WriteStrings(w, _labels);
            WriteStrings(w, _xposTags);
            WriteStrings(w, _uposTags);
            var features = _weights.Features().ToList();
            float max = 0;
            foreach (var (_, entries) in features)
                foreach (var e in entries.Span) max = Math.Max(max, Math.Abs(e.Weight));
            float scale = max > 0 ? 32768f / max : 1f; // stored = weight * scale, well inside float16's range
            w.Write(scale);
            w.Write(features.Count);
            long entryCount = features.Sum(f => (long)f.Entries.Length);
            w.Write(entryCount);
            // Blocks: keys (ascending, 8 bytes each), weight counts per feature, classes, float16 weights.
            bool wide = ClassCount > 255;
            foreach (var (key, _) in features) w.Write(key);
            foreach (var (_, entries) in features) { if (wide) w.Write((ushort)entries.Length); else w.Write((byte)entries.Length); }
            foreach (var (_, entries) in features)
                foreach (var e in entries.Span) { if (wide) w.Write((ushort)e.Class); else w.Write((byte)e.Class); }
            foreach (var (_, entries) in features)
                foreach (var e in entries.Span) w.Write((Half)(e.Weight * scale));
        }
        var bytes = body.ToArray();
        var checksum = FeatureHashing.Checksum(bytes);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            file.Write(Encoding.UTF8.GetBytes(header));
            file.Write(bytes);
            Span<byte> tail = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(tail, checksum);
            file.Write(tail);
            file.Write(EndMagic);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Reads a model written by <see cref="Save"/>. A missing file throws <see cref="FileNotFoundException"/>;
    /// a file that is not a Kronika parser model, or is truncated or corrupt, throws <see cref="InvalidDataException"/>
    /// naming the path and the reason.
    /// </summary>
    public static DependencyParser Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"parser model not found: {path}", path);
        byte[] data;
        try { data = File.ReadAllBytes(path); }
        catch (IOException e) { throw new InvalidDataException($"{path}: cannot read the parser model: {e.Message}", e); }
        try
        {
            return Read(data);
        }
        catch (ModelFormatException e)
        {
            throw new InvalidDataException($"{path}: not a valid Kronika parser model: {e.Message}", e);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException or InvalidDataException or DecoderFallbackException)
        {
            throw new InvalidDataException($"{path}: not a valid Kronika parser model: corrupt data ({e.Message})", e);
        }
    }

    private sealed class ModelFormatException(string message) : Exception(message);

    private static DependencyParser Read(byte[] data)
    {
        var title = Encoding.ASCII.GetBytes(Title + "\n");
        if (data.Length < title.Length || !data.AsSpan(0, title.Length).SequenceEqual(title))
            throw new ModelFormatException($"it does not start with \"{Title}\"");
        int headerEnd = data.AsSpan(0, Math.Min(data.Length, 8192)).IndexOf("\n\n"u8);
        if (headerEnd < 0) throw new ModelFormatException("the text header does not end (truncated?)");
        var header = Encoding.UTF8.GetString(data, 0, headerEnd);
        string? format = null, credit = null;
        foreach (var line in header.Split('\n'))
        {
            if (line.StartsWith("format: ", StringComparison.Ordinal)) format = line[8..];
            else if (line.StartsWith("trained on: ", StringComparison.Ordinal)) credit = line[12..];
        }
        if (format != FormatVersion.ToString()) throw new ModelFormatException($"format {format ?? "(none)"} is not the supported format {FormatVersion}");
        int start = headerEnd + 2;
        int trailer = 8 + EndMagic.Length;
        if (data.Length - start < BinaryMagic.Length + trailer) throw new ModelFormatException("the file is truncated");
        if (!data.AsSpan(data.Length - EndMagic.Length).SequenceEqual(EndMagic)) throw new ModelFormatException("the file is truncated (no end marker)");
        var body = data.AsSpan(start, data.Length - start - trailer);
        ulong stored = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(data.Length - trailer, 8));
        if (FeatureHashing.Checksum(body) != stored) throw new ModelFormatException("checksum mismatch (the file is corrupt)");

        var r = new SpanReader(data, start, data.Length - trailer);
        if (!r.Bytes(BinaryMagic.Length).SequenceEqual(BinaryMagic)) throw new ModelFormatException("bad binary marker");
        int featureSet = r.Int32();
        if (featureSet != FeatureSetVersion) throw new ModelFormatException($"feature set {featureSet} is not the supported {FeatureSetVersion}");
        var labels = r.Strings();
        var xpos = r.Strings();
        var upos = r.Strings();
        float scale = r.Single();
        if (!(scale > 0) || float.IsInfinity(scale)) throw new ModelFormatException("bad weight scale");
        int featureCount = r.Int32();
        long entryCount = r.Int64();
        if (featureCount < 0 || entryCount < 0 || entryCount > int.MaxValue / 2 || featureCount > entryCount) throw new ModelFormatException("bad feature or weight count");
        int classes = 2 + 2 * labels.Length;
        if (featureCount > int.MaxValue / 8) throw new ModelFormatException("bad feature count");
        bool wide = classes > 255;
        var keyBytes = r.Bytes(8 * featureCount);
        var keys = new ulong[featureCount];
        ulong previous = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = BinaryPrimitives.ReadUInt64LittleEndian(keyBytes.Slice(8 * i, 8));
            if (key <= previous) throw new ModelFormatException(key == 0 ? "zero feature key" : "feature keys out of order");
            keys[i] = previous = key;
        }
        var countBytes = r.Bytes((wide ? 2 : 1) * featureCount);
        var starts = new int[featureCount + 1];
        for (int i = 0; i < featureCount; i++)
        {
            int count = wide ? BinaryPrimitives.ReadUInt16LittleEndian(countBytes.Slice(2 * i, 2)) : countBytes[i];
            if (count == 0 || count > classes) throw new ModelFormatException("bad weight count of a feature");
            starts[i + 1] = starts[i] + count;
        }
        if (starts[featureCount] != entryCount) throw new ModelFormatException("weight counts do not add up");
        var classBytes = r.Bytes((wide ? 2 : 1) * (int)entryCount);
        var weightBytes = r.Bytes(2 * (int)entryCount);
        var entries = new WeightTable.Entry[entryCount];
        float inverse = 1f / scale;
        for (int i = 0; i < entries.Length; i++)
        {
            int cls = wide ? BinaryPrimitives.ReadUInt16LittleEndian(classBytes.Slice(2 * i, 2)) : classBytes[i];
            if (cls >= classes) throw new ModelFormatException("weight class out of range");
            entries[i] = new WeightTable.Entry(cls, (float)BinaryPrimitives.ReadHalfLittleEndian(weightBytes.Slice(2 * i, 2)) * inverse);
        }
        if (!r.AtEnd) throw new ModelFormatException("unexpected data after the weights");
        return new DependencyParser(new WeightTable(keys, starts, entries, classes), labels, xpos, upos, credit ?? "");
    }

    private static void WriteStrings(BinaryWriter w, string[] items)
    {
        w.Write(items.Length);
        foreach (var s in items) w.Write(s);
    }

    /// <summary>Reads the binary part of a model, checking every read against the end.</summary>
    private ref struct SpanReader(byte[] data, int position, int end)
    {
        private int _pos = position;

        public readonly bool AtEnd => _pos == end;

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || _pos > end - n) throw new ModelFormatException("the file is truncated");
            var span = data.AsSpan(_pos, n);
            _pos += n;
            return span;
        }

        public ReadOnlySpan<byte> Bytes(int n) => Take(n);
        public byte Byte() => Take(1)[0];
        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));
        public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public string[] Strings()
        {
            int count = Int32();
            if (count < 0 || count > 10000) throw new ModelFormatException("bad vocabulary size");
            var items = new string[count];
            for (int i = 0; i < count; i++)
            {
                // BinaryWriter's 7-bit encoded length prefix.
                int length = 0;
                for (int shift = 0; ; shift += 7)
                {
                    if (shift > 28) throw new ModelFormatException("bad string length");
                    byte b = Byte();
                    length |= (b & 0x7F) << shift;
                    if (b < 0x80) break;
                }
                items[i] = Encoding.UTF8.GetString(Take(length));
            }
            return items;
        }
    }
}
