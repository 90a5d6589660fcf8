using Kronika.Events;

namespace Kronika.Outputs.Tests;

/// <summary>The PLV reader and scorer: the top event per sentence, the figures, and malformed files.</summary>
public sealed class PlvScorerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "kronika-plv-" + Guid.NewGuid().ToString("N") + ".csv");

    public void Dispose() => File.Delete(_path);

    private static EventRecord Event(string type, string sourceText, string target = "USA") => new()
    {
        Doc = "plv.csv:2", DocId = "0123456789abcdef", Id = "e", Cameo = "010", Root = "01", QuadClass = 1, Goldstein = 0, Date = "",
        DateBasis = "", Historical = false, Modality = "asserted", Symmetric = false, Evidence = new Evidence("text", 0, 4), Rule = "test",
        PloverType = type,
        Source = new EventActor("RUS", "GOV", "Russia", sourceText),
        Target = new EventActor(target, "", target, target),
    };

    private static PlvSentence Sentence(string label, string source = "the Kremlin") => new(2, "1", "text", label, source, "");

    [Fact]
    public void The_top_event_is_the_one_whose_source_overlaps_the_labelled_source_words()
    {
        var events = new[] { Event("ACCUSE", "Lavrov"), Event("CONSULT", "Kremlin") };
        var result = PlvScorer.Result(Sentence("CONSULT"), events);
        Assert.Same(events[1], result.Top);
        Assert.True(result.Correct);
    }

    [Fact]
    public void Without_an_overlapping_source_the_first_dyadic_event_is_top_then_the_first()
    {
        var oneSided = Event("MOBILIZE", "Moscow", target: "");
        var dyadic = Event("THREATEN", "Moscow");
        Assert.Same(dyadic, PlvScorer.Result(Sentence("THREATEN", source: "Minsk"), [oneSided, dyadic]).Top);
        Assert.Same(oneSided, PlvScorer.Result(Sentence("MOBILIZE", source: "Minsk"), [oneSided]).Top);
        Assert.Equal(PlvScorer.None, PlvScorer.Result(Sentence("MOBILIZE"), []).Predicted);
    }

    [Fact]
    public void Concede_and_retreat_count_as_yield() =>
        Assert.True(PlvScorer.Result(Sentence("YIELD", source: "Kremlin"), [Event("RETREAT", "Kremlin")]).Correct);

    [Fact]
    public void The_summary_gives_accuracy_macro_f1_per_label_scores_and_the_no_event_and_any_event_shares()
    {
        var results = new[]
        {
            PlvScorer.Result(Sentence("AGREE", "x"), [Event("AGREE", "Russia")]),
            PlvScorer.Result(Sentence("AGREE", "x"), []),
            PlvScorer.Result(Sentence("ASSAULT", "x"), [Event("AGREE", "Russia"), Event("ASSAULT", "Russia")]),
            PlvScorer.Result(Sentence("ASSAULT", "x"), [Event("ASSAULT", "Russia")]),
        };
        var summary = PlvScorer.Summarize(results);
        Assert.Equal(0.5, summary.Accuracy);
        Assert.Equal(0.25, summary.NoEvent);
        Assert.Equal(0.75, summary.AnyEvent);
        var agree = summary.Labels.Single(l => l.Label == "AGREE");
        Assert.Equal((2, 2, 1), (agree.Gold, agree.Predicted, agree.Correct));
        var assault = summary.Labels.Single(l => l.Label == "ASSAULT");
        Assert.Equal(2.0 / 3, assault.F1, 6);
        Assert.Equal((0.5 + 2.0 / 3) / 2, summary.MacroF1, 6);
        Assert.Contains(("ASSAULT", "AGREE", 1), summary.Confusions);
    }

    [Fact]
    public void The_reader_takes_quoted_fields_and_names_the_line_of_a_row_without_text()
    {
        File.WriteAllText(_path, "id,text,label,source,target\n7,\"Ankara, in a note, protested.\",protest,Ankara,\n8,,ACCUSE,x,y\n");
        var problems = new List<string>();
        var sentence = Assert.Single(PlvSentences.Read(_path, problems));
        Assert.Equal(("7", "Ankara, in a note, protested.", "PROTEST", 2), (sentence.Id, sentence.Text, sentence.Label, sentence.Line));
        Assert.Equal($"{_path}:3: a row without text; it is skipped", Assert.Single(problems));
    }

    [Fact]
    public void A_file_without_the_text_or_label_column_is_an_error_naming_it()
    {
        File.WriteAllText(_path, "id,sentence,type\n1,a,b\n");
        var e = Assert.Throws<FormatException>(() => PlvSentences.Read(_path, []));
        Assert.StartsWith($"{_path}: no \"text\" column", e.Message);
    }
}
