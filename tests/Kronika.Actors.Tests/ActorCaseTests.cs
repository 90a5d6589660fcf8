using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Actors.Tests;

/// <summary>
/// The crafted sentences of actor-cases.tsv, one rule of the resolver each (countries, capitals, people in and
/// out of office, coreference, homonyms such as Georgia the US state, misspellings, words that are not actors).
/// An expectation "PHRASE=>CODE" holds when a mention over the phrase's first occurrence resolves to the country
/// and, when CODE gives one, the role; "PHRASE=>none" when no mention over it names a country.
/// </summary>
public class ActorCaseTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault();
    private static readonly ActorRecognizer Recognizer = new(ActorDictionary.LoadDefault(Analyzer.Tokenizer));

    public static TheoryData<string, string, string, string> Cases() => Kronika.Tests.Shared.TableCases.Read("actor-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Actors_resolve_as_an_analyst_would(string rule, string published, string text, string expectations)
    {
        PartialDate.TryParseIso(published, out var date);
        var mentions = Recognizer.Recognize(Analyzer.Analyze(new SourceDocument("case.txt", text, metadataDate: date)));
        var failures = new List<string>();
        foreach (var item in expectations.Split(" | "))
        {
            var (phrase, code) = (item[..item.IndexOf("=>", StringComparison.Ordinal)], item[(item.IndexOf("=>", StringComparison.Ordinal) + 2)..]);
            int at = text.IndexOf(phrase, StringComparison.Ordinal);
            var over = mentions.Where(m => m.Start < at + phrase.Length && at < m.End).SelectMany(m => m.Actors).ToList();
            bool holds = code == "none"
                ? over.All(a => a.Country.Length == 0)
                : over.Any(a => a.Country == code[..3] && (code.Length == 3 || a.Role == code[3..]));
            if (!holds)
                failures.Add($"{phrase}=>{code} but found [{string.Join(", ", over.Select(a => a.Country + a.Role))}]");
        }
        Assert.True(failures.Count == 0, $"{rule}: {string.Join("; ", failures)}");
    }
}
