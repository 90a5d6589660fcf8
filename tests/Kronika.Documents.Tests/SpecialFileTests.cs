using System.Net.Sockets;
using static Kronika.Documents.Tests.ReaderTestFiles;

namespace Kronika.Documents.Tests;

/// <summary>
/// What is no regular file is refused by its type before it is opened (devices, FIFOs, sockets, broken links); folder
/// walks end on link loops and go on past folders they cannot list; names that are not UTF-8 are read by their bytes.
/// Every read here runs under a time limit: the old reader hung or ran out of memory on each of these.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private const string English = "Turkey on Monday accused Greece of violating its airspace.";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string[] Documents(List<ReadItem> items) => items.Where(i => i.Document is not null).Select(i => i.Document!.Name).ToArray();

    private static string ReasonFor(List<ReadItem> items, string path) => Assert.Single(items, i => i.Refusal?.Path == path).Refusal!.Reason;

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_txt_link_to_a_character_device_is_refused_by_type_and_never_read(string device)
    {
        _folder.Write("good.txt", English);
        var link = Path.Combine(_folder.Path, "device.txt");
        File.CreateSymbolicLink(link, device);
        var items = ReadWithin(20, _folder.Path);
        Assert.Equal("not a regular file (character device)", ReasonFor(items, link));
        Assert.Equal(["good.txt"], Documents(items));
        // Named directly, and as a compressed or JSON Lines file, it is refused the same way.
        foreach (var name in new[] { "device.txt.gz", "device.jsonl" })
        {
            var other = Path.Combine(_folder.Path, "direct", name);
            Directory.CreateDirectory(Path.GetDirectoryName(other)!);
            File.CreateSymbolicLink(other, device);
            Assert.Equal("not a regular file (character device)", Assert.Single(ReadWithin(20, other)).Refusal!.Reason);
        }
    }

    [Fact]
    public void A_fifo_is_refused_by_type_and_never_opened()
    {
        _folder.Write("good.txt", English);
        var fifo = Path.Combine(_folder.Path, "pipe.txt");
        Mkfifo(fifo);
        var items = ReadWithin(20, _folder.Path);
        Assert.Equal("not a regular file (FIFO)", ReasonFor(items, fifo));
        Assert.Equal(["good.txt"], Documents(items));
        Assert.Throws<UnreadableFileException>(() => NativeFiles.OpenRead(fifo).Dispose());
    }

    [Fact]
    public void A_fifo_named_as_a_manifest_is_refused_not_waited_for()
    {
        _folder.Write("good.txt", English);
        Mkfifo(Path.Combine(_folder.Path, "metadata.csv"));
        var items = ReadWithin(20, _folder.Path);
        Assert.Equal("cannot read the manifest: not a regular file (FIFO)", ReasonFor(items, Path.Combine(_folder.Path, "metadata.csv")));
        Assert.Equal(["good.txt"], Documents(items));
    }

    [Fact]
    public void A_socket_is_refused_by_type()
    {
        var path = Path.Combine(_folder.Path, "socket.txt");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        Assert.Equal("not a regular file (socket)", ReasonFor(ReadWithin(20, _folder.Path), path));
    }

    [Fact]
    public void A_broken_link_is_refused_with_its_target()
    {
        var link = Path.Combine(_folder.Path, "gone.txt");
        File.CreateSymbolicLink(link, "nowhere.txt");
        Assert.Equal("broken symbolic link (its target nowhere.txt does not exist)", ReasonFor(ReadWithin(20, _folder.Path), link));
    }

    [Fact]
    public void A_link_to_a_regular_file_is_read()
    {
        var target = _folder.Write("real/article.txt", English);
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "link.txt"), target);
        Assert.Equal(["article.txt", "link.txt"], Documents(ReadWithin(20, _folder.Path)).Order().ToArray());
    }

    [Fact]
    public void Symbolic_link_loops_are_refused_once_each_and_the_walk_ends()
    {
        _folder.Write("a/one.txt", English);
        _folder.Write("b/two.txt", "Athens rejected the accusation.");
        var up = Path.Combine(_folder.Path, "a", "up");
        var self = Path.Combine(_folder.Path, "a", "self");
        var outside = Path.Combine(_folder.Path, "b", "outside");
        Directory.CreateSymbolicLink(up, "..");
        Directory.CreateSymbolicLink(self, ".");
        // Above the input folder: the folder that holds the input, which holds the link too.
        Directory.CreateSymbolicLink(outside, Path.GetDirectoryName(_folder.Path)!);
        // A link to a folder walked anyway is no loop: its files are read once, under their own path.
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "b", "to-a"), Path.Combine(_folder.Path, "a"));
        var items = ReadWithin(30, _folder.Path);
        Assert.Equal(["one.txt", "two.txt"], Documents(items));
        Assert.Equal("symbolic link loop: it points to .., a folder that holds it; not followed", ReasonFor(items, up));
        Assert.Equal("symbolic link loop: it points to ., a folder that holds it; not followed", ReasonFor(items, self));
        Assert.Equal($"symbolic link loop: it points to {Path.GetDirectoryName(_folder.Path)}, a folder that holds it; not followed", ReasonFor(items, outside));
        Assert.Equal(3, items.Count(i => i.Refusal is not null));
    }

    [Fact]
    public void A_link_to_a_folder_outside_the_input_is_followed()
    {
        using var elsewhere = new TempFolder();
        elsewhere.Write("far.txt", English);
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "linked"), elsewhere.Path);
        Assert.Equal(["far.txt"], Documents(ReadWithin(20, _folder.Path)));
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_refused_and_the_rest_is_read()
    {
        _folder.Write("good.txt", English);
        _folder.Write("locked/secret.txt", "Athens rejected the accusation.");
        _folder.Write("locked/deeper/more.txt", "Athens rejected the accusation again.");
        var locked = Path.Combine(_folder.Path, "locked");
        // Tests run as root, whom chmod 000 denies nothing: the folder is denied by the listing (the CLI test denies it for real).
        var reader = new DocumentReader(new ReaderOptions
        {
            ListFolder = folder => folder == locked ? new FolderListing([], "permission denied") : NativeFiles.List(folder),
        });
        var items = ReadWithin(20, reader, _folder.Path);
        Assert.Equal($"{locked}: cannot list the folder (permission denied); its files are skipped", Assert.Single(items, i => i.Refusal is not null).Refusal!.ToString());
        Assert.Equal(["good.txt"], Documents(items));
    }

    [Fact]
    public void The_real_listing_says_why_a_folder_cannot_be_listed()
    {
        Assert.Equal("no such file or directory", NativeFiles.List(Path.Combine(_folder.Path, "none")).Problem?.ToLowerInvariant());
        Assert.Equal("not a directory", NativeFiles.List(_folder.Write("file.txt", English)).Problem?.ToLowerInvariant());
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_read_by_its_bytes_and_shown_with_the_byte()
    {
        WriteWithByteFF(_folder.Path, "caf", ".txt", English);
        WriteWithByteFF(_folder.Path, "blob", ".bin", "\u0001\u0002\u0003\u0004");
        var items = ReadWithin(20, _folder.Path);
        var document = Assert.Single(items, i => i.Document is not null).Document!;
        Assert.Equal(("caf\\xFF.txt", English), (document.Name, document.Text));
        var refusal = Assert.Single(items, i => i.Refusal is not null).Refusal!;
        Assert.Equal((Path.Combine(_folder.Path, "blob\\xFF.bin"), "binary content (not a text, HTML or JSON Lines file)"), (refusal.Path, refusal.Reason));
    }

    [Fact]
    public void A_name_that_lost_its_bytes_before_reaching_kronika_is_refused_with_that_reason()
    {
        // What .NET makes of an argument holding the byte 0xFF: U+FFFD, a name no file has.
        WriteWithByteFF(_folder.Path, "caf", ".txt", English);
        var item = Assert.Single(ReadWithin(20, Path.Combine(_folder.Path, "caf\uFFFD.txt")));
        Assert.StartsWith("no such file or directory (its name reached Kronika with bytes that are not UTF-8", item.Refusal!.Reason);
    }

    [Fact]
    public void Raw_bytes_in_paths_map_to_mono_form_and_back()
    {
        const string path = "/a/b\uDCFF\uDCC3(x";
        Assert.Equal("/a/b\0\u00FF\0\u00C3(x", NativePath.ToNative(path));
        Assert.Equal(path, NativePath.FromNative(NativePath.ToNative(path)));
        Assert.Equal("/a/b\\xFF\\xC3(x", NativePath.Display(path));
        Assert.Equal("/plain/é.txt", NativePath.Display("/plain/é.txt"));
    }
}
