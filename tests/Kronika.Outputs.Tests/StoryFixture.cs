using Kronika.Documents;
using Kronika.Events;
using Kronika.Stories;

namespace Kronika.Outputs.Tests;

/// <summary>
/// Merged events for the export and report tests, with article text that tries every trap: commas, quotes, line
/// breaks, tabs, non-ASCII letters, and hostile markup that would run script if it were not escaped.
/// </summary>
public static class StoryFixture
{
    public const string Script = "<script>window.pwned = 1; alert(1)</script>";
    public const string Image = "<img src=x onerror=\"window.pwned2 = 1; alert(2)\">";

    /// <summary>Each document's text; every event's evidence is a sentence of it.</summary>
    public static readonly Dictionary<string, string> Texts = new()
    {
        ["war"] = "TBILISI (Wire) - Russian troops fought Georgia on August 8, 2008, officials said. Shelling went on overnight.",
        ["recall"] = "Georgia’s president recalled: \"Russia, our neighbour, invaded in August 2008.\"\nTalks in Geneva followed.",
        ["hostile"] = $"Preface. Russia accused Georgia {Script} of {Image} provocations,\tsaid a \"source\". Tail text.",
        ["talks"] = "Georgia and Russia held talks in Geneva on Tuesday.",
    };

    /// <summary>The PLOVER type and mode data/plover.tsv gives the fixture's codes.</summary>
    private static readonly Dictionary<string, (string Type, string Mode)> Plover = new()
    {
        ["190"] = ("ASSAULT", ""), ["192"] = ("COERCE", "seize"), ["112"] = ("ACCUSE", "disapprove"), ["040"] = ("CONSULT", ""),
    };

    private static EventRecord Record(string doc, string sentence, string source, string target, string cameo, string date, string basis,
        int quad, double goldstein, bool symmetric = false, string sourceText = "", string targetText = "")
    {
        var start = Texts[doc].IndexOf(sentence, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"not in {doc}: {sentence}");
        return new EventRecord
        {
            Doc = doc + ".txt", DocId = doc, Id = $"{doc}-{cameo}", Cameo = cameo, Root = cameo[..2], QuadClass = quad, Goldstein = goldstein,
            Source = new EventActor(source, "GOV", source == "RUS" ? "Russia" : "Georgia", sourceText),
            Target = new EventActor(target, "GOV", target == "RUS" ? "Russia" : "Georgia", targetText),
            Date = date, DateBasis = basis, Historical = false, Modality = "asserted", Symmetric = symmetric,
            PloverType = Plover[cameo].Type, PloverMode = Plover[cameo].Mode,
            Evidence = new Evidence(sentence, start, start + sentence.Length), Rule = "test",
        };
    }

    public static IReadOnlyList<StoryEvent> Events() => EventMerger.Merge([
        new EventMention(Record("war", "TBILISI (Wire) - Russian troops fought Georgia on August 8, 2008, officials said.", "RUS", "GEO", "190", "2008-08-08", "explicit", 4, -10,
            sourceText: "Russian troops", targetText: "Georgia"), PartialDate.OfDay(2008, 8, 9), "wire.example", "https://wire.example/war?id=1&x=\"2\"", Lead: true),
        new EventMention(Record("recall", "Georgia’s president recalled: \"Russia, our neighbour, invaded in August 2008.\"\nTalks in Geneva followed.", "RUS", "GEO", "192", "2008-08", "explicit", 4, -9.5,
            sourceText: "Russia"), PartialDate.OfDay(2012, 3, 2), "Tbilisi, \"Daily\"\tNews", "javascript:alert(3)"),
        new EventMention(Record("hostile", $"Russia accused Georgia {Script} of {Image} provocations,\tsaid a \"source\".", "RUS", "GEO", "112", "2009-05", "relative", 3, -2,
            sourceText: "Russia", targetText: $"Georgia {Script}"), PartialDate.OfDay(2009, 5, 20), $"evil {Image}", "https://evil.example/<script>"),
        new EventMention(Record("talks", "Georgia and Russia held talks in Geneva on Tuesday.", "GEO", "RUS", "040", "2009-05-19", "relative", 1, 1, symmetric: true,
            sourceText: "Georgia", targetText: "Russia"), PartialDate.OfDay(2009, 5, 20), "talks.example"),
    ]);
}
