namespace Kronika.Documents.Tests;

/// <summary>Metadata manifests: which files they apply to, what they give, and how each kind of bad manifest is reported.</summary>
public class ManifestTests
{
    private const string Article = "Turkey and Greece held talks on Monday.\n";

    private static List<ReadItem> Read(ReaderOptions options, params string[] paths) => new DocumentReader(options).Read(paths).ToList();

    private static List<ReadItem> Read(params string[] paths) => Read(new ReaderOptions(), paths);

    private static SourceDocument Document(List<ReadItem> items, string name) => items.Single(i => i.Document?.Name == name).Document!;

    private static List<string> Refusals(List<ReadItem> items) => items.Where(i => i.Refusal is not null).Select(i => i.Refusal!.ToString()).ToList();

    [Fact]
    public void A_csv_manifest_in_the_input_folder_gives_every_field_and_is_not_read_as_an_article()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        folder.Write("b.txt", Article + "Athens welcomed the talks.\n");
        folder.Write("metadata.csv", "file,date,url,source,title,author\n" +
            "a.txt,2004-08-09,https://example.com/a,Example Wire,\"Talks, at last\",Jane Doe\n");
        var items = Read(folder.Path);
        Assert.Equal(["a.txt", "b.txt"], items.Select(i => i.Document?.Name ?? "(no document)").ToArray());
        var a = Document(items, "a.txt");
        Assert.Equal(PartialDate.OfDay(2004, 8, 9), a.PublicationDate);
        Assert.Equal(DateBasis.Metadata, a.PublicationDateBasis);
        Assert.Equal("metadata.csv:2", a.PublicationDateEvidence);
        Assert.Equal(("https://example.com/a", "Example Wire", "Talks, at last", "Jane Doe"), (a.Url, a.SiteName, a.Title, a.Author));
        Assert.Null(Document(items, "b.txt").PublicationDate);
        Assert.Empty(Refusals(items));
    }

    [Fact]
    public void A_json_lines_manifest_gives_dates_as_text_numbers_or_date_times()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        folder.Write("b.txt", Article + "More.\n");
        folder.Write("metadata.jsonl", "{\"file\": \"a.txt\", \"date\": \"2024-09-18T23:30:00Z\", \"source\": \"Newsweek\"}\n\n{\"file\": \"b.txt\", \"date\": 2024}\n");
        var items = Read(folder.Path);
        Assert.Equal(2, items.Count);
        Assert.Equal((PartialDate.OfDay(2024, 9, 18), "Newsweek", "metadata.jsonl:1"), (Document(items, "a.txt").PublicationDate, Document(items, "a.txt").SiteName, Document(items, "a.txt").PublicationDateEvidence));
        Assert.Equal(PartialDate.OfYear(2024), Document(items, "b.txt").PublicationDate);
    }

    [Fact]
    public void A_folder_manifest_applies_to_its_folder_and_below_and_the_nearest_one_wins()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        folder.Write("lexis/a.txt", Article + "Lexis copy.\n");
        folder.Write("lexis/deep/c.txt", Article + "Deeper.\n");
        folder.Write("metadata.csv", "file,date\na.txt,2001\nlexis/deep/c.txt,2003\n");
        folder.Write("lexis/metadata.csv", "file,date\na.txt,2002\nc.txt,2004\n");
        var items = Read(folder.Path);
        Assert.Equal(3, items.Count(i => i.Document is not null));
        Assert.Equal(PartialDate.OfYear(2001), items.Single(i => i.Document?.Text == Article).Document!.PublicationDate);
        Assert.Equal(PartialDate.OfYear(2002), items.Single(i => i.Document?.Text.Contains("Lexis") == true).Document!.PublicationDate);
        // The bare name "c.txt" in lexis/metadata.csv is nearer than the path in the top manifest.
        Assert.Equal(PartialDate.OfYear(2004), Document(items, "c.txt").PublicationDate);
        Assert.Empty(Refusals(items));
    }

    [Fact]
    public void An_explicit_manifest_elsewhere_matches_relative_paths_and_bare_names_and_outranks_the_folder_manifest()
    {
        using var folder = new TempFolder();
        folder.Write("corpus/a.txt", Article);
        folder.Write("corpus/sub/b.txt", Article + "Second.\n");
        folder.Write("corpus/metadata.csv", "file,date\na.txt,2001\n");
        var manifest = folder.Write("meta/dates.csv", "file,date\n../corpus/a.txt,2010-05\nb.txt,2011-06-07\n");
        var items = Read(new ReaderOptions { Metadata = manifest }, Path.Combine(folder.Path, "corpus"));
        Assert.Equal((PartialDate.OfMonth(2010, 5), "dates.csv:2"), (Document(items, "a.txt").PublicationDate, Document(items, "a.txt").PublicationDateEvidence));
        Assert.Equal(PartialDate.OfDay(2011, 6, 7), Document(items, "b.txt").PublicationDate);
        Assert.Empty(Refusals(items));
    }

    [Fact]
    public void An_explicit_manifest_inside_an_input_folder_is_not_an_article()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        var manifest = folder.Write("dates.csv", "file,date\na.txt,2005\n");
        var items = Read(new ReaderOptions { Metadata = manifest }, folder.Path);
        Assert.Equal(PartialDate.OfYear(2005), Assert.Single(items).Document!.PublicationDate);
    }

    [Fact]
    public void Files_named_one_by_one_take_the_manifest_beside_them()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.txt", Article);
        var manifest = folder.Write("metadata.csv", "file,date\na.txt,2006\n");
        // As a shell glob (corpus/*) passes them: the manifest among the files is no article either.
        var items = Read(a, manifest);
        Assert.Equal(PartialDate.OfYear(2006), Assert.Single(items).Document!.PublicationDate);
    }

    [Fact]
    public void Without_folder_manifests_nothing_is_applied_and_the_manifest_is_still_no_article()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        folder.Write("metadata.csv", "file,date,title\na.txt,2004-08-09,Given\n");
        var document = Assert.Single(Read(new ReaderOptions { FolderMetadata = false }, folder.Path)).Document!;
        Assert.Null(document.PublicationDate);
        Assert.Null(document.Title);
        Assert.Equal(DateBasis.None, document.PublicationDateBasis);
    }

    [Fact]
    public void Metadata_outranks_the_date_title_and_author_the_text_states_and_the_cleaner_keeps_them()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Russia and Georgia resume talks\n\nBy John Smith\n\nMOSCOW, March 2, 2011 (Reuters) - Russia and Georgia resumed talks.\n\n" +
            "This content was published on May 19, 2009 - 15:45\n\nCopyright 2008 Example.\n");
        folder.Write("metadata.csv", "file,date,title,author\na.txt,2010-01,Talks resume,Jane Doe\n");
        var document = Assert.Single(Read(folder.Path)).Document!;
        DocumentCleaner.LoadDefault().Apply(document);
        Assert.Equal((PartialDate.OfMonth(2010, 1), DateBasis.Metadata, "metadata.csv:2"), (document.PublicationDate, document.PublicationDateBasis, document.PublicationDateEvidence));
        Assert.Equal(("Talks resume", "Jane Doe"), (document.Title, document.Author));
    }

    [Fact]
    public void Json_lines_inputs_keep_their_own_metadata_and_a_row_naming_one_is_reported()
    {
        using var folder = new TempFolder();
        folder.Write("feed.jsonl", "{\"text\": \"Peru protested.\", \"date\": \"2019-04-02\"}\n{\"text\": \"Chile protested.\", \"date\": \"9999-12-31\"}\n");
        folder.Write("metadata.csv", "file,date\nfeed.jsonl,2001\n");
        var items = Read(folder.Path);
        Assert.Equal(PartialDate.OfDay(2019, 4, 2), Document(items, "feed.jsonl:1").PublicationDate);
        // A placeholder date in a record is no date (later stages would compute past the calendar's end).
        Assert.Null(Document(items, "feed.jsonl:2").PublicationDate);
        Assert.StartsWith($"{Path.Combine(folder.Path, "metadata.csv")}:2: \"feed.jsonl\" is a JSON Lines file", Assert.Single(Refusals(items)));
    }
}
