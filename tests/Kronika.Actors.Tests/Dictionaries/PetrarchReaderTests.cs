using Kronika.Actors.Dictionaries;

namespace Kronika.Actors.Tests.Dictionaries;

/// <summary>Every construct of the actor, agent and discard formats of PETRARCH's dictionaries.rst, on snippets written for the tests.</summary>
public sealed class PetrarchReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kronika-petrarch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private List<PetrarchActor> Actors(string text) => PetrarchActorReader.Read(Write("test.actors", text));
    private List<PetrarchAgent> Agents(string text) => PetrarchAgentReader.Read(Write("test.agents", text));

    [Fact]
    public void A_primary_phrase_with_a_code_and_plus_synonyms_is_one_record()
    {
        var record = Assert.Single(Actors("# countries\n\nFREEDONIA_  [FRD]\n+FREEDONIAN_\n+REPUBLIC_OF_FREEDONIA   # an alias\n"));
        Assert.Equal(["FREEDONIA", "FREEDONIAN", "REPUBLIC OF FREEDONIA"], record.Phrases);
        var code = Assert.Single(record.Codes);
        Assert.Equal("FRD", code.Code);
        Assert.True(code.IsDefault);
        Assert.Equal(3, record.Line);
    }

    [Fact]
    public void Underscores_and_blanks_both_separate_words_and_a_final_underscore_adds_nothing()
    {
        var record = Assert.Single(Actors("JOHN_Q  PUBLIC_ [FRDGOV]\n"));
        Assert.Equal("JOHN Q PUBLIC", record.Phrases[0]);
    }

    [Fact]
    public void Date_restrictions_on_tab_lines_before_after_and_between_dates()
    {
        var record = Assert.Single(Actors("JANE_DOE_  ; CountryInfo.txt\n\t[FRDELI 19270101-450703]\n\t[FRDGOV >450704]\n\t[FRDMIL < 990101]\n\t[FRDELI]\n"));
        Assert.Equal(4, record.Codes.Count);
        Assert.Equal(new PetrarchCode("FRDELI", new DateOnly(1927, 1, 1), new DateOnly(1945, 7, 3)), record.Codes[0]);
        Assert.Equal((new DateOnly(1945, 7, 4), (DateOnly?)null), (record.Codes[1].From!.Value, record.Codes[1].To));
        Assert.Equal(((DateOnly?)null, new DateOnly(1999, 1, 1)), (record.Codes[2].From, record.Codes[2].To!.Value));
        Assert.True(record.Codes[3].IsDefault);
    }

    [Fact]
    public void Six_digit_years_00_to_30_are_this_century_and_eight_digit_dates_are_as_written()
    {
        var codes = Assert.Single(Actors("A_B_\n\t[FRDGOV 290101-300101]\n\t[FRDGOV >310101]\n\t[FRDGOV 19310102-20011231]\n")).Codes;
        Assert.Equal((new DateOnly(2029, 1, 1), new DateOnly(2030, 1, 1)), (codes[0].From!.Value, codes[0].To!.Value));
        Assert.Equal(new DateOnly(1931, 1, 1), codes[1].From);
        Assert.Equal((new DateOnly(1931, 1, 2), new DateOnly(2001, 12, 31)), (codes[2].From!.Value, codes[2].To!.Value));
    }

    [Fact]
    public void Synonyms_share_the_restrictions_that_follow_them_and_several_codes_may_share_a_line()
    {
        var records = Actors("ABDUL_QADIR_\n+NUR_TARAKI_\n\t[AFGGOV 780427-780430]\nJAVIER_PEREZ_\t[IGOUNO 820101-911231] [ELI]\nSOMEONE_ [---]\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(["ABDUL QADIR", "NUR TARAKI"], records[0].Phrases);
        Assert.Equal(["IGOUNO", "ELI"], records[1].Codes.Select(c => c.Code));
        Assert.True(records[2].Codes[0].IsNull);
    }

    [Theory]
    [InlineData("+ORPHAN_\n", "test.actors:1: a '+' synonym before any actor phrase")]
    [InlineData("\t[FRD]\n", "test.actors:1: a date restriction before any actor phrase")]
    [InlineData("A_B_ [FRD\n", "test.actors:1: a '[' with no closing ']'")]
    [InlineData("A_B_\n\t[FRDGOV 010101-0101]\n", "test.actors:2: '0101' is not a date (YYMMDD or YYYYMMDD)")]
    [InlineData("A_B_\n\t[FRDGOV 011301-020101]\n", "test.actors:2: '011301' is not a date of the calendar")]
    [InlineData("A_B_\n\t[FRDGOV 020101-010101]\n", "test.actors:2: '020101-010101' ends before it starts")]
    [InlineData("A_B_\n\t[FRDGOV ~020101]\n", "test.actors:2: '~020101' is not a restriction (<date, >date or date-date)")]
    [InlineData("A_B_ [FRD] junk\n", "test.actors:1: unexpected 'junk' after a code")]
    [InlineData("A_B_ [FRD 010101-020202 x]\n", "test.actors:1: expected [CODE] or [CODE restriction], found '[FRD 010101-020202 x]'")]
    [InlineData("A_B_\n\tstray [FRD]\n", "test.actors:2: expected a [code] on an indented line, found 'stray'")]
    public void Malformed_actor_lines_name_the_file_and_line(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => Actors(text));
        Assert.EndsWith(message, error.Message);
    }

    [Fact]
    public void A_line_that_is_not_utf8_is_read_as_latin1()
    {
        var path = Path.Combine(_dir, "latin.actors");
        File.WriteAllBytes(path, [.. "COTE_D"u8, 0xD4, .. "IVOIRE_ [CIV]\n"u8]);
        Assert.Equal("COTE DÔIVOIRE", Assert.Single(PetrarchActorReader.Read(path)).Phrases[0]);
    }

    [Fact]
    public void Agents_get_regular_plurals_s_ies_and_es()
    {
        var agents = Agents("SOLDIER [~MIL]\nMILITARY_ACADEMY [~EDU]\nWITNESS [~CVL]\n");
        Assert.Equal(["SOLDIER", "SOLDIERS", "MILITARY ACADEMY", "MILITARY ACADEMIES", "WITNESS", "WITNESSES"], agents.Select(a => a.Phrase));
        Assert.Equal([false, true, false, true, false, true], agents.Select(a => a.Plural));
        Assert.All(agents, a => Assert.False(a.BeforeActor));
        Assert.Equal("MIL", agents[0].Code);
    }

    [Fact]
    public void Braces_give_irregular_plurals_and_empty_braces_none()
    {
        var agents = Agents("ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\nPOLICE {} [~COP]\n");
        Assert.Equal(["ATTORNEY GENERAL", "ATTORNEYS GENERAL", "POLICE"], agents.Select(a => a.Phrase));
        Assert.Equal("GOVATG", agents[0].Code);
    }

    [Fact]
    public void Substitution_sets_replace_their_marker_with_no_further_plural()
    {
        var agents = Agents("!PERSON! = MAN, MEN , WOMAN\n!MINIST! = MINISTER, MINISTRY\nCONGRESS!PERSON! [~LEG}\nFOREIGN_!MINIST! [~GOV]\n");
        Assert.Equal(["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "FOREIGN MINISTER", "FOREIGN MINISTRY"], agents.Select(a => a.Phrase));
        Assert.True(agents[1].Plural);
        Assert.False(agents[0].Plural);
        Assert.Equal("LEG", agents[0].Code);
    }

    [Fact]
    public void A_code_before_the_tilde_goes_before_the_actor_and_a_blank_lets_words_between()
    {
        var agents = Agents("HUMAN_RIGHTS_BODY [NGO~]\nCHIEF EXECUTIVE {} [~GOV]\n");
        Assert.True(agents[0].BeforeActor);
        Assert.Equal("NGO", agents[0].Code);
        Assert.False(agents[0].Gapped);
        Assert.True(agents[^1].Gapped);
        Assert.Equal("CHIEF EXECUTIVE", agents[^1].Phrase);
    }

    [Theory]
    [InlineData("SOLDIER\n", "test.agents:1: expected an agent code in [...]")]
    [InlineData("SOLDIER [MIL]\n", "test.agents:1: an agent code begins or ends with '~', not 'MIL'")]
    [InlineData("SOLDIER {SOLDIERS [~MIL]\n", "test.agents:1: a '{' with no closing '}'")]
    [InlineData("SOLDIER [~MIL\n", "test.agents:1: a '[' with no closing ']'")]
    [InlineData("\n!X!_MAN [~MIL]\n", "test.agents:2: the substitution marker !X! is not defined above")]
    [InlineData("!X = A, B\n", "test.agents:1: '!X' is not a substitution marker (!NAME!)")]
    [InlineData("[~MIL]\n", "test.agents:1: an agent code with no phrase")]
    [InlineData("SOLDIER [~MIL] extra\n", "test.agents:1: unexpected 'extra' after the agent code")]
    public void Malformed_agent_lines_name_the_file_and_line(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => Agents(text));
        Assert.EndsWith(message, error.Message);
    }

    [Fact]
    public void Discards_are_phrases_for_the_sentence_or_with_a_plus_for_the_story_and_stems_unless_ending_in_underscore()
    {
        var discards = PetrarchDiscardReader.Read(Write("test.discards", "+ACADEMY AWARD   # LRP 08 Mar 2004\nWORLD_CUP_\nBASEBALL\n"));
        Assert.Equal(["ACADEMY AWARD", "WORLD CUP", "BASEBALL"], discards.Select(d => d.Phrase));
        Assert.Equal([true, false, false], discards.Select(d => d.WholeStory));
        Assert.Equal([false, true, false], discards.Select(d => d.WholeWord));
        var error = Assert.Throws<FormatException>(() => PetrarchDiscardReader.Read(Write("bad.discards", "\nWORLD CUP [---]\n")));
        Assert.EndsWith("bad.discards:2: a discard is a phrase with no code, not 'WORLD CUP [---]'", error.Message);
    }
}
