using System.Text.Json;
using Kronika.Events;
using Kronika.Storage;

namespace Kronika.Cli.Tests;

[Collection("cli")]
public sealed class RunEndToEndTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "kronika-e2e-" + Guid.NewGuid().ToString("N"));

    public RunEndToEndTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    private static string Output(string[] args) => CliOutput.Of(args);

    private StoreCounts Counts(string db)
    {
        using var store = new SqliteEventStore(db);
        return store.Counts();
    }

    [Fact]
    public void Run_on_the_samples_writes_records_that_keep_the_contract_and_a_rerun_stores_nothing()
    {
        var db = Path.Combine(_work, "k.db");
        var outDir = Path.Combine(_work, "out");
        Assert.Equal(ExitCodes.Success, KronikaCli.Run(["run", RepoPaths.Samples, "--db", db, "--out", outDir]));

        var codebook = Codebook.LoadDefault();
        var lines = File.ReadAllLines(Path.Combine(outDir, "events.jsonl"));
        Assert.True(lines.Length >= 10, $"only {lines.Length} events on the samples");
        var texts = Directory.GetFiles(RepoPaths.Samples).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in new[] { "doc", "id", "source", "target", "cameo", "root", "quad_class", "goldstein", "date", "date_basis", "historical", "modality", "symmetric", "evidence", "rule" })
                Assert.True(root.TryGetProperty(field, out _), $"field {field} missing in {line}");
            foreach (var side in new[] { "source", "target" })
                foreach (var field in new[] { "country", "role", "name", "text" })
                    Assert.True(root.GetProperty(side).TryGetProperty(field, out _), $"{side}.{field} missing");

            var record = JsonSerializer.Deserialize(line, EventJsonContext.Default.EventRecord)!;
            var text = texts[record.Doc];
            Assert.Equal(record.Evidence.Text, text[record.Evidence.Start..record.Evidence.End]);
            var cameo = codebook[record.Cameo];
            Assert.Equal(cameo.Root, record.Root);
            Assert.Equal(cameo.QuadClass, record.QuadClass);
            Assert.Equal(cameo.Goldstein, record.Goldstein);
            Assert.Contains(record.Modality, new[] { "asserted", "intended", "denied", "hypothetical" });
            Assert.Contains(record.DateBasis, new[] { "explicit", "relative", "publication", "" });
            // A rule trail starts with the pattern: verbs.tsv's, or a line of the shipped PETRARCH dictionary.
            Assert.Matches(@"^(verbs\.tsv:|CAMEO\.2\.0\.txt:\d+:)", record.Rule);
            if (record.Source.Text.Length > 0) Assert.Contains(record.Source.Text, record.Evidence.Text);
        }
        Assert.Equal(lines.Length, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count());

        var before = Counts(db);
        Assert.Equal(ExitCodes.Success, KronikaCli.Run(["run", RepoPaths.Samples, "--db", db, "--out", outDir]));
        Assert.Equal(before, Counts(db));
        Assert.Equal(lines, File.ReadAllLines(Path.Combine(outDir, "events.jsonl")));
    }

    [Fact]
    public void Bad_inputs_are_refused_counted_and_stored_once_while_good_ones_are_coded()
    {
        var input = Path.Combine(_work, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "good.txt"), "Turkey on Monday accused Greece of violating its airspace.");
        File.WriteAllBytes(Path.Combine(input, "blob.bin"), [0, 1, 2, 3, 0, 255, 0, 17]);
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(input, "bad.txt"), [0x47, 0x72, 0xFF, 0xFE, 0x21]);
        File.WriteAllText(Path.Combine(input, "feed.jsonl"), "{\"text\": \"Japan protested to China.\", \"date\": \"2013-11-25\"}\n{broken\n");
        var db = Path.Combine(_work, "k.db");
        var outDir = Path.Combine(_work, "out");

        Assert.Equal(ExitCodes.SomeInputsRefused, KronikaCli.Run(["run", input, "--db", db, "--out", outDir]));
        var counts = Counts(db);
        Assert.Equal(2, counts.Documents);
        Assert.Equal(4, counts.Refused);
        Assert.Equal(ExitCodes.SomeInputsRefused, KronikaCli.Run(["run", input, "--db", db, "--out", outDir]));
        Assert.Equal(counts, Counts(db));
    }

    [Fact]
    public void A_missing_gold_file_is_a_clear_error() =>
        Assert.Equal(ExitCodes.Error, KronikaCli.Run(["eval", "--gold", Path.Combine(_work, "none.jsonl"), RepoPaths.Samples]));

    [Fact]
    public void User_actor_tables_extend_the_dictionary_and_bad_ones_are_clear_errors()
    {
        var table = Path.Combine(_work, "my-people.tsv");
        File.WriteAllText(table, "# name\tvariants\tcountry\trole\ttitle\tstart\tend\nZorana Veltic\tVeltic\tSRB\tGOV\tforeign minister\t2020-01-01\t\n");
        var input = Path.Combine(_work, "a.txt");
        File.WriteAllText(input, "Zorana Veltic accused Croatia of provocation.");
        var outDir = Path.Combine(_work, "out");
        Assert.Equal(ExitCodes.Success, KronikaCli.Run(["run", input, "--db", Path.Combine(_work, "k.db"), "--out", outDir, "--actors", table]));
        var line = Assert.Single(File.ReadAllLines(Path.Combine(outDir, "events.jsonl")));
        Assert.Contains("\"country\":\"SRB\"", line.Replace(" ", ""));

        var wrongName = Path.Combine(_work, "people.csv");
        File.WriteAllText(wrongName, "x");
        Assert.Equal(ExitCodes.Error, KronikaCli.Run(["code", "Serbia protested.", "--actors", wrongName]));
        Assert.Equal(ExitCodes.Error, KronikaCli.Run(["code", "Serbia protested.", "--actors", Path.Combine(_work, "missing-people.tsv")]));
    }

    [Fact]
    public void The_actors_command_lists_mentions_with_their_rules()
    {
        var input = Path.Combine(_work, "b.txt");
        File.WriteAllText(input, "Georgian Defence Minister Giorgi Baramidze met Russian officials in Moscow.");
        var text = Output(["actors", input]);
        Assert.Contains("GEO/GOV Giorgi Baramidze", text);
        Assert.Contains("rule: nationality + title + name", text);
        Assert.Contains("\"Moscow\" -> RUS/GOV", text);
    }

    [Fact]
    public void User_pattern_files_add_events()
    {
        var patterns = Path.Combine(_work, "mine.tsv");
        File.WriteAllText(patterns, "# cameo\tpattern\tkind\tnote\n111\tbadmouth\tverb\ta user's own verb\n");
        var input = Path.Combine(_work, "c.txt");
        File.WriteAllText(input, "Chile badmouthed Peru.");
        var outDir = Path.Combine(_work, "out2");
        Assert.Equal(ExitCodes.Success, KronikaCli.Run(["run", input, "--db", Path.Combine(_work, "k2.db"), "--out", outDir, "--patterns", patterns]));
        Assert.Contains("\"cameo\":\"111\"", File.ReadAllText(Path.Combine(outDir, "events.jsonl")));
        Assert.Equal(ExitCodes.Error, KronikaCli.Run(["code", "Chile protested.", "--patterns", Path.Combine(_work, "none.tsv")]));
    }

    [Fact]
    public void A_petrarch_verb_dictionary_is_a_pattern_file_too_and_its_format_errors_name_file_and_line()
    {
        var dictionary = Path.Combine(_work, "mine.txt");
        File.WriteAllText(dictionary, "--- HAUL [---] ---\nHAUL\n- * GRAIN (TO +) [073]\n");
        var text = Output(["code", "Japan hauled grain to Sudan.", "--patterns", dictionary]);
        Assert.Contains("event  JPNGOV -> SDNGOV 073", text);
        Assert.Contains("[mine.txt:3:HAUL * GRAIN (TO +)]", text);
        File.WriteAllText(dictionary, "--- HAUL [---] ---\nHAUL\n- * GRAIN (TO + [073]\n");
        var (exit, _, error) = CliOutput.Run("code", "Japan hauled grain to Sudan.", "--patterns", dictionary);
        Assert.Equal(ExitCodes.Error, exit);
        Assert.Contains("mine.txt:3: '(' is not closed", error);
    }

    [Fact]
    public void Code_shows_each_events_parse_path_and_the_patterns_that_nearly_fired()
    {
        var text = Output(["code", "Bolivia accused Peru of human rights abuses. Chile accused Peru of spying."]);
        Assert.Contains("event  BOLGOV -> PERGOV 1122", text);
        Assert.Contains("path: Bolivia -nsubj-> [accused]", text);
        Assert.Contains("plover=ACCUSE", text);
        Assert.Contains("near   \"human\" 1122:human right abuse|violation allegation|accusation (noun): 3 of 4 words", text);
    }

    [Fact]
    public void The_time_command_lists_the_publication_date_and_each_expression()
    {
        var input = Path.Combine(_work, "t.txt");
        File.WriteAllText(input, "BEIJING, June 3, 2019 (Reuters) - China on Monday accused Japan of provocations in August 2018.\n");
        var text = Output(["time", input]);
        Assert.Contains("published=2019-06-03 (stated: dateline)", text);
        Assert.Contains("\"on Monday\" -> 2019-06-03\trelative", text);
        Assert.Contains("\"in August 2018\" -> 2018-08\texplicit", text);
    }
}
