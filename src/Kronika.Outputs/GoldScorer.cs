using Kronika.Events;

namespace Kronika.Outputs;

/// <summary>A predicted event paired with the gold event it matched; Swapped when source and target matched crosswise.</summary>
public sealed record ScoredMatch(EventRecord Predicted, GoldLine Gold, bool Swapped)
{
    public bool FullCode => Predicted.Cameo == Gold.Cameo || (Gold.Alt?.Contains(Predicted.Cameo) ?? false);
    public bool? DateAgrees => GoldScorer.DateAgrees(Predicted.Date, Gold.Date, Gold.DatePrecision);
    public bool HistoricalAgrees => Predicted.Historical == Gold.Historical;
    public bool RolesAgree
    {
        get
        {
            var (source, target) = Swapped ? (Predicted.Target, Predicted.Source) : (Predicted.Source, Predicted.Target);
            return source.Role == (Gold.Source!.Role ?? "") && target.Role == (Gold.Target!.Role ?? "");
        }
    }
}

/// <summary>The score of one document.</summary>
public sealed record DocumentScore(string Doc, IReadOnlyList<ScoredMatch> Matches, IReadOnlyList<GoldLine> Misses, IReadOnlyList<EventRecord> FalseAlarms, int OptionalMatches)
{
    public int TruePositives => Matches.Count;
    public int FalsePositives => FalseAlarms.Count;
    public int FalseNegatives => Misses.Count;
}

/// <summary>The summary `eval` prints.</summary>
public sealed record EvalSummary(int TruePositives, int FalsePositives, int FalseNegatives, double Precision, double Recall, double F1,
    double FullCode, double DateMonth, double Historical, double Roles, int Documents);

/// <summary>
/// Scores predicted events against a gold file as shared/spec/gold-format.md says: a prediction matches
/// a gold event of the same document when source and target countries match (either order when the gold
/// event is symmetric) and its root is the root of the gold code or of one of its alternatives. Gold events
/// with required=false are neither misses nor false alarms. Each gold event matches at most one prediction.
/// Only dyadic predictions (both countries known) are scored.
/// </summary>
public static class GoldScorer
{
    public static DocumentScore ScoreDocument(string doc, IReadOnlyList<EventRecord> predicted, IReadOnlyList<GoldLine> gold)
    {
        var dyadic = predicted.Where(p => p.Source.Country.Length > 0 && p.Target.Country.Length > 0).ToList();
        var pairs = new List<(int P, int G, bool Swapped, int Rank)>();
        for (int p = 0; p < dyadic.Count; p++)
            for (int g = 0; g < gold.Count; g++)
                if (Matches(dyadic[p], gold[g], out bool swapped))
                {
                    var match = new ScoredMatch(dyadic[p], gold[g], swapped);
                    // Prefer required gold, then the gold event of the same evidence sentence (the report the
                    // prediction comes from), then the same full code, then the same roles.
                    int rank = (gold[g].Required ? 0 : 1000) + (EvidenceOverlaps(dyadic[p], gold[g]) ? 0 : 100)
                        + (match.FullCode ? 0 : 10) + (match.RolesAgree ? 0 : 1);
                    pairs.Add((p, g, swapped, rank));
                }
        var usedP = new bool[dyadic.Count];
        var usedG = new bool[gold.Count];
        var matches = new List<ScoredMatch>();
        int optional = 0;
        foreach (var (p, g, swapped, _) in pairs.OrderBy(x => x.Rank).ThenBy(x => x.P).ThenBy(x => x.G))
        {
            if (usedP[p] || usedG[g]) continue;
            usedP[p] = usedG[g] = true;
            if (gold[g].Required) matches.Add(new ScoredMatch(dyadic[p], gold[g], swapped));
            else optional++;
        }
        var misses = gold.Where((g, i) => !usedG[i] && g.Required).ToList();
        var falseAlarms = dyadic.Where((p, i) => !usedP[i]).ToList();
        return new DocumentScore(doc, matches, misses, falseAlarms, optional);
    }

    public static bool Matches(EventRecord predicted, GoldLine gold, out bool swapped)
    {
        swapped = false;
        if (!gold.Cameo!.StartsWith(predicted.Root, StringComparison.Ordinal) && !(gold.Alt ?? []).Any(a => a.StartsWith(predicted.Root, StringComparison.Ordinal)))
            return false;
        if (predicted.Root.Length != 2) return false;
        string ps = predicted.Source.Country, pt = predicted.Target.Country, gs = gold.Source!.Country, gt = gold.Target!.Country;
        if (ps == gs && pt == gt) return true;
        if (gold.Symmetric && ps == gt && pt == gs)
        {
            swapped = true;
            return true;
        }
        return false;
    }

    private static bool EvidenceOverlaps(EventRecord predicted, GoldLine gold) =>
        gold.Evidence is { Length: > 0 } e && (predicted.Evidence.Text.Contains(e, StringComparison.Ordinal) || e.Contains(predicted.Evidence.Text, StringComparison.Ordinal));

    /// <summary>
    /// Dates agree to the month, or to the gold date's own precision when coarser (year; decade when marked).
    /// Null when the gold event has no date (the text gives no way to date it): such matches are not counted.
    /// </summary>
    public static bool? DateAgrees(string predicted, string? gold, string? goldPrecision)
    {
        if (string.IsNullOrEmpty(gold)) return null;
        if (string.IsNullOrEmpty(predicted)) return false;
        int length = goldPrecision == "decade" ? 3 : Math.Min(gold.Length, 7);
        return predicted.Length >= length && string.CompareOrdinal(predicted, 0, gold, 0, length) == 0;
    }

    public static EvalSummary Summarize(IReadOnlyList<DocumentScore> scores)
    {
        int tp = scores.Sum(s => s.TruePositives), fp = scores.Sum(s => s.FalsePositives), fn = scores.Sum(s => s.FalseNegatives);
        double precision = Ratio(tp, tp + fp), recall = Ratio(tp, tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var matches = scores.SelectMany(s => s.Matches).ToList();
        var dated = matches.Where(m => m.DateAgrees is not null).ToList();
        return new EvalSummary(tp, fp, fn, precision, recall, f1,
            Ratio(matches.Count(m => m.FullCode), matches.Count),
            Ratio(dated.Count(m => m.DateAgrees == true), dated.Count),
            Ratio(matches.Count(m => m.HistoricalAgrees), matches.Count),
            Ratio(matches.Count(m => m.RolesAgree), matches.Count),
            scores.Count);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
