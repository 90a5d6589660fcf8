using Kronika.Documents;

namespace Kronika.Outputs;

/// <summary>How one document's cleaning compares with its gold header: noise lines dropped, body lines kept, publication date and title.</summary>
public sealed record CleaningScore(string Doc, int NoiseLines, int NoiseDropped, int BodyLines, int BodyKept, bool? PubdateAgrees, bool? TitleAgrees,
    IReadOnlyList<string> NoiseKept, IReadOnlyList<string> BodyDropped);

/// <summary>
/// Scores the document stage against the cleaning facts of a gold file (shared/spec/gold-format.md): every
/// `noise` line must be dropped, every other non-blank line kept (`noise_optional` lines either way), the
/// publication date must agree to the gold date's own precision and the title must be the gold title.
/// </summary>
public static class CleaningScorer
{
    public static CleaningScore Score(SourceDocument document, GoldLine gold)
    {
        var noise = (gold.Noise ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var optional = (gold.NoiseOptional ?? []).Select(n => n.Trim()).ToHashSet(StringComparer.Ordinal);
        var body = document.Body.Select(span => document.Text.Substring(span.Start, span.Length).Trim()).ToHashSet(StringComparer.Ordinal);
        var noiseKept = new List<string>();
        var bodyDropped = new List<string>();
        int noiseLines = 0, bodyLines = 0;
        foreach (var span in NoiseFilter.Lines(document.Text))
        {
            var line = document.Text.Substring(span.Start, span.Length).Trim();
            if (line.Length == 0 || optional.Contains(line)) continue;
            bool kept = body.Contains(line);
            if (noise.Contains(line))
            {
                noiseLines++;
                if (kept) noiseKept.Add(line);
            }
            else
            {
                bodyLines++;
                if (!kept) bodyDropped.Add(line);
            }
        }
        bool? pubdate = string.IsNullOrEmpty(gold.Pubdate) ? null
            : document.PublicationDate is { } date && date.ToString().StartsWith(gold.Pubdate, StringComparison.Ordinal);
        bool? title = gold.Title is null ? null : (document.Title ?? "") == gold.Title;
        return new CleaningScore(gold.Doc, noiseLines, noiseLines - noiseKept.Count, bodyLines, bodyLines - bodyDropped.Count, pubdate, title, noiseKept, bodyDropped);
    }
}
