using Kronika.Documents;

namespace Kronika.Events.Tests;

/// <summary>The coder's components and its editable tables, data/rules/word-sets.tsv and data/rules/recodings.tsv.</summary>
public class CoderRulesTests
{
    private static readonly Pipeline Pipeline = Pipeline.LoadDefault();

    private const string Protest = "U.S. House Speaker Nancy Pelosi visited Taiwan on Tuesday. Beijing summoned the U.S. ambassador to protest the visit.";
    private const string Missiles = "Five of the Chinese missiles landed in Japan's exclusive economic zone.";

    private static IReadOnlyList<EventRecord> Events(Pipeline pipeline, string text)
    {
        PartialDate.TryParseIso("2020-06-15", out var date);
        return pipeline.Process(new SourceDocument("t.txt", text, metadataDate: date)).Events;
    }

    /// <summary>A pipeline whose coder reads the shipped tables with one line of one of them changed.</summary>
    private static Pipeline With(string file, Func<string, string> edit)
    {
        var folder = Directory.CreateTempSubdirectory("kronika-rules").FullName;
        foreach (var name in new[] { "word-sets.tsv", "recodings.tsv" })
        {
            var lines = File.ReadAllLines(DataDirectory.File("rules", name));
            File.WriteAllLines(Path.Combine(folder, name), name == file ? lines.Select(edit) : lines);
        }
        var codebook = Codebook.LoadDefault();
        return Pipeline.LoadDefault(coderRules: CoderRules.Load(Path.Combine(folder, "word-sets.tsv"), Path.Combine(folder, "recodings.tsv"), codebook));
    }

    private static string WriteTemp(string text)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_components_run_in_order_with_one_per_recoding_row() =>
        Assert.Equal(["patterns", "actors", "passive", "doers", "counted-people", "drop:weapon-visit", "recode:official-complaint", "recode:critics-saying", "drop:statement-with-content", "drop:description-in-appositive", "drop:work-title", "recode:no-comment", "drop:described-act", "drop:backed-act", "recode:armed-storming-rebels", "recode:armed-storming-military", "recode:peacekeepers-deploying", "recode:two-sides-speaking", "recode:assassination-of-office-holder", "recode:assassination-of-named-official", "modality", "dating", "dyads", "deduplicate", "main-event"],
            Pipeline.Coder.Components.Select(c => c.Name).ToArray());

    [Fact]
    public void A_recoded_event_keeps_the_pattern_first_and_names_the_recoding_in_its_trail()
    {
        // "summoned the ambassador" is 114 by its pattern; "to protest" is 140 re-coded.
        var e = Assert.Single(Events(Pipeline, Protest), x => x.Rule.StartsWith("verbs.tsv:140:", StringComparison.Ordinal));
        Assert.Equal("114", e.Cameo);
        Assert.StartsWith("verbs.tsv:140:protest > recode:official-complaint", e.Rule);
    }

    [Fact]
    public void A_disabled_recoding_row_leaves_the_code_of_the_pattern()
    {
        var pipeline = With("recodings.tsv", line => line.StartsWith("official-complaint\t", StringComparison.Ordinal) ? "# " + line : line);
        var e = Assert.Single(Events(pipeline, Protest), x => x.Rule.StartsWith("verbs.tsv:140:", StringComparison.Ordinal));
        Assert.Equal("140", e.Cameo);
        Assert.DoesNotContain("recode:", e.Rule);
    }

    [Fact]
    public void A_word_set_left_out_is_empty_so_its_rule_no_longer_fires()
    {
        Assert.DoesNotContain(Events(Pipeline, Missiles), e => e.Root == "04");
        var pipeline = With("word-sets.tsv", line => line.StartsWith("weapons\t", StringComparison.Ordinal) ? "# " + line : line);
        Assert.Contains(Events(pipeline, Missiles), e => e.Root == "04");
    }

    [Theory]
    [InlineData("weapon-visit\t04*\t-\tsource-word-in=weapons\n", "")]
    [InlineData("bad\t140\t114\tsources-role=GOV\n", "unknown condition")]
    [InlineData("bad\t999\t114\talways\n", "no CAMEO code")]
    [InlineData("bad\t140\n", "expected a name")]
    [InlineData("bad\t140\t114\tsource-word-in=missiles\n", "unknown word set")]
    [InlineData("killing\t190,193\t186\tkills=killing-words target-person-role=GOV,LEG\n", "")]
    [InlineData("bad\t190,999\t186\tkills=killing-words\n", "\"999\" is no CAMEO code")]
    [InlineData("bad\t190\t186\tkills=killing-words target-person-role\n", "unknown condition \"target-person-role\"")]
    public void A_malformed_recoding_row_is_an_error_naming_its_file_and_line(string row, string message)
    {
        var path = WriteTemp("# name\tfrom\tto\tcondition\n" + row);
        if (message.Length == 0)
        {
            Assert.Single(CoderRules.LoadRecodings(path, Codebook.LoadDefault()));
            return;
        }
        var e = Assert.Throws<FormatException>(() => CoderRules.LoadRecodings(path, Codebook.LoadDefault()));
        Assert.StartsWith($"{path}:2:", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("word", "weapon\tmissile\n", "unknown word set")]
    [InlineData("word", "weapons\n", "expected a set name")]
    [InlineData("word", "weapons\tmissile\nweapons\trocket\n", "given twice")]
    [InlineData("code", "intent\t03*\nintent\t03*\n", "given twice")]
    [InlineData("code", "intents\t03*\n", "unknown code set")]
    [InlineData("code", "intent\t999\n", "no CAMEO code")]
    [InlineData("code", "intent\t99*\n", "no CAMEO code")]
    [InlineData("code", "intent\n", "expected a set name")]
    public void A_malformed_set_row_is_an_error_naming_its_file_and_line(string table, string rows, string message)
    {
        var path = WriteTemp("# set\tmembers\n" + rows);
        var e = Assert.Throws<FormatException>(() => { if (table == "word") CoderRules.LoadWordSets(path); else CodeSet.Load(path, Codebook.LoadDefault()); });
        Assert.StartsWith($"{path}:{1 + rows.Count(c => c == '\n')}:", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_code_set_table_without_a_set_the_coder_needs_is_an_error_naming_it()
    {
        var path = WriteTemp("# set\tcodes\nintent\t03*\n");
        var e = Assert.Throws<FormatException>(() => CodeSet.Load(path, Codebook.LoadDefault()));
        Assert.StartsWith(path, e.Message);
        Assert.Contains("code set \"reaction\" is missing", e.Message);
    }

    [Fact]
    public void The_shipped_code_sets_cover_codes_and_prefixes()
    {
        var rules = CoderRules.LoadDefault(Codebook.LoadDefault());
        Assert.True(rules.Codes("reaction").Contains("112"));
        Assert.True(rules.Codes("reaction").Contains("016"));
        Assert.False(rules.Codes("reaction").Contains("010"));
        Assert.True(rules.Codes("mutual").Contains("0362"));
        Assert.False(rules.Codes("mutual").Contains("051"));
    }
}
