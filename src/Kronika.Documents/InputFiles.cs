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

    private InputFiles(IReadOnlyList<string> articles, IReadOnlyList<string> manifests, string? explicitManifest, IReadOnlyList<InputRefusal> problems)
    {
        Articles = articles;
        Manifests = manifests;
        ExplicitManifest = explicitManifest;
        Problems = problems;
    }

    /// <summary>
    /// The article inputs. A name found in a folder that is not UTF-8 keeps its bytes (see <see cref="NativePath"/>):
    /// show it with <see cref="NativePath.Display"/>.
    /// </summary>
    public IReadOnlyList<string> Articles { get; }

    /// <summary>What the folder walks could not follow: folders that cannot be listed, symbolic link loops.</summary>
    public IReadOnlyList<InputRefusal> Problems { get; }

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
        var problems = new List<InputRefusal>();
        foreach (var path in paths)
        {
            var status = path == DocumentReader.StdinPath ? default : NativeFiles.Status(path);
            if (status.Kind != FileKind.Directory)
            {
                if (status.Kind == FileKind.RegularFile)
                {
                    Add(path);
                    // A shell glob (corpus/*.txt) names the files one by one: their folder's manifest still applies.
                    var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
                    if (options.FolderMetadata && foldersLooked.Add(folder))
                        foreach (var name in ManifestNames)
                            if (File.Exists(Path.Combine(folder, name))) AddManifest(Path.Combine(Path.GetDirectoryName(path) ?? "", name));
                }
                // Standard input, and what is no file to read (missing, a FIFO, a device): the reader says which.
                else articles.Add(path);
                continue;
            }
            var walk = new FolderWalk(options.ListFolder ?? NativeFiles.List);
            walk.Walk(path, status);
            problems.AddRange(walk.Problems);
            foreach (var f in walk.Files.Order(StringComparer.Ordinal)) Add(f);
        }
        return new InputFiles(articles, manifests, options.Metadata, problems);
    }
}
