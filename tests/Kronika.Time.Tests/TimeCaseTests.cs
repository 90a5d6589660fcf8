using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Time.Tests;

/// <summary>
/// time-cases.tsv: news sentences with a publication date, the expression Kronika must find and its value (dates in
/// many formats, months, years, decades, weekdays across month and year ends and leap days, future clauses, deictic
/// words). time-gaps.tsv lists expressions not handled yet (issue 7), with what Kronika gives today; it is not run.
/// </summary>
public class TimeCaseTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault();

    public static TheoryData<string, string, string, string> Cases() => Kronika.Tests.Shared.TableCases.Read("time-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expressions_normalize_against_the_publication_date(string published, string sentence, string expression, string expected)
    {
        PartialDate.TryParseIso(published, out var date);
        var found = TimeRecognizer.Recognize(Analyzer.Analyze(new SourceDocument("t.txt", sentence, metadataDate: date)));
        Assert.True(found.Any(t => t.Text == expression && t.Value.ToString() == expected),
            $"\"{expression}\" in \"{sentence}\" (published {published}): expected {expected}, found [{string.Join("; ", found.Select(t => $"\"{t.Text}\" {t.Value}"))}]");
    }

    [Fact]
    public void There_are_at_least_150_cases() => Assert.True(Cases().Count >= 150);
}
