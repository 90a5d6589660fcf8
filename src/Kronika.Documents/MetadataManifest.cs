namespace Kronika.Documents;

/// <summary>
/// What one manifest row says of the file it names. <see cref="Origin"/> ("metadata.csv:2") is where it was read,
/// shown as the evidence of the publication date it gives.
/// </summary>
public sealed record ManifestRow(string File, string Origin, PartialDate? Date, string? Url, string? Source, string? Title, string? Author)
{
    /// <summary>Sets what the row gives; it outranks what the file itself says, and the stages after reading keep it.</summary>
    public void ApplyTo(SourceDocument document)
    {
        if (Title is not null) (document.Title, document.TitleBasis) = (Title, Origin);
        if (Url is not null) (document.Url, document.UrlBasis) = (Url, Origin);
        if (Source is not null) (document.SiteName, document.SiteNameBasis) = (Source, Origin);
        if (Author is not null) (document.Author, document.AuthorBasis) = (Author, Origin);
        if (Date is { } date)
        {
            document.PublicationDate = date;
            document.PublicationDateBasis = DateBasis.Metadata;
            document.PublicationDateEvidence = Origin;
        }
    }
}

/// <summary>
/// A metadata manifest: a CSV file with a header or a JSON Lines file whose rows give the date, address, source, title
/// and author of the plain-text files they name (exports from LexisNexis or Factiva, scrapers that save .txt). A row's
/// `file` is a path relative to the manifest's folder, or a bare file name, which also matches a file of that name
/// anywhere the manifest applies. Every problem is a <see cref="Notes"/> entry naming the manifest and its line.
/// </summary>
public sealed class MetadataManifest
{
    private readonly Dictionary<string, ManifestRow> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ManifestRow> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<ManifestRow> _used = [];
    private readonly List<ReadItem> _notes = [];
    private readonly Dictionary<ManifestRow, int> _lines = [];

    private MetadataManifest(string path)
    {
        Path = path;
        Folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
    }

    /// <summary>The manifest's path as it was given or found.</summary>
    public string Path { get; }

    /// <summary>The full path of the folder its relative `file` paths start from.</summary>
    public string Folder { get; }

    /// <summary>What reading the manifest found wrong: refusals (a row or field not used) and warnings.</summary>
    public IReadOnlyList<ReadItem> Notes => _notes;

    public int Rows => _byPath.Count;

    /// <summary>A manifest is read whole; a million rows take about 100 MB, so this is far above any real one.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    public static bool IsJsonLines(string path, string text)
    {
        var ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson") return true;
        if (ext == ".csv") return false;
        return text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{');
    }

    /// <summary>Reads a manifest; an unreadable one has no rows and one note saying why.</summary>
    public static MetadataManifest Load(string path)
    {
        var manifest = new MetadataManifest(path);
        var notes = new List<ManifestNote>();
        byte[] bytes;
        try
        {
            // Opened as articles are (a FIFO or /dev/zero named metadata.csv is refused by type) and read up to a limit.
            using var file = NativeFiles.OpenRead(path);
            if (!BoundedRead.TryReadAll(file, MaxBytes, out bytes))
            {
                manifest.Note(new ManifestNote(null, $"manifest too large (over {MaxBytes:N0} bytes)"));
                return manifest;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            const string prefix = "cannot read: ";
            var why = e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message;
            manifest.Note(new ManifestNote(null, $"cannot read the manifest: {why}"));
            return manifest;
        }
        // Spreadsheets save manifests in the system's code page as often as in UTF-8: decode them as articles are.
        if (!TextDecoder.TryDecode(bytes, out var decoded, out var problem) || string.IsNullOrWhiteSpace(decoded.Text))
        {
            manifest.Note(new ManifestNote(null, bytes.Length == 0 || problem.Length == 0 ? "empty manifest" : $"unreadable manifest: {problem}"));
            return manifest;
        }
        var records = IsJsonLines(path, decoded.Text) ? ManifestTable.ReadJsonLines(decoded.Text, notes) : ManifestTable.ReadCsv(decoded.Text, notes);
        foreach (var record in records)
            manifest.Add(record, notes);
        foreach (var note in notes.OrderBy(n => n.Line ?? 0))
            manifest.Note(note);
        return manifest;
    }

    private void Note(ManifestNote note)
    {
        var entry = new InputRefusal(Path, note.Line, note.Reason);
        _notes.Add(note.IsWarning ? ReadItem.Warned(entry) : ReadItem.Refused(entry));
    }

    private void Add(ManifestRecord record, List<ManifestNote> notes)
    {
        var values = record.Values;
        if (!values.TryGetValue("file", out var file))
        {
            notes.Add(new ManifestNote(record.Line, "no file named (the \"file\" field is empty); the row is skipped"));
            return;
        }
        // Exports made on Windows write "folder\file.txt".
        file = file.Replace('\\', '/');
        if (InputFiles.IsJsonLines(file))
        {
            notes.Add(new ManifestNote(record.Line, $"\"{file}\" is a JSON Lines file, whose records carry their own metadata; a row applies to a file that is one article, so it is skipped"));
            return;
        }
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder, file));
        bool bare = !file.Contains('/');
        if (!bare && !File.Exists(full))
        {
            notes.Add(new ManifestNote(record.Line, $"no such file \"{file}\" (looked for {full}); the row is not used"));
            return;
        }
        if (_byPath.TryGetValue(full, out var first))
        {
            notes.Add(new ManifestNote(record.Line, $"a second row for \"{file}\" (the first is line {_lines[first]}); it is skipped"));
            return;
        }
        PartialDate? date = null;
        if (values.TryGetValue("date", out var dateText))
        {
            if (MetadataDate.TryParse(dateText, out var parsed, out var problem)) date = parsed;
            else notes.Add(new ManifestNote(record.Line, $"bad date \"{dateText}\" ({problem}); the row's other fields apply"));
        }
        var row = new ManifestRow(file, $"{System.IO.Path.GetFileName(Path)}:{record.Line}", date,
            values.GetValueOrDefault("url"), values.GetValueOrDefault("source"), values.GetValueOrDefault("title"), values.GetValueOrDefault("author"));
        _byPath[full] = row;
        _lines[row] = record.Line;
        if (bare) _byName.TryAdd(file, row);
    }

    /// <summary>The row for a file (its full path): the one naming its path, else one naming its bare name.</summary>
    public ManifestRow? Find(string fullPath)
    {
        if (!_byPath.TryGetValue(fullPath, out var row) && !_byName.TryGetValue(System.IO.Path.GetFileName(fullPath), out row))
            return null;
        _used.Add(row);
        return row;
    }

    /// <summary>
    /// The rows with a bare name that matched no input and name no file beside the manifest, once reading is done:
    /// a file missing from the corpus, or misspelled.
    /// </summary>
    public IEnumerable<ReadItem> Unmatched()
    {
        foreach (var (full, row) in _byPath)
            if (!_used.Contains(row) && !row.File.Contains('/') && !File.Exists(full))
                yield return ReadItem.Refused(new InputRefusal(Path, _lines[row], $"no such file \"{row.File}\" beside the manifest or among the inputs; the row is not used"));
    }
}
