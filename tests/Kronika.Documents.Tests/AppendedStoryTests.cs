namespace Kronika.Documents.Tests;

public class AppendedStoryTests
{
    private static readonly DocumentCleaner Cleaner = DocumentCleaner.LoadDefault();

    private const string Article = """
        Ethiopia and Egypt resumed talks on the Nile dam on Monday after a year-long pause.
        Egyptian Foreign Minister Sameh Shoukry said Cairo wanted a binding deal on filling the reservoir.
        Ethiopia says the dam is vital for its development and has rejected any binding limits on its operation.
        Egypt fears the dam will cut its share of the Nile waters, on which it depends for almost all its fresh water.
        Sudan, which lies between the two countries, has joined the talks as a mediator and a party to the dispute.
        The African Union has hosted previous rounds of negotiations between Egypt and Ethiopia without a deal.
        """;

    private static SourceDocument Clean(string text)
    {
        var doc = new SourceDocument("a.txt", text.ReplaceLineEndings("\n"));
        Cleaner.Apply(doc);
        return doc;
    }

    private static string[] Labelled(SourceDocument doc, string label) =>
        doc.Noise.Where(n => n.Label == label).Select(n => doc.Text[n.Span.Start..n.Span.End]).ToArray();

    [Fact]
    public void An_unrelated_story_appended_after_the_article_is_noise()
    {
        const string appended = """
            Separately, Chilean firefighters battled wildfires near Valparaiso that destroyed hundreds of homes.
            Chilean officials said strong winds and high temperatures had spread the flames across the hills overnight.
            """;
        var doc = Clean(Article + "\n" + appended);
        Assert.Equal(appended.ReplaceLineEndings("\n").Split("\n"), Labelled(doc, AppendedStoryDetector.Label));
        Assert.Equal(6, doc.Body.Count);
    }

    [Fact]
    public void A_closing_background_paragraph_is_kept()
    {
        var doc = Clean(Article + "\nThe World Bank declined to fund the project in 2011, citing the lack of an agreement among the Nile states.\n");
        Assert.Empty(Labelled(doc, AppendedStoryDetector.Label));
        Assert.Equal(7, doc.Body.Count);
    }

    [Fact]
    public void Closing_paragraphs_on_a_new_actor_that_still_name_both_sides_are_kept()
    {
        const string ending = """
            Washington has offered to mediate between Egypt and Ethiopia, US officials said.
            Washington hosted talks between Egypt and Ethiopia in 2020 that ended without agreement.
            """;
        var doc = Clean(Article + "\n" + ending);
        Assert.Empty(Labelled(doc, AppendedStoryDetector.Label));
    }

    [Fact]
    public void Short_articles_are_never_cut()
    {
        var doc = Clean("""
            Peru recalled its ambassador from Mexico on Tuesday.
            Mexico said it regretted the decision.
            Separately, Norwegian fishermen protested new quotas in Oslo.
            Norwegian police said the protest was peaceful.
            """);
        Assert.Empty(Labelled(doc, AppendedStoryDetector.Label));
    }
}
