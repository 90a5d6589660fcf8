using Microsoft.Win32.SafeHandles;
using Mono.Unix;
using Mono.Unix.Native;

namespace Kronika.Documents;

/// <summary>What a path is, by stat(2) (symbolic links followed).</summary>
public enum FileKind { Missing, RegularFile, Directory, CharacterDevice, BlockDevice, Fifo, Socket, Other }

/// <summary>
/// One stat(2) of a path. <see cref="Problem"/> says why it cannot be read as an article, or is null for a regular file.
/// <see cref="Device"/> and <see cref="Inode"/> name a folder however many links lead to it, so a walk knows it again.
/// </summary>
public readonly record struct PathStatus(FileKind Kind, ulong Device, ulong Inode, long Size, bool IsLink, string? Problem)
{
    public (ulong, ulong) Id => (Device, Inode);
}

/// <summary>A folder's entry names, or why it could not be listed.</summary>
public readonly record struct FolderListing(IReadOnlyList<string> Names, string? Problem);

/// <summary>
/// The file system calls the reader makes, through Mono.Unix: .NET tells no file type (a FIFO, a device and a socket
/// all look like empty files, and /dev/zero has length 0), opening a FIFO blocks until a writer comes, and .NET cannot
/// list or open a name that is not UTF-8 (see <see cref="NativePath"/>).
/// </summary>
public static class NativeFiles
{
    public static PathStatus Status(string path)
    {
        var native = NativePath.ToNative(path);
        bool isLink = Syscall.lstat(native, out var link) == 0 && (link.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFLNK;
        if (Syscall.stat(native, out var stat) != 0)
        {
            var errno = Stdlib.GetLastError();
            var problem = errno switch
            {
                Errno.ENOENT when isLink => $"broken symbolic link (its target {LinkTarget(path)} does not exist)",
                Errno.ENOENT when path.Contains('\uFFFD') =>
                    "no such file or directory (its name reached Kronika with bytes that are not UTF-8, shown as U+FFFD; give its folder instead, whose files are opened by their bytes)",
                Errno.ENOENT or Errno.ENOTDIR => "no such file or directory",
                Errno.ELOOP => "symbolic link loop (too many levels of symbolic links)",
                _ => $"cannot read: {Describe(errno)}",
            };
            return new PathStatus(FileKind.Missing, 0, 0, 0, isLink, problem);
        }
        var kind = KindOf(stat.st_mode);
        return new PathStatus(kind, stat.st_dev, stat.st_ino, stat.st_size, isLink,
            kind == FileKind.RegularFile ? null : kind == FileKind.Directory ? "is a directory" : $"not a regular file ({KindName(kind)})");
    }

    /// <summary>
    /// Opens a regular file for reading. It is opened without blocking (a FIFO put in its place since <see cref="Status"/>
    /// would otherwise wait for a writer forever) and its type is checked again on the open handle.
    /// </summary>
    /// <exception cref="UnreadableFileException">The message says why, as a refusal reason does.</exception>
    public static FileStream OpenRead(string path)
    {
        int fd = Syscall.open(NativePath.ToNative(path), OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC | OpenFlags.O_NOCTTY);
        if (fd < 0)
            throw new UnreadableFileException($"cannot read: {Describe(Stdlib.GetLastError())}");
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (Syscall.fstat(fd, out var stat) != 0)
        {
            var errno = Stdlib.GetLastError();
            handle.Dispose();
            throw new UnreadableFileException($"cannot read: {Describe(errno)}");
        }
        if (KindOf(stat.st_mode) is var kind && kind != FileKind.RegularFile)
        {
            handle.Dispose();
            throw new UnreadableFileException($"not a regular file ({KindName(kind)})");
        }
        // O_NONBLOCK changes nothing for a regular file: reads block on the disk as usual.
        return new FileStream(handle, FileAccess.Read, bufferSize: 0);
    }

    /// <summary>The names in a folder, "." and ".." left out, in no order.</summary>
    public static FolderListing List(string folder)
    {
        var dir = Syscall.opendir(NativePath.ToNative(folder));
        if (dir == IntPtr.Zero)
            return new([], Describe(Stdlib.GetLastError()));
        try
        {
            var names = new List<string>();
            while (Syscall.readdir(dir) is { } entry)
                if (entry.d_name is not ("." or ".."))
                    names.Add(NativePath.FromNative(entry.d_name));
            return new(names, null);
        }
        finally
        {
            Syscall.closedir(dir);
        }
    }

    public static string KindName(FileKind kind) => kind switch
    {
        FileKind.RegularFile => "regular file",
        FileKind.Directory => "directory",
        FileKind.CharacterDevice => "character device",
        FileKind.BlockDevice => "block device",
        FileKind.Fifo => "FIFO",
        FileKind.Socket => "socket",
        FileKind.Missing => "missing",
        _ => "special file",
    };

    private static FileKind KindOf(FilePermissions mode) => (mode & FilePermissions.S_IFMT) switch
    {
        FilePermissions.S_IFREG => FileKind.RegularFile,
        FilePermissions.S_IFDIR => FileKind.Directory,
        FilePermissions.S_IFCHR => FileKind.CharacterDevice,
        FilePermissions.S_IFBLK => FileKind.BlockDevice,
        FilePermissions.S_IFIFO => FileKind.Fifo,
        FilePermissions.S_IFSOCK => FileKind.Socket,
        _ => FileKind.Other,
    };

    /// <summary>What a symbolic link points to, as written in it, for messages.</summary>
    public static string LinkTarget(string link)
    {
        try { return NativePath.Display(NativePath.FromNative(new UnixSymbolicLinkInfo(NativePath.ToNative(link)).ContentsPath)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { return "(unreadable)"; }
    }

    /// <summary>"permission denied": strerror(3), lower-cased to sit inside a sentence.</summary>
    private static string Describe(Errno errno)
    {
        var text = UnixMarshal.GetErrorDescription(errno);
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}

/// <summary>A file <see cref="NativeFiles"/> would not open; the message is the refusal's reason ("cannot read: permission denied").</summary>
public sealed class UnreadableFileException(string reason) : IOException(reason);
