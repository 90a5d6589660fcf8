using System.Globalization;
using System.Text;
using Kronika.Documents;
using Kronika.Tests.Shared;

namespace Kronika.Cli.Tests;

/// <summary>
/// date-crash-cases.tsv: the inputs that crashed the pipeline in issue 14 (a JSON Lines date of 9999-12-31, far years,
/// a caption dated in the future, "999 decades ago"...) and others at the calendar's edges, each read from a file of
/// its kind and run through every stage; and relative expressions resolved against the calendar's first and last days.
/// </summary>
public sealed class DateCrashCaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kronika-date-cases-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string, string> Cases() => TableCases.Read("date-crash-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_is_coded_or_refused_as_expected_with_every_date_on_the_calendar(string name, string kind, string content, string expect)
    {
        var path = Path.Combine(_folder, "case" + kind);
        File.WriteAllText(path, Unescape(content), new UTF8Encoding(false));
        // A record's bad date is a warning item before the record; the case is about the record.
        var item = Assert.Single(new DocumentReader().ReadOne(path), i => i.Warning is null);
        if (expect.StartsWith("refused ", StringComparison.Ordinal))
        {
            Assert.True(item.Refusal is not null, $"{name}: read as a document");
            Assert.StartsWith(expect["refused ".Length..], item.Refusal!.Reason);
            return;
        }
        Assert.True(item.Document is not null, $"{name}: refused ({item.Refusal?.Reason})");
        var coded = TestPipeline.Value.Process(item.Document!);
        TestPipeline.AssertCalendarDates(coded);
        // One check after "coded": "published=2008-08-09" (or "-"), "no-time=999 decades ago".
        var check = expect.Length > "coded ".Length ? expect["coded ".Length..] : "";
        if (check.StartsWith("published=", StringComparison.Ordinal))
            Assert.Equal(check["published=".Length..], coded.Source.PublicationDate?.ToString() ?? "-");
        else if (check.StartsWith("no-time=", StringComparison.Ordinal))
            Assert.DoesNotContain(coded.Times, t => t.Text.Contains(check["no-time=".Length..], StringComparison.Ordinal));
    }

    /// <summary>Relative expressions whose arithmetic leaves the calendar when the report is dated on its first or last day.</summary>
    [Theory]
    [InlineData("9999-12-31", "Russia will attack Georgia tomorrow. Georgia protested next year, next week and next month. Russia will withdraw on Monday, in January and on January 5. The talks will resume a day later.")]
    [InlineData("9999-12-31", "Russia attacked Georgia on Friday. 999 years later, Georgia protested. 999 days later Russia withdrew. Three months after the war, the talks resumed. 999 weeks after the vote, Russia left.")]
    [InlineData("9999-12", "Russia will attack Georgia next month and next year. Georgia will protest in January.")]
    [InlineData("9999", "Russia will attack Georgia next year. Georgia will protest in January.")]
    [InlineData("0001-01-01", "Russia attacked Georgia yesterday. Georgia protested last week, last month and last year. Russia withdrew last Tuesday, over the weekend, two days ago, 999 decades ago and in December.")]
    [InlineData("0001-01-01", "Russia attacked Georgia on Friday. A year earlier Georgia had protested. 999 months earlier, the war began. Three months before the war, talks failed.")]
    [InlineData("0001", "Russia attacked Georgia last year. Georgia protested in December, 999 years ago.")]
    public void Relative_expressions_at_the_calendars_edges_give_no_date_off_it(string published, string text)
    {
        Assert.True(PartialDate.TryParseIso(published, out var date));
        var coded = TestPipeline.Value.Process(new SourceDocument("edge.txt", text, metadataDate: date));
        TestPipeline.AssertCalendarDates(coded);
        Assert.Equal(published, coded.Source.PublicationDate?.ToString());
    }

    /// <summary>"\n", "\t", "\\" and "\uXXXX" as in the table's content column.</summary>
    private static string Unescape(string s)
    {
        var result = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length) { result.Append(s[i]); continue; }
            char next = s[++i];
            if (next == 'n') result.Append('\n');
            else if (next == 't') result.Append('\t');
            else if (next == 'u' && i + 4 < s.Length) { result.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber)); i += 4; }
            else result.Append(next);
        }
        return result.ToString();
    }
}
