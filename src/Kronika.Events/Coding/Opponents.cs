namespace Kronika.Events;

/// <summary>
/// "Opponents of President Assad", "the Kremlin's critics", "Erdogan critics": a group named as someone's opponents is not
/// that someone. The phrase becomes one mention of the opposition (OPP) of the opposed leader's or government's country (of
/// no known country when a state or body is opposed by name), so that neither the tree ("representatives of Russia" are
/// Russia's) nor word order reads the opposed actor as the one who acts.
/// </summary>
public sealed partial class EventCoder
{
    private readonly HashSet<string> OpponentNouns = rules.Set("opponent-nouns");

    /// <summary>The rule an opposition mention made here carries; an event with such an actor names it in its trail.</summary>
    internal const string OpponentsRule = "actors:opponents-of";

    /// <summary>The sentence's mentions with each "NOUN of X", "X's NOUN" and "X NOUN" (NOUN of opponent-nouns) made the opposition of X's country.</summary>
    private ActorMention[] WithOpponentGroups(AnalyzedDocument document, Sentence sentence, ActorMention[] mentions)
    {
        var tokens = document.Tokens;
        var groups = new List<ActorMention>();
        foreach (var mention in mentions)
        {
            if (!mention.IsResolved || NextToOpponentNoun(tokens, sentence, mention) is not { } span) continue;
            var opposed = mention.Actor;
            // A leader's or a government's critics are mostly its own opposition ("Kremlin critics"), and "Russian critics" are
            // Russians; a state's or a body's critics by name ("Israel's critics", "critics of NATO") may be of any country.
            var country = mention.Head is EntryKind.Person or EntryKind.Title or EntryKind.Capital or EntryKind.Group or EntryKind.Adjective ? opposed.Country : "";
            int first = Math.Min(span.First, mention.FirstToken), end = Math.Max(span.End, mention.EndToken);
            if (groups.Any(g => g.FirstToken < end && first < g.EndToken)) continue;
            groups.Add(new ActorMention(first, end, tokens[first].Start, tokens[end - 1].End, [new Actor(country, "OPP", "opponents of " + opposed.Name)],
                mention.Head, document.Source.Text[tokens[first].Start..tokens[end - 1].End]) { Rule = OpponentsRule });
        }
        if (groups.Count == 0) return mentions;
        // (A mention the phrase covers, the opposed actor itself, goes into it.)
        return mentions.Where(m => !groups.Any(g => g.FirstToken <= m.FirstToken && m.EndToken <= g.EndToken)).Concat(groups)
            .OrderBy(m => m.FirstToken).ToArray();
    }

    /// <summary>The token span of the opponent noun a mention is the object or possessor of ("critics of X", "X's critics", "X critics"), or null.</summary>
    private (int First, int End)? NextToOpponentNoun(Token[] tokens, Sentence sentence, ActorMention mention)
    {
        // "critics of X", "opponents of the president": the noun, "of" and at most a determiner before the mention.
        int k = mention.FirstToken - 1;
        if (k > sentence.FirstToken && tokens[k].Lower is "the" or "a") k--;
        if (k > sentence.FirstToken && tokens[k].Lower == "of" && OpponentNouns.Contains(tokens[k - 1].Lemma) && tokens[k - 1].Pos == PartOfSpeech.Noun)
            return (k - 1, mention.EndToken);
        // "the Kremlin's critics", "Putin critics": the noun after the mention, its possessive and up to two modifiers.
        int after = mention.EndToken;
        if (after < sentence.EndToken && tokens[after].Lower is "'s" or "’s" or "'") after++;
        for (int skipped = 0; skipped <= 2 && after < sentence.EndToken; skipped++, after++)
        {
            if (OpponentNouns.Contains(tokens[after].Lemma) && tokens[after].Pos == PartOfSpeech.Noun) return (mention.FirstToken, after + 1);
            if (tokens[after].Pos != PartOfSpeech.Adj) break;
        }
        return null;
    }
}
