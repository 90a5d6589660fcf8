using System.Text.Encodings.Web;
using System.Text.Json;
using Kronika.Events;

namespace Kronika.Outputs;

/// <summary>Writes and reads events.jsonl: one event record per line, UTF-8, non-ASCII text kept readable.</summary>
public static class EventJsonl
{
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = EventJsonContext.Default,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(EventRecord record) => JsonSerializer.Serialize(record, Options);

    public static EventRecord Deserialize(string line) =>
        JsonSerializer.Deserialize<EventRecord>(line, Options) ?? throw new JsonException("null event record");

    /// <summary>Writes the records to a file, replacing it atomically so a reader never sees half a file.</summary>
    public static int Write(string path, IEnumerable<EventRecord> records)
    {
        using var writer = new EventJsonlWriter(path);
        foreach (var record in records) writer.Write(record);
        writer.Commit();
        return writer.Count;
    }

    public static IEnumerable<EventRecord> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(Deserialize);
}

/// <summary>
/// Streams event records into a temporary file beside the target and moves it into place on
/// <see cref="Commit"/>, so an interrupted run leaves the previous events.jsonl intact.
/// </summary>
public sealed class EventJsonlWriter : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly StreamWriter _writer;
    private bool _committed;

    public EventJsonlWriter(string path)
    {
        _path = path;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _temporary = path + ".tmp";
        _writer = new StreamWriter(_temporary, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
    }

    public int Count { get; private set; }

    public void Write(EventRecord record)
    {
        _writer.WriteLine(EventJsonl.Serialize(record));
        Count++;
    }

    public void Commit()
    {
        _writer.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        _writer.Dispose();
        if (!_committed && File.Exists(_temporary)) File.Delete(_temporary);
    }
}
