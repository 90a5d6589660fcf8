namespace Kronika.Documents;

/// <summary>
/// The manifests of one read of inputs and which applies to a file: the manifest the options name first (the user
/// asked for it), then the manifest of the file's nearest folder that has a row for it. One row gives all of a
/// file's metadata; rows of different manifests are not merged.
/// </summary>
public sealed class ManifestCatalog
{
    private readonly MetadataManifest? _explicit;
    private readonly List<MetadataManifest> _folders;

    private ManifestCatalog(MetadataManifest? explicitManifest, List<MetadataManifest> folders)
    {
        _explicit = explicitManifest;
        // Deepest folder first, so that the nearest manifest is asked first.
        _folders = folders.OrderByDescending(m => m.Folder.Length).ToList();
    }

    public static ManifestCatalog Load(InputFiles inputs) =>
        new(inputs.ExplicitManifest is { } path ? MetadataManifest.Load(path) : null, inputs.Manifests.Select(MetadataManifest.Load).ToList());

    /// <summary>What reading the manifests found wrong, the named manifest's first.</summary>
    public IEnumerable<ReadItem> Notes => (_explicit is null ? [] : _explicit.Notes).Concat(_folders.OrderBy(m => m.Path, StringComparer.Ordinal).SelectMany(m => m.Notes));

    /// <summary>Applies the row for the file a document was read from, if a manifest has one.</summary>
    public void Apply(string path, SourceDocument document)
    {
        if (path == DocumentReader.StdinPath) return;
        var full = Path.GetFullPath(path);
        var row = _explicit?.Find(full);
        foreach (var manifest in _folders)
        {
            if (row is not null) break;
            if (full.StartsWith(manifest.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                row = manifest.Find(full);
        }
        row?.ApplyTo(document);
    }

    /// <summary>Rows that named no file, known once every input is read.</summary>
    public IEnumerable<ReadItem> Unmatched() =>
        (_explicit is null ? [] : _explicit.Unmatched()).Concat(_folders.OrderBy(m => m.Path, StringComparer.Ordinal).SelectMany(m => m.Unmatched()));
}
