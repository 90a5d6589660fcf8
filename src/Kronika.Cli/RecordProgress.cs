using System.IO.Compression;
using Kronika.Documents;

namespace Kronika.Cli;

/// <summary>
/// The progress of `kronika run` in records, the unit the pipeline codes: one per article file, one per non-blank line
/// of a JSON Lines file. Counting a file's lines is a scan (a decompression for .jsonl.gz), far cheaper than coding
/// its records, and a corpus of one big JSON Lines file would otherwise show 0% until its very end.
/// </summary>
public sealed class RecordProgress
{
    private readonly IReadOnlyList<string> _files;
    private readonly long[] _records;
    private int _file;
    private long _doneBefore, _doneInFile;

    public RecordProgress(IReadOnlyList<string> files)
    {
        _files = files;
        _records = files.Select(CountRecords).ToArray();
        Total = _records.Sum();
    }

    /// <summary>Records in all the files.</summary>
    public long Total { get; }

    /// <summary>Records read so far.</summary>
    public long Done => _doneBefore + _doneInFile;

    /// <summary>
    /// How many records a file holds as <see cref="DocumentReader"/> reads it: a JSON Lines file one per line that is not
    /// blank, any other file (and standard input, which cannot be read twice) one; a file that cannot be read counts one,
    /// its refusal.
    /// </summary>
    public static long CountRecords(string path)
    {
        if (path == DocumentReader.StdinPath || !InputFiles.IsJsonLines(path)) return 1;
        try
        {
            using var file = File.OpenRead(path);
            using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
            return Math.Max(1, CountNonBlankLines(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The reader refuses it, once.
            return 1;
        }
    }

    /// <summary>Lines holding a byte other than white space (a byte order mark at the start counts as white space).</summary>
    public static long CountNonBlankLines(Stream stream)
    {
        var buffer = new byte[1 << 16];
        long lines = 0, position = 0;
        bool content = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (int i = 0; i < read; i++, position++)
            {
                byte b = buffer[i];
                if (b == (byte)'\n')
                {
                    if (content) lines++;
                    content = false;
                }
                else if (!content && b is not ((byte)' ' or (byte)'\t' or (byte)'\r') && !(position < 3 && b is 0xEF or 0xBB or 0xBF))
                    content = true;
            }
        }
        return content ? lines + 1 : lines;
    }

    /// <summary>
    /// Reads <paramref name="inputs"/>, reporting <see cref="Done"/> after each record and each file. A file's count is
    /// an estimate (a decoding error skips the rest of a file): within a file the count stops at the estimate, and the end
    /// of a file sets it to the estimate of the files read.
    /// </summary>
    public IEnumerable<ReadItem> Track(DocumentReader reader, InputFiles inputs, Action<long> report)
    {
        foreach (var item in reader.Read(inputs, fileRead: () => FileRead(report)))
        {
            if (IsRecord(item) && _file < _records.Length && _doneInFile < _records[_file])
            {
                _doneInFile++;
                report(Done);
            }
            yield return item;
        }
    }

    /// <summary>A document, or the refusal of the file being read; not a manifest's note (its path is the manifest's).</summary>
    private bool IsRecord(ReadItem item) =>
        item.Document is not null || item.Refusal is { } refusal && _file < _files.Count && refusal.Path == _files[_file];

    private void FileRead(Action<long> report)
    {
        if (_file >= _records.Length) return;
        _doneBefore += _records[_file++];
        _doneInFile = 0;
        report(Done);
    }
}
