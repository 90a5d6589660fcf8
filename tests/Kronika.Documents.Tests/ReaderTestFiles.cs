using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Kronika.Documents.Tests;

/// <summary>What the reader-limit tests make: special files, names that are not UTF-8, endless streams, and reads that must end.</summary>
internal static class ReaderTestFiles
{
    /// <summary>Reads in the background and fails the test if reading has not ended in time, instead of hanging the run.</summary>
    public static List<ReadItem> ReadWithin(int seconds, DocumentReader reader, params string[] paths)
    {
        var read = Task.Run(() => reader.Read(paths).ToList());
        Assert.True(read.Wait(TimeSpan.FromSeconds(seconds)), $"reading {string.Join(", ", paths)} did not end within {seconds} s");
        return read.Result;
    }

    public static List<ReadItem> ReadWithin(int seconds, params string[] paths) => ReadWithin(seconds, new DocumentReader(), paths);

    public static void Mkfifo(string path) => Run("mkfifo", path);

    /// <summary>Writes a file whose name holds the byte 0xFF (the shell makes it: .NET cannot name it), in <paramref name="folder"/>.</summary>
    public static void WriteWithByteFF(string folder, string before, string after, string text) =>
        Run("sh", "-c", "printf '%s' \"$1\" > \"$(printf '%s/%s\\377%s' \"$2\" \"$3\" \"$4\")\"", "sh", text, folder, before, after);

    public static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
    }

    /// <summary>Writes a gzip file of JSON Lines, streaming each record, so that a huge record is never held in memory here.</summary>
    public static void WriteGzipJsonLines(string path, params Action<Stream>[] records)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        foreach (var record in records)
        {
            record(gzip);
            gzip.WriteByte((byte)'\n');
        }
    }

    public static Action<Stream> Record(string json) => s => s.Write(Encoding.UTF8.GetBytes(json));

    /// <summary>{"text": "aaaa..."} of <paramref name="letters"/> letters, written a chunk at a time.</summary>
    public static Action<Stream> HugeRecord(long letters) => s =>
    {
        s.Write("{\"text\": \""u8);
        var chunk = new byte[1 << 16];
        Array.Fill(chunk, (byte)'a');
        for (long left = letters; left > 0; left -= chunk.Length)
            s.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
        s.Write("\"}"u8);
    };
}

/// <summary>
/// A stream of endless bytes that counts what was read from it and says its length is 0, as /dev/zero does: what a
/// reader that trusts lengths or reads to the end cannot survive.
/// </summary>
internal sealed class EndlessStream(byte value) : Stream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Array.Fill(buffer, value, offset, count);
        BytesRead += count;
        return count;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => 0;
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
