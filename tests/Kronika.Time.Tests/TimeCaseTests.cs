using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Time.Tests;

/// <summary>
/// time-cases.tsv: news sentences with a publication date, the expression Kronika must find and its value (dates in
/// many formats, months, years, decades, weekdays across month and year ends and leap days, future clauses, deictic
/// words, months used as adjectives, and expressions anchored to occurrences, named events and elections).
/// </summary>
public class TimeCaseTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault();
    private static readonly Kronika.Actors.ActorRecognizer Actors = new(Kronika.Actors.ActorDictionary.LoadDefault(Analyzer.Tokenizer));
    private static readonly AnchoredTimes Anchored = AnchoredTimes.LoadDefault(ElectionCalendar.LoadDefault());

    /// <summary>The time stage as the pipeline runs it: calendar expressions, then those anchored to occurrences, named events and elections.</summary>
    internal static TimeExpression[] Recognize(string text, PartialDate? published)
    {
        var analysis = Analyzer.Analyze(new SourceDocument("t.txt", text, metadataDate: published));
        return Anchored.Add(analysis, Actors.Recognize(analysis), TimeRecognizer.Recognize(analysis));
    }

    public static TheoryData<string, string, string, string> Cases() => Kronika.Tests.Shared.TableCases.Read("time-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expressions_normalize_against_the_publication_date(string published, string sentence, string expression, string expected)
    {
        var found = Recognize(sentence, PartialDate.TryParseIso(published, out var date) ? date : null);
        Assert.True(found.Any(t => t.Text == expression && t.Value.ToString() == expected),
            $"\"{expression}\" in \"{sentence}\" (published {published}): expected {expected}, found [{string.Join("; ", found.Select(t => $"\"{t.Text}\" {t.Value}"))}]");
    }

    [Fact]
    public void There_are_at_least_150_cases() => Assert.True(Cases().Count >= 150);
}
