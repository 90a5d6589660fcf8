using Kronika.Documents;

namespace Kronika.Events.Tests;

/// <summary>
/// component-cases.tsv: for every component of the coder and every row of data/rules/event-rules.tsv, sentences with
/// every event they must code and the rule trail (or the drop) the component leaves.
/// </summary>
public class ComponentCasesTests
{
    private static readonly Pipeline Pipeline = Pipeline.LoadDefault();
    private static readonly IReadOnlyList<EventRule> EventRules = CoderRules.LoadDefault(Codebook.LoadDefault()).EventRules;

    public static TheoryData<string, string, string, string> Cases() => Kronika.Tests.Shared.TableCases.Read("component-cases.tsv");

    private static CodedDocument Coded(Pipeline pipeline, string sentence) =>
        pipeline.Process(new SourceDocument("case.txt", sentence, metadataDate: PartialDate.OfDay(2020, 6, 15)));

    private static string Format(EventRecord e) =>
        $"{e.Source.Country}{e.Source.Role}->{e.Target.Country}{e.Target.Role} {e.Cameo} {e.Modality} {(e.Date.Length > 0 ? e.Date : "-")}";

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_component_codes_its_cases(string component, string sentence, string events, string trail)
    {
        var coded = Coded(Pipeline, sentence);
        var got = coded.Events.Count == 0 ? "none" : string.Join("; ", coded.Events.Select(Format));
        var trails = string.Join(" | ", coded.Events.Select(e => e.Rule));
        Assert.True(got == events, $"{component}: \"{sentence}\" gave {got} [{trails}]");
        if (trail.StartsWith("dropped by ", StringComparison.Ordinal))
        {
            var name = trail["dropped by ".Length..];
            var dropped = new List<Candidate>();
            Pipeline.Coder.Code(coded.Analysis, coded.Mentions, coded.Times, dropped);
            Assert.True(dropped.Any(c => c.DroppedBy == name), $"{component}: nothing dropped by {name}; dropped: {string.Join(", ", dropped.Select(c => c.DroppedBy))}");
            if (EventRules.FirstOrDefault(r => r.TrailName == name) is { } row)
            {
                // With the per-event row disabled, the event is coded.
                var without = Coded(Disabled(row.Name), sentence).Events;
                Assert.True(without.Count > coded.Events.Count, $"{component}: with {row.Name} disabled \"{sentence}\" still gave {got}");
            }
        }
        else if (trail != "-")
            Assert.True(coded.Events.Any(e => e.Rule.Contains(trail, StringComparison.Ordinal)), $"{component}: no trail with \"{trail}\" in [{trails}]");
    }

    /// <summary>A pipeline whose coder reads the shipped event-rules.tsv with one row commented out.</summary>
    private static Pipeline Disabled(string rowName)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("kronika-event-rules").FullName, "event-rules.tsv");
        File.WriteAllLines(path, File.ReadAllLines(DataDirectory.File("rules", "event-rules.tsv"))
            .Select(line => line.StartsWith(rowName + "\t", StringComparison.Ordinal) ? "# " + line : line));
        return Pipeline.LoadDefault(coderRules: CoderRules.Load(DataDirectory.File("rules", "word-sets.tsv"), DataDirectory.File("rules", "recodings.tsv"), path, Codebook.LoadDefault()));
    }

    [Fact]
    public void Every_component_and_every_event_rule_has_a_case()
    {
        var covered = Cases().Select(row => (string)row[0]).ToHashSet();
        Assert.All(Pipeline.Coder.Components.Select(c => c.Name), name => Assert.Contains(name, covered));
        Assert.All(EventRules.Select(r => r.TrailName), name => Assert.Contains(name, covered));
    }

    [Fact]
    public void A_disabled_role_row_leaves_the_role_and_the_trail()
    {
        var e = Assert.Single(Coded(Disabled("military-agreement-is-government"), "Russian troops later recognized the independence of Abkhazia.").Events);
        Assert.Equal("MIL", e.Source.Role);
        Assert.DoesNotContain("role:", e.Rule);
    }

    [Theory]
    [InlineData("civilian-visit\t042 043\tsource-role=CVL\tdrop\n", "")]
    [InlineData("bad\t042\tsource-job=CVL\tdrop\n", "unknown condition")]
    [InlineData("bad\t999\tsource-role=CVL\tdrop\n", "no CAMEO code")]
    [InlineData("bad\t042\n", "expected a name")]
    [InlineData("bad\t042\tsource-head=town\tdrop\n", "unknown mention kind")]
    [InlineData("bad\t042\talways\tremove\n", "unknown action")]
    [InlineData("bad\t042\talways\tdrop\nbad\t043\talways\tdrop\n", "given twice")]
    public void A_malformed_event_rule_row_is_an_error_naming_its_file_and_line(string row, string message)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "# name\tcodes\tconditions\taction\n" + row);
        if (message.Length == 0)
        {
            Assert.Single(CoderRules.LoadEventRules(path, Codebook.LoadDefault()));
            return;
        }
        var error = Assert.Throws<FormatException>(() => CoderRules.LoadEventRules(path, Codebook.LoadDefault()));
        Assert.Contains($"{path}:{(message == "given twice" ? 3 : 2)}:", error.Message);
        Assert.Contains(message, error.Message);
    }
}
