namespace Kronika.Documents.Tests;

/// <summary>Each kind of bad manifest gives one line naming the manifest and its line, and the rest is read.</summary>
public class ManifestProblemTests
{
    private const string Article = "Turkey and Greece held talks on Monday.\n";

    /// <summary>Reads a folder with a.txt and b.txt and the given manifest: its documents, refusals and warnings (paths relative to the folder).</summary>
    private static (List<SourceDocument> Documents, List<string> Refusals, List<string> Warnings) ReadWith(string manifestName, string manifest)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Article);
        folder.Write("b.txt", Article + "Athens welcomed them.\n");
        folder.Write(manifestName, manifest);
        var items = new DocumentReader().Read([folder.Path]).ToList();
        string Relative(InputRefusal r) => (r with { Path = Path.GetRelativePath(folder.Path, r.Path) }).ToString();
        return (items.Where(i => i.Document is not null).Select(i => i.Document!).ToList(),
            items.Where(i => i.Refusal is not null).Select(i => Relative(i.Refusal!)).ToList(),
            items.Where(i => i.Warning is not null).Select(i => Relative(i.Warning!)).ToList());
    }

    [Fact]
    public void An_unknown_column_is_one_warning_and_the_known_columns_apply()
    {
        var (documents, refusals, warnings) = ReadWith("metadata.csv", "file,Publisher,date\na.txt,Acme,2004-08-09\nb.txt,Acme,2005\n");
        Assert.Equal("metadata.csv:1: unknown column \"Publisher\" (the columns are file, date, url, source, title, author); it is ignored", Assert.Single(warnings));
        Assert.Empty(refusals);
        Assert.Equal([PartialDate.OfDay(2004, 8, 9), PartialDate.OfYear(2005)], documents.Select(d => d.PublicationDate).ToArray());
    }

    [Fact]
    public void A_row_naming_a_missing_file_is_one_line_and_the_other_rows_apply()
    {
        var (documents, refusals, _) = ReadWith("metadata.csv", "file,date\nsub/gone.txt,2001\na.txt,2002\nnone.txt,2003\n");
        Assert.Equal(2, refusals.Count);
        Assert.StartsWith("metadata.csv:2: no such file \"sub/gone.txt\"", refusals[0]);
        Assert.Equal("metadata.csv:4: no such file \"none.txt\" beside the manifest or among the inputs; the row is not used", refusals[1]);
        Assert.Equal(PartialDate.OfYear(2002), documents.Single(d => d.Name == "a.txt").PublicationDate);
    }

    [Theory]
    [InlineData("2008-13-45", "no month 13")]
    [InlineData("2023-02-29", "no day 29 in 2023-02")]
    [InlineData("9999-12-31", "out of range")]
    [InlineData("0000", "out of range")]
    [InlineData("0000-01-01", "out of range")]
    [InlineData("19/05/2009", "expected YYYY, YYYY-MM, YYYY-MM-DD")]
    [InlineData("2009-05-19Tnoon", "expected YYYY, YYYY-MM, YYYY-MM-DD")]
    public void A_bad_date_is_one_line_and_the_rows_other_fields_apply(string date, string why)
    {
        var (documents, refusals, _) = ReadWith("metadata.csv", $"file,date,source\na.txt,{date},Example Wire\n");
        Assert.StartsWith($"metadata.csv:2: bad date \"{date}\" ({why}", Assert.Single(refusals));
        var a = documents.Single(d => d.Name == "a.txt");
        Assert.Equal((null, DateBasis.None, "Example Wire"), (a.PublicationDate, a.PublicationDateBasis, a.SiteName));
    }

    [Fact]
    public void Malformed_csv_rows_are_skipped_with_their_lines()
    {
        var (documents, refusals, _) = ReadWith("metadata.csv", "file,date,title\n\"a.txt\"x,2001\nb.txt,2002,Talks, at last\na.txt,2003\n");
        Assert.Equal(["metadata.csv:2: malformed CSV (text after a closing quote); the row is skipped",
            "metadata.csv:3: malformed CSV (4 fields, the header has 3); the row is skipped"], refusals);
        // A short row leaves its last fields empty.
        Assert.Equal(PartialDate.OfYear(2003), documents.Single(d => d.Name == "a.txt").PublicationDate);
        Assert.Equal((null, null), (documents.Single(d => d.Name == "b.txt").PublicationDate, documents.Single(d => d.Name == "b.txt").Title));
    }

    [Fact]
    public void Malformed_json_lines_are_skipped_with_their_lines()
    {
        var (documents, refusals, _) = ReadWith("metadata.jsonl", "{\"file\": \"a.txt\", \"date\": \"2001\"}\n{broken\n[1]\n{\"file\": \"b.txt\", \"title\": [\"x\"], \"date\": \"2002\"}\n");
        Assert.Equal(3, refusals.Count);
        Assert.StartsWith("metadata.jsonl:2: malformed JSON", refusals[0]);
        Assert.Equal("metadata.jsonl:3: expected a JSON object, found array; the row is skipped", refusals[1]);
        Assert.Equal("metadata.jsonl:4: field \"title\" is array, not text; it is ignored", refusals[2]);
        Assert.Equal([PartialDate.OfYear(2001), PartialDate.OfYear(2002)], documents.Select(d => d.PublicationDate).ToArray());
    }

    [Theory]
    [InlineData("metadata.csv", "name,date\na.txt,2001\n", "metadata.csv: no \"file\" column (the header reads \"name,date\"")]
    [InlineData("metadata.jsonl", "{\"name\": \"a.txt\", \"date\": \"2001\"}\n", "metadata.jsonl: no \"file\" field in any record")]
    [InlineData("metadata.csv", "", "metadata.csv: empty manifest")]
    [InlineData("metadata.csv", " \n\n", "metadata.csv: empty manifest")]
    [InlineData("metadata.csv", "file,date\n", "metadata.csv: empty manifest (a header and no rows)")]
    [InlineData("metadata.jsonl", "\n", "metadata.jsonl: empty manifest")]
    public void A_manifest_that_cannot_be_used_is_one_line_and_the_articles_are_still_read(string name, string manifest, string line)
    {
        var (documents, refusals, _) = ReadWith(name, manifest);
        Assert.StartsWith(line, Assert.Single(refusals));
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Null(d.PublicationDate));
    }

    [Fact]
    public void A_second_row_for_a_file_is_reported_and_the_first_applies()
    {
        var (documents, refusals, _) = ReadWith("metadata.csv", "file,date\na.txt,2001\n./a.txt,2002\n");
        Assert.Equal("metadata.csv:3: a second row for \"./a.txt\" (the first is line 2); it is skipped", Assert.Single(refusals));
        Assert.Equal(PartialDate.OfYear(2001), documents.Single(d => d.Name == "a.txt").PublicationDate);
    }

    [Fact]
    public void Rows_written_on_windows_and_in_a_semicolon_dialect_still_match()
    {
        var (documents, refusals, _) = ReadWith("metadata.csv", "\uFEFFfile;date\r\n.\\a.txt;2001-02\r\n");
        Assert.Empty(refusals);
        Assert.Equal(PartialDate.OfMonth(2001, 2), documents.Single(d => d.Name == "a.txt").PublicationDate);
    }
}

