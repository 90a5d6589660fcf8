using Kronika.Documents;

namespace Kronika.Events.Tests;

/// <summary>
/// code-cases.tsv: one crafted news sentence for every code of cameo.tsv (about many countries, none from the
/// samples), each with the source and target it must code. Every CAMEO code is produced by at least one test sentence;
/// a two-digit root is produced through its general code (01 by 010).
/// </summary>
public class CodebookCoverageTests
{
    private static readonly Pipeline Pipeline = Pipeline.LoadDefault();

    public static TheoryData<string, string, string, string> Cases() => Kronika.Tests.Shared.TableCases.Read("code-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_code_is_produced_by_a_sentence(string cameo, string source, string target, string sentence)
    {
        var events = Pipeline.Process(new SourceDocument("case.txt", sentence, metadataDate: PartialDate.OfDay(2020, 6, 15))).Events;
        string code = cameo.Length == 2 ? cameo + "0" : cameo;
        Assert.True(events.Any(e => e.Cameo == code && e.Source.Country == source && e.Target.Country == target),
            $"{cameo}: \"{sentence}\" gave [{string.Join("; ", events.Select(e => $"{e.Source.Country}{e.Source.Role}->{e.Target.Country}{e.Target.Role} {e.Cameo} ({e.Rule})"))}]");
    }

    [Fact]
    public void The_cases_cover_the_whole_codebook()
    {
        var covered = Cases().Select(row => (string)row[0]).ToHashSet();
        Assert.All(Codebook.LoadDefault().Codes, c => Assert.Contains(c.Code, covered));
    }
}
