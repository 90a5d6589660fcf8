using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Actors.Tests.Dictionaries;

/// <summary>What the shipped Phoenix dictionaries add to recognition, and the noise they must not add.</summary>
public sealed class PetrarchRecognitionTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault();
    private static readonly ActorDictionary Dictionary = ActorDictionary.LoadDefault(Analyzer.Tokenizer);
    private static readonly ActorRecognizer Recognizer = new(Dictionary);

    private static ActorMention[] Mentions(string text, string? published = null)
    {
        PartialDate? date = PartialDate.TryParseIso(published, out var d) ? d : null;
        return Recognizer.Recognize(Analyzer.Analyze(new SourceDocument("t.txt", text, metadataDate: date)));
    }

    private static string[] Codes(string text, string? published = null) =>
        Mentions(text, published).SelectMany(m => m.Actors).Select(a => $"{a.Country}/{a.Role}").ToArray();

    [Fact]
    public void The_Phoenix_dictionaries_are_loaded_after_Kronikas_tables()
    {
        Assert.True(Dictionary.PetrarchAdded > 10_000, $"{Dictionary.PetrarchAdded} phrases added");
        Assert.True(Dictionary.PetrarchSkipped > 0);
    }

    [Fact]
    public void A_national_institution_of_the_country_dictionary_has_its_role() =>
        Assert.Equal("AFG/MIL", Codes("The Afghan National Army said it was ready.")[0]);

    [Fact]
    public void An_office_holder_is_in_office_only_within_the_dates_of_his_term()
    {
        // Hafizullah Amin led Afghanistan from September to December 1979.
        Assert.Equal("AFG/GOV", Codes("Hafizullah Amin spoke on the radio.", "1979-11-01")[0]);
        Assert.Equal("AFG/ELI", Codes("Hafizullah Amin spoke on the radio.", "1975-11-01")[0]);
    }

    [Theory]
    [InlineData("Amin spoke on the radio.", "Amin")]
    [InlineData("Brown said nothing.", "Brown")]
    [InlineData("Lee arrived late.", "Lee")]
    public void A_bare_surname_is_no_actor(string text, string surname) =>
        Assert.DoesNotContain(Mentions(text, "1979-11-01"), m => m.Text == surname);

    [Fact]
    public void Kronikas_own_people_win_over_Phoenix()
    {
        // people.tsv ends Gordon Brown's term in May 2010; Phoenix runs it to July.
        Assert.NotEqual("GBR/GOV", Codes("Gordon Brown spoke.", "2010-06-15").FirstOrDefault());
    }
}

/// <summary>A user's own PETRARCH dictionaries, passed with --actors as they are.</summary>
public sealed class PetrarchUserDictionaryTests : IDisposable
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault();
    private readonly string _dir = Directory.CreateTempSubdirectory("kronika-user-petrarch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void An_actors_file_is_read_by_its_name_and_its_people_take_their_dates()
    {
        var path = Write("mine.actors", "ZORAN_QUILLFEATHER_\n+Z._QUILLFEATHER_\n\t[SRBGOV 20200101-20221231]\n\t[SRBELI]\n");
        var recognizer = new ActorRecognizer(ActorDictionary.LoadDefault(Analyzer.Tokenizer, [path]));
        string Code(string date) => recognizer.Recognize(Analyzer.Analyze(new SourceDocument("t.txt", "Zoran Quillfeather spoke.", metadataDate: PartialDate.TryParseIso(date, out var d) ? d : null)))
            .Select(m => $"{m.Actor.Country}/{m.Actor.Role}").First();
        Assert.Equal("SRB/GOV", Code("2021-05-01"));
        Assert.Equal("SRB/ELI", Code("2024-05-01"));
    }

    [Fact]
    public void A_file_of_another_name_is_read_by_its_content_and_a_format_error_names_file_and_line()
    {
        var agents = Write("my-roles.txt", "# mine\nHARBOUR_WARDEN [~COP]\n");
        Assert.Equal(PetrarchFormat.Agents, ActorDictionary.DetectPetrarch(agents));
        var bad = Write("broken.actors", "SOMEONE_\n\t[SRBGOV 20201301-20221231]\n");
        var error = Assert.Throws<FormatException>(() => ActorDictionary.LoadDefault(Analyzer.Tokenizer, [bad]));
        Assert.Equal($"{bad}:2: '20201301' is not a date of the calendar", error.Message);
    }
}

/// <summary>Phoenix names that carry their title leave the title to Kronika's composition.</summary>
public sealed class PetrarchTitledNameTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault();
    private static readonly ActorRecognizer Recognizer = new(ActorDictionary.LoadDefault(Analyzer.Tokenizer));

    [Fact]
    public void A_secretary_general_of_the_UN_is_IGO_GOV_as_people_tsv_has_it()
    {
        var mention = Recognizer.Recognize(Analyzer.Analyze(new SourceDocument("t.txt", "UN Secretary-General Ban Ki-moon urged restraint.", metadataDate: PartialDate.TryParseIso("2010-05-01", out var d) ? d : null)))
            .First(m => m.IsPerson);
        Assert.Equal(("IGO", "GOV"), (mention.Actor.Country, mention.Actor.Role));
    }
}

/// <summary>A Phoenix office holder named with a title takes the title's role, and the country Phoenix gives.</summary>
public sealed class PetrarchTitleRoleTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault();
    private static readonly ActorRecognizer Recognizer = new(ActorDictionary.LoadDefault(Analyzer.Tokenizer));

    [Fact]
    public void A_senator_known_to_Phoenix_is_of_his_country_in_the_legislature()
    {
        var mention = Recognizer.Recognize(Analyzer.Analyze(new SourceDocument("t.txt", "Sen. John McCain criticised the plan.", metadataDate: PartialDate.TryParseIso("2013-05-01", out var d) ? d : null)))
            .First(m => m.IsPerson);
        Assert.Equal(("USA", "LEG"), (mention.Actor.Country, mention.Actor.Role));
    }
}
