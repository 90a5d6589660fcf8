using Kronika.Documents;

namespace Kronika.Events.Tests;

/// <summary>
/// Coding with a PETRARCH verb dictionary given as a user's pattern file: its patterns are matched on the dependency tree,
/// after Kronika's own verbs.tsv, and report their file and line. The dictionary and the sentences are written for these tests.
/// </summary>
public class PetrarchCodingTests
{
    private const string Dictionary = """
        # A small verb dictionary in PETRARCH's format.
        &CARGO
        +GRAIN
        +MEDICINE

        --- HAUL [070] ---
        HAUL
        LOAD {LOADS LOADED LOADING}
        - * &CARGO (TO +)     [073]
        - * &CARGO (FOR +)    [073]
        - * TROOPS            [---]
        - $ * DOCTORS (TO +)  [074]

        --- JOKE [010] ---
        JOKE

        --- SCOLD [---] ---
        SCOLD [051]

        --- WALL [---] ---
        +WALL_OFF [171]

        --- STATION [---] ---
        STATION
        - * (IN PROTEST)      [140]
        - * PROTEST           [141]
        """;

    private static readonly Pipeline Pipeline = Pipeline.LoadDefault(extraPatterns: [WriteDictionary()]);

    private static string WriteDictionary()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("kronika-petrarch").FullName, "cargo.verbs");
        File.WriteAllText(path, Dictionary);
        return path;
    }

    private static IReadOnlyList<EventRecord> Events(string text)
    {
        PartialDate.TryParseIso("2021-03-04", out var date);
        return Pipeline.Process(new SourceDocument("t.txt", text, metadataDate: date)).Events;
    }

    private static IEnumerable<EventRecord> FromDictionary(string text) => Events(text).Where(e => e.Rule.StartsWith("cargo.verbs:", StringComparison.Ordinal));

    [Fact]
    public void A_pattern_codes_with_its_synonym_set_and_target_slot_and_reports_file_and_line()
    {
        var e = Assert.Single(FromDictionary("Japan hauled grain to Sudan."));
        Assert.Equal(("JPN", "SDN", "073"), (e.Source.Country, e.Target.Country, e.Cameo));
        Assert.StartsWith("cargo.verbs:9:HAUL * &CARGO (TO +)", e.Rule);
    }

    [Fact]
    public void Every_verb_of_the_block_takes_its_patterns() =>
        Assert.Equal("073", Assert.Single(FromDictionary("Japan loaded medicine for Sudan.")).Cameo);

    [Fact]
    public void A_null_code_pattern_keeps_the_verb_from_coding() =>
        Assert.Empty(FromDictionary("Japan loaded troops for Sudan."));

    [Fact]
    public void The_target_slot_needs_an_actor_there() =>
        Assert.DoesNotContain(FromDictionary("Japan hauled grain to the island."), e => e.Cameo == "073");

    [Fact]
    public void A_source_slot_names_the_source() =>
        Assert.Equal(("JPN", "SDN", "074"), Assert.Single(FromDictionary("Japan hauled doctors to Sudan."), e => e.Dyadic) is var e ? (e.Source.Country, e.Target.Country, e.Cameo) : default);

    [Fact]
    public void A_word_of_another_clause_does_not_complete_a_pattern() =>
        Assert.DoesNotContain(FromDictionary("Japan loaded the ships, and Sudan bought grain."), e => e.Cameo == "073");

    [Fact]
    public void A_bare_statement_verb_of_the_dictionary_makes_no_event() =>
        Assert.Empty(FromDictionary("Japan joked about China."));

    [Fact]
    public void Kronika_patterns_win_at_a_verb_they_know() =>
        Assert.All(Events("Japan scolded China."), e => Assert.StartsWith("verbs.tsv:", e.Rule));

    [Fact]
    public void A_multi_word_verb_needs_its_other_word()
    {
        Assert.Single(FromDictionary("Japan walled off the Russian embassy."), e => e.Cameo == "171");
        Assert.Empty(FromDictionary("Japan walled the Russian embassy."));
    }

    [Fact]
    public void A_prepositional_phrase_must_be_one_and_an_object_word_no_oblique()
    {
        Assert.StartsWith("cargo.verbs:25:STATION * (IN PROTEST)", Assert.Single(FromDictionary("Japan stationed warships near Taiwan in protest.")).Rule);
        // "in the strait ... despite protests": the preposition marks another word, and the protests stand in an oblique.
        Assert.Empty(FromDictionary("Japan stationed warships in the strait despite protests."));
    }

    [Fact]
    public void The_shipped_dictionary_codes_what_verbs_tsv_leaves()
    {
        var e = Assert.Single(Events("Iran asked Japan for humanitarian aid."));
        Assert.Equal(("IRN", "JPN", "0233"), (e.Source.Country, e.Target.Country, e.Cameo));
        Assert.StartsWith("CAMEO.2.0.txt:", e.Rule);
    }
}
