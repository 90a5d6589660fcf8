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

    public void Walk(string root, PathStatus status)
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
            if (status.Kind != FileKind.Directory)
                _files.Add(child);
            else if (status.IsLink)
                _links.Enqueue(child);
            else if (!_walked.TryAdd(status.Id, child))
                // Only a bind mount makes a real folder appear twice.
                _problems.Add(new InputRefusal(NativePath.Display(child), null, $"folder loop: it is {NativePath.Display(_walked[status.Id])} again (a bind mount?); not followed"));
            else
                WalkFolder(child);
        }
    }

    private void Follow(string link)
    {
        var status = NativeFiles.Status(link);
        if (status.Kind != FileKind.Directory) return;
        if (LeadsToAHolder(link, status.Id))
        {
            // Followed, it would lead on forever (the input's own folder again, inside itself).
            _problems.Add(new InputRefusal(NativePath.Display(link), null,
                $"symbolic link loop: it points to {NativeFiles.LinkTarget(link)}, a folder that holds it; not followed"));
            return;
        }
        // A link to a folder walked elsewhere would only repeat files found under their own path: left out, and no problem.
        if (!_walked.TryAdd(status.Id, link)) return;
        WalkFolder(link);
    }

    /// <summary>
    /// Whether the link's target holds the link: one of the folders above it, by their real parents ("..", which the
    /// system resolves on the folder itself, not on the path's links), including those above the input folder.
    /// </summary>
    private static bool LeadsToAHolder(string link, (ulong, ulong) target)
    {
        var folder = Path.GetDirectoryName(link);
        if (string.IsNullOrEmpty(folder)) folder = ".";
        var last = (0UL, 0UL);
        // The root is its own parent; PATH_MAX (4096) bounds the climb in any case.
        for (int depth = 0; depth < 1400; depth++, folder += "/..")
        {
            var status = NativeFiles.Status(folder);
            if (status.Kind != FileKind.Directory || status.Id == last) return false;
            if (status.Id == target) return true;
            last = status.Id;
        }
        return false;
    }
}
