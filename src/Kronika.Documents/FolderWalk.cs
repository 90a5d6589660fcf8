namespace Kronika.Documents;

/// <summary>
/// Walks one input folder and the folders under it for files, hidden entries (".name") left out. Each folder is walked
/// once, known by its device and inode however it is reached: a symbolic link back into a folder that holds it is
/// refused as a loop instead of being followed forever, and a folder that cannot be listed is refused and skipped
/// while the walk goes on. Symbolic links to folders are followed after every real folder, so that a file inside the
/// input keeps its own path rather than one through a link. Every entry that is not a folder is a file for the reader,
/// which tells a regular file from a device, a FIFO or a broken link.
/// </summary>
internal sealed class FolderWalk(Func<string, FolderListing> list)
{
    private readonly Dictionary<(ulong, ulong), string> _walked = [];
    private readonly Queue<string> _links = new();
    private readonly List<string> _files = [];
    private readonly List<InputRefusal> _problems = [];

    /// <summary>Files found, in no order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>Folders not walked, each with its reason.</summary>
    public IReadOnlyList<InputRefusal> Problems => _problems;

    public void Walk(string root, EntryStatus status)
    {
        _walked.TryAdd(status.Id, root);
        WalkFolder(root);
        while (_links.TryDequeue(out var link))
            Follow(link);
    }

    private void WalkFolder(string folder)
    {
        var listing = list(folder);
        if (listing.Problem is { } problem)
        {
            _problems.Add(new InputRefusal(NativePath.Display(folder), null, $"cannot list the folder ({problem}); its files are skipped"));
            return;
        }
        foreach (var name in listing.Names)
        {
            if (name.StartsWith('.')) continue;
            var child = Path.Combine(folder, name);
            var status = NativeFiles.Status(child);
            if (status.Kind != EntryKind.Directory)
                _files.Add(child);
            else if (status.IsLink)
                _links.Enqueue(child);
            else if (!_walked.TryAdd(status.Id, child))
                // Only a bind mount makes a real folder appear twice.
                _problems.Add(Loop(child, "folder loop", _walked[status.Id]));
            else
                WalkFolder(child);
        }
    }

    private void Follow(string link)
    {
        var status = NativeFiles.Status(link);
        if (status.Kind != EntryKind.Directory) return;
        if (_walked.TryGetValue(status.Id, out var walked))
        {
            // Back into a folder that holds the link, it would lead on forever. A link to a folder walked elsewhere only
            // repeats files already found under their own path: it is left out and needs no word.
            if (link.StartsWith(Path.TrimEndingDirectorySeparator(walked) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                _problems.Add(Loop(link, "symbolic link loop", walked));
            return;
        }
        _walked.Add(status.Id, link);
        WalkFolder(link);
    }

    private static InputRefusal Loop(string path, string what, string target) =>
        new(NativePath.Display(path), null, $"{what}: it leads back to {NativePath.Display(target)}, a folder that holds it; not followed");
}
