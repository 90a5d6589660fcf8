namespace Kronika.Documents;

/// <summary>
/// Reads a whole stream, but never more than a limit: the bytes are counted as they arrive, because a length read
/// beforehand says nothing of a decompressed stream, standard input or a file that grows (and /dev/zero reads as 0).
/// </summary>
public static class BoundedRead
{
    private const int Chunk = 81920;

    /// <summary>The stream's bytes, or false as soon as it holds more than <paramref name="limit"/> (at most one chunk more is read).</summary>
    public static bool TryReadAll(Stream stream, long limit, out byte[] bytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[(int)Math.Min(Chunk, Math.Max(limit + 1, 1))];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                bytes = [];
                return false;
            }
        }
        bytes = buffer.ToArray();
        return true;
    }
}

/// <summary>
/// A stream that first gives back bytes already taken from another, then the rest of it: how standard input is
/// looked at (its first bytes tell JSON Lines from text) without reading it all.
/// </summary>
public sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
{
    private int _position;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefix.Length)
        {
            int n = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return rest.Read(buffer);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