/// <summary>Metadata dates: ISO 8601 at any precision, and never an exception for a date the calendar cannot hold.</summary>
public class MetadataDateTests
{
    [Theory]
    [InlineData("2024", "2024", DatePrecision.Year)]
    [InlineData("2024-09", "2024-09", DatePrecision.Month)]
    [InlineData(" 2004-08-09 ", "2004-08-09", DatePrecision.Day)]
    [InlineData("2024-09-18T10:00:00Z", "2024-09-18", DatePrecision.Day)]
    [InlineData("2024-09-18T23:30:00-05:00", "2024-09-18", DatePrecision.Day)]
    [InlineData("2024-02-29 08:15", "2024-02-29", DatePrecision.Day)]
    public void Partial_dates_and_date_times_parse_to_their_precision(string text, string expected, DatePrecision precision)
    {
        Assert.True(MetadataDate.TryParse(text, out var date, out var problem), problem);
        Assert.Equal((expected, precision), (date.ToString(), date.Precision));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999")]
    [InlineData("0000")]
    [InlineData("0000-00")]
    [InlineData("0001-01-01")]
    [InlineData("1799-12-31")]
    [InlineData("2024-00")]
    [InlineData("2024-04-31")]
    [InlineData("20240918")]
    [InlineData("yesterday")]
    public void Out_of_range_and_malformed_dates_are_refused_without_throwing(string text)
    {
        Assert.False(MetadataDate.TryParse(text, out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Fact]
    public void A_date_after_tomorrow_is_a_placeholder()
    {
        var nextYear = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);
        Assert.False(MetadataDate.TryParse(nextYear.ToString("yyyy-MM-dd"), out _, out var problem));
        Assert.StartsWith("out of range", problem);
    }

    [Fact]
    public void A_placeholder_date_in_a_page_is_no_date()
    {
        var page = HtmlArticleExtractor.Extract("<html><head><meta property=\"article:published_time\" content=\"9999-12-31T00:00:00Z\"></head>" +
            "<body><article><p>Russia will attack Georgia tomorrow, officials said on Monday.</p></article></body></html>");
        Assert.Null(page.Date);
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("0000-05")]
    public void Iso_dates_of_year_zero_are_no_dates(string text) => Assert.False(PartialDate.TryParseIso(text, out _));
}
