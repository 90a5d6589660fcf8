namespace Kronika.Events;

/// <summary>Near misses: patterns that began to match but did not complete, for `kronika code`.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// Patterns that began to match in a sentence but did not complete ("accuse X of" without "of"), with the word
    /// where they stopped: what `kronika code` shows as near misses, deepest first.
    /// </summary>
    public IEnumerable<(EventPattern Pattern, int Trigger, string StoppedAt, int Matched)> NearMisses(AnalyzedDocument document, Sentence sentence, int limit = 8)
    {
        var tokens = document.Tokens;
        var found = new List<(EventPattern, int, string, int)>();
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord) continue;
            foreach (var pattern in patterns.StartingWith(tokens[i].Lemma, tokens[i].Lower))
            {
                int words = pattern.Elements.Count(e => !e.IsGap && !e.IsTarget);
                if (words < 2) continue;
                // How many of the pattern's words appear in order after the trigger (gaps of up to three tokens).
                int matched = 1, at = i + 1, element = 1;
                while (element < pattern.Elements.Length)
                {
                    var e = pattern.Elements[element];
                    if (e.IsGap || e.IsTarget) { element++; continue; }
                    int next = -1;
                    for (int k = at; k < Math.Min(sentence.EndToken, at + MaxGap + 1); k++)
                        if (e.Matches(tokens[k].Lemma, tokens[k].Lower)) { next = k; break; }
                    if (next < 0) break;
                    matched++;
                    at = next + 1;
                    element++;
                }
                if (matched >= words) continue;
                var missing = pattern.Elements.Skip(element).First(e => !e.IsGap && !e.IsTarget);
                found.Add((pattern, i, $"{matched} of {words} words; no \"{string.Join("|", missing.Lemmas)}\" within {MaxGap} words", matched));
            }
        }
        return found.OrderByDescending(f => f.Item4).ThenBy(f => f.Item2).Take(limit);
    }
}
