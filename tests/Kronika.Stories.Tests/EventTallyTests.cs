using Kronika.Events;

namespace Kronika.Stories.Tests;

public class EventTallyTests
{
    private static EventRecord Event(int quad, string modality) => new()
    {
        Doc = "d", DocId = "d", Id = Guid.NewGuid().ToString(), Source = new EventActor("RUS", "GOV", "", ""), Target = new EventActor("GEO", "GOV", "", ""),
        Cameo = "010", Root = "01", QuadClass = quad, Goldstein = 0, Date = "", DateBasis = "", Historical = false, Modality = modality,
        Symmetric = false, Evidence = new Evidence("", 0, 0), Rule = "t",
    };

    [Fact]
    public void Counts_documents_sentences_quad_classes_and_modalities()
    {
        var tally = new EventTally();
        tally.Add(3, [Event(1, "asserted"), Event(4, "asserted"), Event(4, "denied")]);
        tally.Add(2, []);
        Assert.Equal((2, 5, 3), (tally.Documents, tally.Sentences, tally.Events));
        Assert.Equal([1, 0, 0, 2], Enumerable.Range(1, 4).Select(tally.InQuadClass).ToArray());
        Assert.Equal(0, tally.InQuadClass(7));
        Assert.Equal(2, tally.ByModality["asserted"]);
        Assert.Equal(1, tally.ByModality["denied"]);
        Assert.Equal(3, tally.DyadicEvents);
        tally.Add(1, [Event(4, "asserted") with { Target = new EventActor("", "", "", "") }]);
        Assert.Equal((4, 3), (tally.Events, tally.DyadicEvents));
    }
}
