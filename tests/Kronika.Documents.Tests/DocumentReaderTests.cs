using System.Text;

namespace Kronika.Documents.Tests;

public class DocumentReaderTests
{
    private static List<ReadItem> ReadAll(params string[] paths) => new DocumentReader().Read(paths).ToList();

    [Fact]
    public void Reads_plain_text_keeping_the_exact_text()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", "Turkey and Greece held talks.\nAthens welcomed the move.");
        var item = Assert.Single(ReadAll(file));
        Assert.Null(item.Refusal);
        Assert.Equal("a.txt", item.Document!.Name);
        Assert.Equal("Turkey and Greece held talks.\nAthens welcomed the move.", item.Document.Text);
    }

    [Fact]
    public void Bad_files_are_refused_with_reasons_and_the_rest_are_read()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "India criticised Pakistan on Monday.");
        folder.Write("empty.txt", "");
        folder.Write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        folder.Write("junk.txt", [0x47, 0x72, 0xFF, 0xFE, 0x21]);
        folder.Write("feed.jsonl", "{\"text\": \"Chile recalled its ambassador.\"}\n{not json\n{\"title\": \"no body\"}\n[1,2]\n{\"body\": \"Peru protested.\", \"date\": \"2019-04-02\", \"source\": \"Andes Wire\", \"author\": \"R. Quispe\"}\n");

        var items = ReadAll(folder.Path);
        var refusals = items.Where(i => i.Refusal is not null).Select(i => i.Refusal!).ToList();
        var documents = items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();

        Assert.Equal(["feed.jsonl:1", "feed.jsonl:5", "good.txt"], documents.Select(d => d.Name).Where(n => n != "latin1.txt").Order().ToArray());
        Assert.Contains(refusals, r => r.Path.EndsWith("empty.txt") && r.Reason.Contains("empty"));
        Assert.Contains(refusals, r => r.Path.EndsWith("photo.png") && r.Reason.Contains("binary"));
        Assert.Contains(refusals, r => r.Path.EndsWith("junk.txt") && r.Reason.Contains("undecodable: invalid UTF-8 at byte 2"));
        Assert.Contains(refusals, r => r.Path.EndsWith("feed.jsonl") && r.Line == 2 && r.Reason.Contains("malformed JSON"));
        Assert.Contains(refusals, r => r.Line == 3 && r.Reason.Contains("no article text"));
        Assert.Contains(refusals, r => r.Line == 4 && r.Reason.Contains("expected a JSON object"));
        Assert.Equal(new PartialDate(2019, 4, 2, DatePrecision.Day), documents.Single(d => d.Name == "feed.jsonl:5").PublicationDate);
        Assert.Equal(("Andes Wire", "R. Quispe"), (documents.Single(d => d.Name == "feed.jsonl:5").SiteName, documents.Single(d => d.Name == "feed.jsonl:5").Author));
    }

    [Fact]
    public void A_records_title_is_the_articles_headline_line_unless_the_body_already_begins_with_it()
    {
        using var folder = new TempFolder();
        folder.Write("feed.jsonl", "{\"title\": \"Chile recalls envoy\", \"text\": \"Chile recalled its ambassador on Monday.\"}\n"
            + "{\"headline\": \"Peru protests\", \"text\": \"Peru protests\\n\\nPeru protested on Tuesday.\"}\n");

        var documents = ReadAll(folder.Path).Where(i => i.Document is not null).Select(i => i.Document!).OrderBy(d => d.Name).ToList();

        Assert.Equal("Chile recalls envoy\n\nChile recalled its ambassador on Monday.", documents[0].Text);
        Assert.Equal("Chile recalls envoy", documents[0].Title);
        Assert.Equal("Peru protests\n\nPeru protested on Tuesday.", documents[1].Text);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    [Fact]
    public void Gzip_compressed_files_are_read_by_their_inner_format()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt.gz", Gzip("Ghana recalled its envoy."));
        folder.Write("b.jsonl.gz", Gzip("{\"text\": \"Togo protested.\"}\n{oops\n"));
        folder.Write("c.html.gz", Gzip("<html><body><p>Benin welcomed the deal.</p></body></html>"));
        folder.Write("d.txt.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03]);
        var items = ReadAll(folder.Path);
        Assert.Equal(["Ghana recalled its envoy.", "Togo protested.", "Benin welcomed the deal."], items.Where(i => i.Document is not null).Select(i => i.Document!.Text).ToArray());
        Assert.Contains(items, i => i.Refusal is { Line: 2 } r && r.Reason.Contains("malformed JSON"));
        Assert.Contains(items, i => i.Refusal is { } r && r.Path.EndsWith("d.txt.gz") && r.Reason.Length > 0);
    }

    [Fact]
    public void Windows_code_pages_are_detected_and_mojibake_is_repaired()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var folder = new TempFolder();
        const string french = "Le président français a condamné l’attaque contre la délégation à Genève. Les négociations reprendront à l’été.";
        const string russian = "Министр иностранных дел России Сергей Лавров заявил, что Москва готова к переговорам с Тбилиси.";
        folder.Write("fr.txt", System.Text.Encoding.GetEncoding(1252).GetBytes(french));
        folder.Write("ru.txt", System.Text.Encoding.GetEncoding(1251).GetBytes(russian));
        folder.Write("moji.txt", "Russiaâ€™s envoy met Georgiaâ€™s minister in ZÃ¼rich. Café stays café.");
        Assert.True(TextDecoder.TryDecode(File.ReadAllBytes(Path.Combine(folder.Path, "fr.txt")), out var fr, out _));
        Assert.True(TextDecoder.TryDecode(File.ReadAllBytes(Path.Combine(folder.Path, "ru.txt")), out var ru, out _));
        Assert.Equal((french, "windows-1252"), (fr.Text, fr.Encoding));
        Assert.Equal((russian, "windows-1251"), (ru.Text, ru.Encoding));
        var docs = ReadAll(folder.Path).Where(i => i.Document is not null).Select(i => i.Document!).ToDictionary(d => d.Name);
        Assert.Equal(("Russia’s envoy met Georgia’s minister in Zürich. Café stays café.", 3), (docs["moji.txt"].Text, docs["moji.txt"].MojibakeRepairs));
    }

    [Fact]
    public void Articles_not_in_English_are_refused_with_the_reason()
    {
        using var folder = new TempFolder();
        folder.Write("ru.txt", "Министр иностранных дел России Сергей Лавров заявил в понедельник, что Москва готова к переговорам с Тбилиси о восстановлении дипломатических отношений, прерванных после войны в августе две тысячи восьмого года.");
        folder.Write("de.txt", "Die Bundesregierung hat am Montag die Botschafterin Russlands einbestellt, nachdem mehrere Diplomaten wegen Spionage ausgewiesen worden waren; Moskau kündigte Gegenmaßnahmen an und sprach von einer gezielten Provokation gegen die eigene Regierung.");
        folder.Write("en.txt", "The German government summoned Russia's ambassador on Monday after several diplomats were expelled for spying; Moscow announced countermeasures and spoke of a deliberate provocation against its government.");
        var items = ReadAll(folder.Path);
        Assert.Contains(items, i => i.Refusal is { } r && r.Path.EndsWith("ru.txt") && r.Reason.Contains("Cyrillic"));
        Assert.Contains(items, i => i.Refusal is { } r && r.Path.EndsWith("de.txt") && r.Reason.StartsWith("not English"));
        Assert.Contains(items, i => i.Document?.Name == "en.txt");
    }

    [Fact]
    public void Replacement_characters_are_kept_and_counted()
    {
        using var folder = new TempFolder();
        var doc = Assert.Single(ReadAll(folder.Write("r.txt", "Kenya � Uganda � talks."))).Document!;
        Assert.Equal(("Kenya � Uganda � talks.", 2), (doc.Text, doc.ReplacementCharacters));
    }

    [Fact]
    public void Oversized_files_are_refused()
    {
        using var folder = new TempFolder();
        var file = folder.Write("big.txt", new string('a', 2000));
        var item = Assert.Single(new DocumentReader(new ReaderOptions { MaxBytes = 1000 }).Read([file]));
        Assert.Contains("too large", item.Refusal!.Reason);
    }

    [Fact]
    public void Missing_paths_are_refused()
    {
        var item = Assert.Single(ReadAll("/nonexistent/kronika/file.txt"));
        Assert.Contains("no such file", item.Refusal!.Reason);
    }

    [Fact]
    public void Utf16_with_bom_and_utf8_with_bom_are_decoded()
    {
        using var folder = new TempFolder();
        var utf16 = folder.Write("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Kyiv condemned the strike.")]);
        var utf8 = folder.Write("u8.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Tbilisi’s envoy left.")]);
        var items = ReadAll(utf16, utf8);
        Assert.Equal("Kyiv condemned the strike.", items[0].Document!.Text);
        Assert.Equal("Tbilisi’s envoy left.", items[1].Document!.Text);
    }

    [Fact]
    public void Directories_are_read_recursively_in_order_and_hidden_files_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("b/2.txt", "Second.");
        folder.Write("a/1.txt", "First.");
        folder.Write(".hidden/3.txt", "Hidden.");
        var names = ReadAll(folder.Path).Select(i => i.Document!.Name).ToArray();
        Assert.Equal(["1.txt", "2.txt"], names);
    }

    [Fact]
    public void Html_gives_article_text_title_and_date_without_scripts_or_captions()
    {
        using var folder = new TempFolder();
        var file = folder.Write("page.html", """
            <html><head><title>Site | Page</title>
            <meta property="og:title" content="Japan and South Korea agree to talks">
            <meta property="article:published_time" content="2015-12-28T10:00:00Z">
            <script>var x = "Japan attacked Korea";</script></head>
            <body><nav>Home | World</nav>
            <article><h1>Japan and South Korea agree to talks</h1>
            <p>Tokyo and Seoul agreed on Monday to hold talks.</p>
            <figure><img src="x.jpg"><figcaption>Photo: Reuters</figcaption></figure>
            <p>The deal was <b>welcomed</b> by Washington.</p></article>
            <footer>Copyright 2015</footer></body></html>
            """);
        var doc = Assert.Single(ReadAll(file)).Document!;
        Assert.Equal("Japan and South Korea agree to talks", doc.Title);
        Assert.Equal(new PartialDate(2015, 12, 28, DatePrecision.Day), doc.PublicationDate);
        Assert.Equal(DateBasis.Metadata, doc.PublicationDateBasis);
        // The headline is metadata, not body: it is no line of the text.
        Assert.Equal("Tokyo and Seoul agreed on Monday to hold talks.\nThe deal was welcomed by Washington.", doc.Text);
    }

    [Fact]
    public void The_main_content_of_a_news_page_is_found_among_sidebars_and_link_lists()
    {
        using var folder = new TempFolder();
        var paragraphs = string.Join("\n", Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i}. Kenya and Tanzania agreed on Tuesday to reopen their shared border crossing at Namanga, officials from both countries said, after weeks of talks over trucking permits, customs fees and health checks that had stranded hundreds of drivers on both sides.</p>"));
        var file = folder.Write("news.html", $$"""
            <html><head><title>Border reopens | East Africa Daily</title><meta property="og:site_name" content="East Africa Daily"></head>
            <body><div class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
            <div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Celebrity wedding stuns fans</a></li><li><a href="/b">Ten recipes for summer</a></li></ul></div>
            <div class="article-body"><h1>Kenya and Tanzania reopen border</h1>
            {{paragraphs}}
            </div>
            <div class="comments">Log in to comment</div></body></html>
            """);
        var doc = Assert.Single(ReadAll(file)).Document!;
        Assert.Contains("Paragraph 6. Kenya and Tanzania agreed", doc.Text);
        Assert.DoesNotContain("Celebrity wedding", doc.Text);
        Assert.DoesNotContain("Ten recipes", doc.Text);
        Assert.StartsWith("Border reopens", doc.Title);
        Assert.Equal("East Africa Daily", doc.SiteName);
    }

    [Fact]
    public void Reader_comments_share_buttons_and_captions_of_a_page_are_not_body()
    {
        using var folder = new TempFolder();
        var paragraphs = string.Join("\n", Enumerable.Range(1, 5).Select(i =>
            $"<p>Paragraph {i}. Serbia and Kosovo agreed in Brussels on Thursday to a plan for normalising relations, European Union officials said, after talks that lasted late into the night and followed months of rising tension in the north.</p>"));
        var file = folder.Write("page.html", $$"""
            <html><head><title>Serbia and Kosovo agree plan | Balkan Times</title></head>
            <body><header><nav><a href="/">Home</a> <a href="/login">Log in</a></nav></header>
            <article><h1>Serbia and Kosovo agree plan</h1>
            <div class="share"><a>Share on Facebook</a> <a>Tweet</a></div>
            {{paragraphs}}
            <figure><img src="a.jpg"><figcaption>Leaders meet in Brussels. Photo: Jane Doe/AFP</figcaption></figure>
            <p>Share this story</p>
            </article>
            <section id="comments" class="comments"><h3>12 comments</h3>
            <div class="comment"><p>Kosovo attacked Serbia yesterday, everyone knows it!!!</p></div>
            <div class="comment"><p>Brussels threatened Belgrade again.</p></div></section>
            <footer>Copyright 2023 Balkan Times. All rights reserved.</footer></body></html>
            """);
        var doc = Assert.Single(ReadAll(file)).Document!;
        DocumentCleaner.LoadDefault().Apply(doc);
        var body = string.Join("\n", doc.Body.Select(s => doc.Text[s.Start..s.End]));
        Assert.Contains("Paragraph 5. Serbia and Kosovo agreed", body);
        Assert.DoesNotContain("everyone knows it", body);
        Assert.DoesNotContain("threatened Belgrade", body);
        Assert.DoesNotContain("Leaders meet in Brussels", body);
        Assert.DoesNotContain("Share", body);
        Assert.DoesNotContain("Copyright", body);
    }

    [Fact]
    public void The_same_text_always_has_the_same_id()
    {
        Assert.Equal(SourceDocument.ContentId("A text.\r\n"), SourceDocument.ContentId("A text.\n"));
        Assert.NotEqual(SourceDocument.ContentId("A text."), SourceDocument.ContentId("Another text."));
    }
}
