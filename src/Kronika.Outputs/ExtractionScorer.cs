using System.Globalization;

namespace Kronika.Outputs;

/// <summary>One page's shingle counts, normalised so that long pages weigh no more than short ones.</summary>
public readonly record struct ShingleMatch(double TruePositive, double FalsePositive, double FalseNegative);

/// <summary>The article-extraction benchmark's figures over a set of pages.</summary>
public sealed record ExtractionScore(double F1, double Precision, double Recall, double Accuracy, int Pages);

/// <summary>
/// The metric of the article-extraction benchmark (scrapinghub/article-extraction-benchmark, evaluate.py), ported
/// so Kronika can score its extractor without Python: each text is split into word tokens (Python's <c>\w+</c>),
/// compared as multisets of 4-token shingles; precision and recall are averaged over pages, F1 is their harmonic
/// mean, and accuracy is the share of pages whose token sequence equals the truth's.
/// </summary>
public static class ExtractionScorer
{
    private const int ShingleLength = 4;

    public static ExtractionScore Score(IEnumerable<(string True, string Predicted)> pages)
    {
        var matches = new List<ShingleMatch>();
        int exact = 0;
        foreach (var (truth, predicted) in pages)
        {
            matches.Add(Match(truth, predicted));
            if (Tokens(truth).SequenceEqual(Tokens(predicted), StringComparer.Ordinal)) exact++;
        }
        if (matches.Count == 0) return new ExtractionScore(0, 0, 0, 0, 0);
        // As evaluate.py: a page with nothing predicted has no precision, one with nothing true no recall.
        var precision = Mean(matches.Where(m => m.TruePositive + m.FalsePositive > 0).Select(m => Precision(m)));
        var recall = Mean(matches.Where(m => m.TruePositive + m.FalseNegative > 0).Select(m => Recall(m)));
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new ExtractionScore(f1, precision, recall, (double)exact / matches.Count, matches.Count);
    }

    /// <summary>The shingle counts of one page (evaluate.py's string_shingle_matching).</summary>
    public static ShingleMatch Match(string truth, string predicted)
    {
        var trueShingles = Shingles(truth);
        var predictedShingles = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in trueShingles.Keys.Union(predictedShingles.Keys))
        {
            int t = trueShingles.GetValueOrDefault(key), p = predictedShingles.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }
        var sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    private static double Precision(ShingleMatch m) =>
        m.FalsePositive == 0 && m.FalseNegative == 0 ? 1 : m.TruePositive == 0 && m.FalsePositive == 0 ? 0 : m.TruePositive / (m.TruePositive + m.FalsePositive);

    private static double Recall(ShingleMatch m) =>
        m.FalsePositive == 0 && m.FalseNegative == 0 ? 1 : m.TruePositive == 0 && m.FalseNegative == 0 ? 0 : m.TruePositive / (m.TruePositive + m.FalseNegative);

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }

    /// <summary>Shingles of consecutive tokens with their counts; a text shorter than a shingle is one short shingle, an empty text none.</summary>
    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Math.Max(1, tokens.Count - ShingleLength + 1); i++)
        {
            if (tokens.Count == 0) break;
            var key = string.Join('\u0001', tokens.Skip(i).Take(ShingleLength));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    /// <summary>Runs of word characters as Python 3's <c>\w</c> defines them: letters, digits and numerals of any script, and "_".</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWord(text, i)) i += char.IsSurrogatePair(text, i) ? 2 : 1;
            int start = i;
            while (i < text.Length && IsWord(text, i)) i += char.IsSurrogatePair(text, i) ? 2 : 1;
            if (i > start) tokens.Add(text[start..i]);
        }
        return tokens;
    }

    private static bool IsWord(string text, int index)
    {
        if (text[index] == '_') return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
