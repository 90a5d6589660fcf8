using Kronika.Events.Dictionaries;

namespace Kronika.Events.Tests;

/// <summary>The PETRARCH/TABARI verb dictionary reader: each construct of the format, on small dictionaries written for these tests.</summary>
public class PetrarchVerbReaderTests
{
    private static PetrarchVerbDictionary Read(string text) => PetrarchVerbReader.Read("test.verbs", text.Split('\n'));

    private static PetrarchVerbBlock OnlyBlock(string text) => Assert.Single(Read(text).Blocks);

    private static PetrarchPattern OnlyPattern(string text) => Assert.Single(OnlyBlock(text).Patterns);

    private const string Goods = "&GOODS\n+GRAIN\n+FUEL_OIL\n+LUMBER_\n";

    [Fact]
    public void Comments_and_blank_lines_are_skipped()
    {
        var block = OnlyBlock("# a dictionary for a test\n\n   \n--- HAUL [070] ---  # the block\nHAUL   # the verb\n- * GRAIN [073] # a pattern\n");
        Assert.Equal("HAUL", Assert.Single(block.Verbs).Verb);
        Assert.Equal("073", Assert.Single(block.Patterns).Code.Primary);
    }

    [Fact]
    public void A_synonym_set_holds_its_phrases_with_underscores_as_spaces_and_plural_rules()
    {
        var synset = Read(Goods).Synsets["GOODS"];
        Assert.Equal(["GRAIN", "FUEL_OIL", "LUMBER_"], synset.Phrases.Select(p => p.ToString()));
        Assert.Equal(["FUEL", "OIL"], synset.Phrases[1].Words);
        Assert.True(synset.Phrases[0].MakePlural);
        Assert.False(synset.Phrases[2].MakePlural);
    }

    [Fact]
    public void A_label_ending_in_underscore_makes_no_plurals_for_any_phrase()
    {
        var synset = Read("&VERBISH_\n+WAS\n+WERE\n").Synsets["VERBISH"];
        Assert.All(synset.Phrases, p => Assert.False(p.MakePlural));
    }

    [Fact]
    public void Plurals_follow_the_format_s_ies_and_es()
    {
        Assert.Equal(["grain", "grains"], PetrarchVerbCompiler.WordForms("grain", true));
        Assert.Equal(["ally", "allies"], PetrarchVerbCompiler.WordForms("ally", true));
        Assert.Equal(["pass", "passes"], PetrarchVerbCompiler.WordForms("pass", true));
        Assert.Equal(["grain"], PetrarchVerbCompiler.WordForms("grain", false));
    }

    [Fact]
    public void A_verb_block_has_a_name_a_code_verbs_with_irregular_forms_and_own_codes()
    {
        var block = OnlyBlock("--- HAUL [070] ---\nHAUL\nTOTE {TOTES TOTED TOTING} [071]\nDRAG {}\n");
        Assert.Equal(("HAUL", "070"), (block.Name, block.Code.Primary));
        Assert.Null(block.Verbs[0].IrregularForms);
        Assert.Null(block.Verbs[0].Code);
        Assert.Equal(["TOTES", "TOTED", "TOTING"], block.Verbs[1].IrregularForms!.Select(f => f.Words[0]));
        Assert.Equal("071", block.Verbs[1].Code!.Primary);
        Assert.Empty(block.Verbs[2].IrregularForms!);
    }

    [Theory]
    [InlineData("--- HAUL ---")]
    [InlineData("--- HAUL [---] ---")]
    [InlineData("--- HAUL [] ---")]
    public void A_block_without_a_code_or_with_the_null_code_makes_no_event_for_the_bare_verb(string header) =>
        Assert.True(OnlyBlock(header + "\nHAUL\n").Code.IsNull);

    [Fact]
    public void A_verb_after_a_tabari_semicolon_note_is_still_read() =>
        Assert.Equal("TOTE", Assert.Single(OnlyBlock("--- HAUL [070] ---\nTOTE {TOTES TOTED TOTING};xy 1/2/99\n").Verbs).Verb);

