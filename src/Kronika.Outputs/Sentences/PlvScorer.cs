using Kronika.Events;

namespace Kronika.Outputs;

/// <summary>A sentence's coded events and the top one scored against its label ("NONE" when it gave no event).</summary>
public sealed record PlvResult(PlvSentence Sentence, IReadOnlyList<EventRecord> Events, EventRecord? Top, string Predicted)
{
    public bool Correct => Predicted == Sentence.Label;

    /// <summary>Whether some event of the sentence has its label.</summary>
    public bool AnyEventHasLabel => Events.Any(e => PlvScorer.Canonical(e.PloverType) == Sentence.Label);
}

/// <summary>One label's precision, recall and F1 over the sentences, with its gold count.</summary>
public sealed record PlvLabelScore(string Label, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The PLV figures: accuracy, macro-F1 over the gold labels, per-label scores, no-event and any-event shares.</summary>
public sealed record PlvSummary(int Sentences, double Accuracy, double MacroF1, double NoEvent, double AnyEvent, IReadOnlyList<PlvLabelScore> Labels,
    IReadOnlyList<(string Gold, string Predicted, int Count)> Confusions);

/// <summary>
/// Scores coded sentences as the PLV README says: a sentence's top event is the one whose source text overlaps the
/// labelled source words, else the first dyadic event, else the first event; none is NONE. PLOVER's CONCEDE and
/// RETREAT count as YIELD, their older name.
/// </summary>
public static class PlvScorer
{
    public const string None = "NONE";

    /// <summary>A PLOVER type under the PLV labels' names.</summary>
    public static string Canonical(string type) => type.ToUpperInvariant() switch
    {
        "CONCEDE" or "RETREAT" => "YIELD",
        var other => other,
    };

    public static PlvResult Result(PlvSentence sentence, IReadOnlyList<EventRecord> events)
    {
        var source = sentence.Source.ToLowerInvariant();
        var top = events.FirstOrDefault(e => e.Source.Text.Length > 0 && source.Length > 0
                && (source.Contains(e.Source.Text.ToLowerInvariant(), StringComparison.Ordinal) || e.Source.Text.ToLowerInvariant().Contains(source, StringComparison.Ordinal)))
            ?? events.FirstOrDefault(e => e.Dyadic) ?? events.FirstOrDefault();
        return new PlvResult(sentence, events, top, top is null ? None : Canonical(top.PloverType));
    }

    public static PlvSummary Summarize(IReadOnlyList<PlvResult> results)
    {
        int n = results.Count;
        var labels = results.Select(r => r.Sentence.Label).Distinct().Order(StringComparer.Ordinal)
            .Select(label => new PlvLabelScore(label, results.Count(r => r.Sentence.Label == label), results.Count(r => r.Predicted == label),
                results.Count(r => r.Correct && r.Predicted == label)))
            .ToList();
        var confusions = results.Where(r => !r.Correct).GroupBy(r => (r.Sentence.Label, r.Predicted))
            .Select(g => (g.Key.Label, g.Key.Predicted, g.Count())).OrderByDescending(c => c.Item3).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
        return new PlvSummary(n, Share(results.Count(r => r.Correct), n), labels.Count == 0 ? 0 : labels.Average(l => l.F1),
            Share(results.Count(r => r.Predicted == None), n), Share(results.Count(r => r.AnyEventHasLabel), n), labels, confusions);
    }

    private static double Share(int count, int total) => total == 0 ? 0 : (double)count / total;
}
