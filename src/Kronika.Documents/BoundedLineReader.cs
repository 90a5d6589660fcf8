namespace Kronika.Documents;

/// <summary>
/// One line of a <see cref="BoundedLineReader"/>: its bytes up to the line feed (a carriage return before it is
/// kept), or, when it is longer than the limit, none of them and the length it had. The bytes are the reader's own
/// buffer, valid until the next line is read: a line is decoded once, and copying every record would double the work.
/// </summary>
public readonly record struct BoundedLine(ReadOnlyMemory<byte> Bytes, long Length, bool TooLarge);

/// <summary>
/// Reads a stream line by line (lines end at '\n', which no UTF-8 sequence holds) and keeps at most
/// <c>maxLineBytes</c> of a line: a longer line is skipped to its end, counted, and given as too large, so one
/// record of gigabytes costs a chunk of memory and the lines after it are still read. StreamReader.ReadLine would
/// first build the whole line as a string.
/// </summary>
public sealed class BoundedLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _chunk = new byte[65536];
    private int _start, _end;
    private bool _endOfStream;
    private byte[] _line = new byte[4096];

    /// <summary>The next line, or false at the end of the stream.</summary>
    /// <exception cref="IOException">From the stream, as <see cref="System.IO.InvalidDataException"/> for corrupt gzip data.</exception>
    public bool TryRead(out BoundedLine line)
    {
        long length = 0;
        int kept = 0;
        bool tooLarge = false, any = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_endOfStream || (_end = stream.Read(_chunk, 0, _chunk.Length)) == 0)
                {
                    _endOfStream = true;
                    _start = _end = 0;
                    break;
                }
                _start = 0;
            }
            any = true;
            var unread = _chunk.AsSpan(_start, _end - _start);
            int newline = unread.IndexOf((byte)'\n');
            var part = newline >= 0 ? unread[..newline] : unread;
            length += part.Length;
            if (!tooLarge && length > maxLineBytes)
            {
                tooLarge = true;
                kept = 0;
                // What a huge line made the buffer grow to is given back: only the limit is ever held.
                if (_line.Length > 4096) _line = new byte[4096];
            }
            if (!tooLarge)
            {
                if (kept + part.Length > _line.Length)
                    Array.Resize(ref _line, (int)Math.Min(Math.Max(_line.Length * 2L, kept + part.Length), Math.Max(maxLineBytes, 1)));
                part.CopyTo(_line.AsSpan(kept));
                kept += part.Length;
            }
            _start += part.Length + (newline >= 0 ? 1 : 0);
            if (newline >= 0) break;
        }
        line = new BoundedLine(tooLarge ? ReadOnlyMemory<byte>.Empty : _line.AsMemory(0, kept), length, tooLarge);
        return any;
    }
}
