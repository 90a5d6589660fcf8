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
