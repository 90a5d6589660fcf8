namespace Kronika.Documents;

/// <summary>
/// What a command's paths stand for: the article files to read, in a repeatable order (directories recursively,
/// sorted, hidden files skipped; "-" for standard input), and the metadata manifests found among them. A file named
/// metadata.csv, metadata.jsonl or metadata.ndjson is a manifest, never an article, and so is the manifest given
/// with <see cref="ReaderOptions.Metadata"/>; a manifest applies to the files of its folder and the folders under it,
/// and is looked for in every input folder (and those under it) and beside every input file.
/// </summary>
public sealed class InputFiles
{
    public static readonly string[] ManifestNames = ["metadata.csv", "metadata.jsonl", "metadata.ndjson"];

    private InputFiles(IReadOnlyList<string> articles, IReadOnlyList<string> manifests, string? explicitManifest)
    {
        Articles = articles;
        Manifests = manifests;
        ExplicitManifest = explicitManifest;
    }

    public IReadOnlyList<string> Articles { get; }

    /// <summary>The manifests found in the input folders and beside input files; empty when the options turn them off.</summary>
    public IReadOnlyList<string> Manifests { get; }

    /// <summary>The manifest the options name, which applies to every input.</summary>
    public string? ExplicitManifest { get; }

    public static bool IsManifestName(string path) =>
        ManifestNames.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a file is read as JSON Lines, one article a line (.jsonl, .ndjson, either gzip-compressed).</summary>
    public static bool IsJsonLines(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
    }

    public static InputFiles Find(IEnumerable<string> paths, ReaderOptions options)
    {
        var explicitFull = options.Metadata is { } m ? Path.GetFullPath(m) : null;
        var articles = new List<string>();
        var manifests = new List<string>();
        var manifestSet = new HashSet<string>(StringComparer.Ordinal);
        var foldersLooked = new HashSet<string>(StringComparer.Ordinal);
        void AddManifest(string manifest)
        {
            var full = Path.GetFullPath(manifest);
            if (options.FolderMetadata && full != explicitFull && manifestSet.Add(full)) manifests.Add(manifest);
        }
        void Add(string file)
        {
            if (IsManifestName(file)) AddManifest(file);
            else if (Path.GetFullPath(file) != explicitFull) articles.Add(file);
        }
        foreach (var path in paths)
        {
            if (path == DocumentReader.StdinPath || !Directory.Exists(path))
            {
                if (path != DocumentReader.StdinPath && File.Exists(path))
                {
                    Add(path);
                    // A shell glob (corpus/*.txt) names the files one by one: their folder's manifest still applies.
                    var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
                    if (options.FolderMetadata && foldersLooked.Add(folder))
                        foreach (var name in ManifestNames)
                            if (File.Exists(Path.Combine(folder, name))) AddManifest(Path.Combine(Path.GetDirectoryName(path) ?? "", name));
                }
                else articles.Add(path);
                continue;
            }
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .OrderBy(f => f, StringComparer.Ordinal);
            foreach (var f in files) Add(f);
        }
        return new InputFiles(articles, manifests, options.Metadata);
    }
}