    [Fact]
    public void Multi_word_verbs_mark_their_verb_word_with_plus()
    {
        var verbs = OnlyBlock("--- FENCE [---] ---\n+FENCE_OFF {+FENCED_OFF +FENCES_OFF +FENCING_OFF} [171]\nSTONE_+WALL\n").Verbs;
        Assert.Equal(["FENCE", "OFF"], verbs[0].Words);
        Assert.Equal((0, "FENCE"), (verbs[0].VerbIndex, verbs[0].Verb));
        Assert.Equal(["FENCED", "OFF"], verbs[0].IrregularForms![0].Words);
        Assert.Equal((1, "WALL"), (verbs[1].VerbIndex, verbs[1].Verb));
    }

    [Fact]
    public void Pattern_terms_before_and_after_the_verb_position()
    {
        var pattern = OnlyPattern(Goods + "--- HAUL [---] ---\nHAUL\n- $ CONVOY * &GOODS {FRESH WATER} (TO +) (FOR) ^ % [073]\n");
        Assert.Equal([typeof(PetrarchActor), typeof(PetrarchWords)], pattern.Before.Select(t => t.GetType()));
        Assert.Equal(PetrarchActorRole.Source, ((PetrarchActor)pattern.Before[0]).Role);
        var after = pattern.After;
        Assert.Equal("GOODS", Assert.IsType<PetrarchSynsetReference>(after[0]).Synset.Name);
        Assert.Equal(["FRESH", "WATER"], Assert.IsType<PetrarchNounPhrase>(after[1]).Terms.Select(t => ((PetrarchWords)t).Phrase.Words[0]));
        var to = Assert.IsType<PetrarchPrepositionalPhrase>(after[2]);
        Assert.Equal(PetrarchActorRole.Target, Assert.IsType<PetrarchActor>(Assert.Single(to.Objects)).Role);
        Assert.Empty(Assert.IsType<PetrarchPrepositionalPhrase>(after[3]).Objects);
        Assert.Equal([PetrarchActorRole.Skip, PetrarchActorRole.Compound], after.Skip(4).Select(t => ((PetrarchActor)t).Role));
    }

    [Fact]
    public void A_prepositional_phrase_may_hold_a_noun_phrase_and_words_may_be_joined()
    {
        var pattern = OnlyPattern(Goods + "--- HAUL [---] ---\nHAUL\n- *(FOR {EMERGENCY &GOODS}) TRUCK_CONVOY BARGE_&GOODS [073]\n");
        var pp = Assert.IsType<PetrarchPrepositionalPhrase>(pattern.After[0]);
        Assert.IsType<PetrarchSynsetReference>(Assert.IsType<PetrarchNounPhrase>(Assert.Single(pp.Objects)).Terms[1]);
        Assert.Equal(["TRUCK", "CONVOY"], Assert.IsType<PetrarchWords>(pattern.After[1]).Phrase.Words);
        Assert.Equal(2, Assert.IsType<PetrarchJoined>(pattern.After[2]).Parts.Count);
    }

    [Theory]
    [InlineData("[073]", "073", null)]
    [InlineData("[042:043]", "042", "043")]
    [InlineData("[:173]", null, "173")]
    [InlineData("[080!]", "080", null)]
    public void Codes_single_paired_and_reverse_only(string code, string? primary, string? secondary)
    {
        var parsed = OnlyPattern($"--- HAUL [---] ---\nHAUL\n- * GRAIN {code}\n").Code;
        Assert.Equal((primary, secondary), (parsed.Primary, parsed.Secondary));
        Assert.Equal(primary ?? secondary, parsed.Event);
    }

    [Fact]
    public void A_null_code_pattern_is_kept_to_suppress() =>
        Assert.True(OnlyPattern("--- HAUL [070] ---\nHAUL\n- * GRAVEL [---]\n").Code.IsNull);

    [Fact]
    public void A_pattern_naming_a_synonym_set_defined_later_is_left_out_and_listed()
    {
        var dictionary = Read("--- HAUL [---] ---\nHAUL\n- * &GOODS [073]\n- * GRAIN [073]\n" + Goods);
        Assert.Single(dictionary.Blocks[0].Patterns);
        Assert.StartsWith("test.verbs:3:", Assert.Single(dictionary.Ignored));
    }

    [Fact]
    public void Transformations_are_read()
    {
        var transformation = Assert.Single(Read("~ a (a b HAUL) SAY = a b 073\n").Transformations);
        Assert.Equal((1, "a (a b HAUL) SAY = a b 073"), (transformation.Line, transformation.Text));
    }

    [Theory]
    [InlineData("--- HAUL [070] ---\nHAUL\n- GRAIN [073]\n", 3, "no '*'")]
    [InlineData("--- HAUL [070] ---\nHAUL\n- * GRAIN * [073]\n", 3, "more than one '*'")]
    [InlineData("--- HAUL [070] ---\nHAUL\n- * GRAIN\n", 3, "code in brackets")]
    [InlineData("--- HAUL [070] ---\nHAUL\n- * {GRAIN [073]\n", 3, "not closed")]
    [InlineData("--- HAUL [070] ---\nHAUL\n- * GRAIN) [073]\n", 3, "without its opening")]
    [InlineData("--- HAUL [070] ---\nHAUL\n- * () [073]\n", 3, "empty prepositional")]
    [InlineData("--- HAUL [070] ---\nHAUL\n- * GRAIN [07x]\n", 3, "no CAMEO code")]
    [InlineData("--- HAUL [070] ---\nHAUL\n- * GR$AIN [073]\n", 3, "mixes a word")]
    [InlineData("- * GRAIN [073]\n", 1, "before any verb block")]
    [InlineData("\n+GRAIN\n", 2, "outside a synonym set")]
    [InlineData("HAUL\n", 1, "neither")]
    [InlineData("--- HAUL [070]\nHAUL\n", 1, "verb block line")]
    [InlineData("--- FENCE [---] ---\nFENCE_OFF\n", 2, "needs '+'")]
    [InlineData("&EMPTY\n--- HAUL [070] ---\n", 2, "has no '+' phrase")]
    [InlineData("~ a (a b HAUL SAY = a b 073\n", 1, "unbalanced")]
    public void Malformed_lines_name_file_and_line(string text, int line, string reason)
    {
        var error = Assert.Throws<FormatException>(() => Read(text));
        Assert.StartsWith($"test.verbs:{line}: ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void The_format_is_told_by_extension_or_by_a_verb_block_line()
    {
        var tsv = Path.GetTempFileName();
        File.WriteAllText(tsv, "# cameo\tpattern\tkind\tnote\n073\thaul * grain\tverb\t\n");
        var txt = Path.ChangeExtension(Path.GetTempFileName(), ".txt");
        File.WriteAllText(txt, "--- HAUL [070] ---\nHAUL\n");
        Assert.False(PetrarchVerbReader.IsVerbDictionary(tsv));
        Assert.True(PetrarchVerbReader.IsVerbDictionary(txt));
        Assert.True(PetrarchVerbReader.IsVerbDictionary("mine.verbs"));
    }

    [Fact]
    public void The_shipped_dictionary_reads_whole()
    {
        var dictionary = PetrarchVerbReader.Read(PatternDictionary.PetrarchVerbsFile);
        Assert.True(dictionary.Blocks.Count > 390);
        Assert.Equal(4668, dictionary.Blocks.Sum(b => b.Patterns.Count) + dictionary.Ignored.Count);
        Assert.True(dictionary.Synsets.Count >= 40);
        Assert.Equal(8, dictionary.Transformations.Count);
        var index = new TreePatternIndex();
        PetrarchVerbCompiler.Compile(dictionary, Codebook.LoadDefault(), index);
        Assert.NotEmpty(index.VerbsOf("ask", "asked"));
    }

    [Fact]
    public void A_code_missing_from_the_codebook_falls_back_to_the_code_above_it()
    {
        var index = new TreePatternIndex();
        PetrarchVerbCompiler.Compile(Read("--- HAUL [---] ---\nHAUL\n- * GRAIN [0739]\n"), Codebook.LoadDefault(), index);
        Assert.Equal("073", Assert.Single(Assert.Single(index.VerbsOf("haul", "haul")).Patterns.All).Event!.Cameo);
    }

    [Fact]
    public void A_bare_statement_verb_makes_no_pattern_but_other_bare_verbs_do()
    {
        var index = new TreePatternIndex();
        PetrarchVerbCompiler.Compile(Read("--- GRUMBLE [010] ---\nGRUMBLE\n--- HAUL [070] ---\nHAUL\n"), Codebook.LoadDefault(), index);
        Assert.Null(Assert.Single(index.VerbsOf("grumble", "grumble")).Bare);
        Assert.Equal("test.verbs:4:HAUL", Assert.Single(index.VerbsOf("haul", "haul")).Bare!.Event!.Rule);
    }
}
