namespace Kronika.Events;

/// <summary>Pattern matching: the triggers of a sentence, what is no act (names, adjectives, generic nouns, proposals), embedded acts.</summary>
public sealed partial class EventCoder
{
    /// <summary>All pattern matches of the sentence, keeping per trigger the most specific, and dropping matches inside longer ones.</summary>
    private List<PatternMatch> FindMatches(Token[] tokens, Sentence sentence, Dictionary<int, ActorMention> byStart)
    {
        var found = new List<PatternMatch>();
        int nameEnd = -1;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (!token.IsWord) continue;
            // "the Rapid Support Forces", "the Peace Corps": the words of an actor's proper name are no act.
            if (byStart.TryGetValue(i, out var mention) && mention.EndToken - mention.FirstToken >= 2 && IsProperName(tokens, mention)) nameEnd = mention.EndToken;
            if (i < nameEnd) continue;
            // An adjective or adverb is no act ("their brief war", "from occupied Georgia"); nor is a noun its determiner and adjective
            // make plain ("the necessary rebuff"), whatever verb it can also be.
            bool adjectival = token.Pos is PartOfSpeech.Adj or PartOfSpeech.Adv or PartOfSpeech.Adp or PartOfSpeech.Det or PartOfSpeech.Num or PartOfSpeech.Pron or PartOfSpeech.Propn || IsAttributive(tokens, sentence, i)
                || token.Pos == PartOfSpeech.Noun && i - 2 >= sentence.FirstToken && tokens[i - 1].Pos == PartOfSpeech.Adj && tokens[i - 2].Pos == PartOfSpeech.Det;
            // "any attack on its citizens", "no talks": a generic or negated noun names no act that happened.
            if (i > sentence.FirstToken && tokens[i - 1].Lower is "any" or "every" or "no" && token.Pos == PartOfSpeech.Noun) continue;
            // "a U.S. proposal for a 30-day ceasefire", "calls for talks": what a proposal or demand is for has not happened.
            if (token.Pos == PartOfSpeech.Noun && IsContentOfProposal(tokens, sentence, i)) continue;
            PatternMatch? best = null;
            // "three officers were wounded", tagged an adjective after "be": a passive participle still names its verb.
            bool participle = token.Pos == PartOfSpeech.Adj && IsAfterCopula(tokens, sentence, i);
            if (participle) adjectival = false;
            foreach (var pattern in participle ? patterns.StartingWith(token.Lemma, token.Lower).Concat(patterns.StartingWithBaseOf(token.Lower)).Distinct() : patterns.StartingWith(token.Lemma, token.Lower))
            {
                if (adjectival && pattern.Kind == PatternKind.Verb) continue;
                if (!TryMatch(tokens, sentence, byStart, pattern, i, out var match)) continue;
                // "agreed on Wednesday to a ceasefire" is no "agree on": a pattern's closing preposition that opens a date belongs to the date.
                if (match.End < sentence.EndToken && tokens[match.End - 1].Pos == PartOfSpeech.Adp && IsDateWord(tokens[match.End])) continue;
                if (best is not { } b || pattern.Specificity > b.Pattern.Specificity
                    || (pattern.Specificity == b.Pattern.Specificity && match.End - match.Trigger < b.End - b.Trigger))
                    best = match;
            }
            // An imported dictionary (PETRARCH) speaks only where no pattern of Kronika's own format matched: Kronika's patterns win.
            if (best is null && !adjectival && MatchTree(tokens, sentence, byStart, i) is { } fromTree) best = fromTree;
            if (best is { } chosen) found.Add(chosen);
        }
        // A match lying inside a more specific one ("restore ties" inside "offer to restore ties") is part of it,
        // and so is the act an offer, threat, demand or refusal is about ("threatened to cut off supplies"):
        // CAMEO codes the offer or threat, not the act it names.
        return found.Where(m => !found.Any(o => !ReferenceEquals(o.Pattern, m.Pattern)
            && ((o.Trigger <= m.Trigger && m.Trigger < o.End && o.Pattern.Specificity > m.Pattern.Specificity)
                || (o.End <= m.Trigger && m.Trigger <= o.End + 2 && tokens[o.End - 1].Lower == "to" && EmbeddingActs.Contains(o.Pattern.Cameo))))).ToList();
    }

    /// <summary>Whether a word has "be" for its copula within the three words before it ("were wounded", "was later detained").</summary>
    private static bool IsAfterCopula(Token[] tokens, Sentence sentence, int word)
    {
        for (int k = Math.Max(sentence.FirstToken, word - 3); k < word; k++)
            if (tokens[k].Relation == DependencyRelation.Cop && tokens[k].Lemma == "be" && tokens[k].Head == word) return true;
        return false;
    }

    private bool TryMatch(Token[] tokens, Sentence sentence, Dictionary<int, ActorMention> byStart, EventPattern pattern, int start, out PatternMatch match)
    {
        ActorMention? slot = null;
        if (Match(tokens, sentence.EndToken, byStart, pattern.Elements, 0, start, ref slot, out int end))
        {
            match = new PatternMatch(pattern, start, end, slot);
            return true;
        }
        match = default;
        return false;
    }

    private bool Match(Token[] tokens, int limit, Dictionary<int, ActorMention> byStart, PatternElement[] elements, int e, int i, ref ActorMention? slot, out int end)
    {
        end = i;
        if (e == elements.Length) return true;
        var element = elements[e];
        if (element.IsGap)
        {
            for (int skip = 0; skip <= MaxGap && i + skip <= limit; skip++)
            {
                if (skip > 0 && IsClauseBreak(tokens[i + skip - 1])) break;
                if (Match(tokens, limit, byStart, elements, e + 1, i + skip, ref slot, out end)) return true;
            }
            return false;
        }
        if (element.IsTarget)
        {
            // The slot takes an actor mention, after at most a determiner or two.
            for (int skip = 0; skip <= 2 && i + skip < limit; skip++)
            {
                if (byStart.TryGetValue(i + skip, out var mention))
                {
                    var saved = slot;
                    slot = mention;
                    if (Match(tokens, limit, byStart, elements, e + 1, mention.EndToken, ref slot, out end)) return true;
                    slot = saved;
                }
                if (!tokens[i + skip].IsWord) break;
            }
            return false;
        }
        if (i >= limit || !element.Matches(tokens[i].Lemma, tokens[i].Lower)) return false;
        return Match(tokens, limit, byStart, elements, e + 1, i + 1, ref slot, out end);
    }

    private bool IsClauseBreak(Token t) => t.Text is "." or ";" or ":" or "?" or "!";

    /// <summary>Whether a noun is what a proposal, call or demand is for ("a proposal for a ceasefire", "calls for fresh talks").</summary>
    private bool IsContentOfProposal(Token[] tokens, Sentence sentence, int noun)
    {
        for (int k = noun - 1; k > sentence.FirstToken && noun - k <= 4; k--)
        {
            if (tokens[k].Lower is not ("for" or "of")) continue;
            return AskingNouns.Contains(tokens[k - 1].Lemma) || AskingNouns.Contains(tokens[k - 1].Lower);
        }
        return false;
    }

    /// <summary>A weekday or "today", "yesterday", "tomorrow".</summary>
    private bool IsDayWord(in Token token) =>
        WeekdayNames.Contains(token.Lower) || token.Lower is "today" or "tomorrow" or "yesterday";

    private bool IsDateWord(in Token token) =>
        IsDayWord(token) || MonthNames.TryGet(token.Text, out _) && token.IsCapitalized || token.Kind == TokenKind.Number;

    /// <summary>Whether every word of a mention is capitalized (articles aside): a proper name, not a described group.</summary>
    private bool IsProperName(Token[] tokens, ActorMention mention)
    {
        for (int k = mention.FirstToken; k < mention.EndToken; k++)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower is not ("the" or "of" or "and" or "for")) return false;
        return true;
    }

    /// <summary>"the talks between", "a visit to", "Russia's attack on": a verb pattern's word after a determiner is an event noun.</summary>
    private bool UsedAsNoun(Token[] tokens, Sentence sentence, int trigger)
    {
        if (trigger == sentence.FirstToken) return false;
        var previous = tokens[trigger - 1].Lower;
        return NounMakers.Contains(previous);
    }

    /// <summary>"from occupied Georgia": a participle the parse attaches as a modifier, after a preposition, determiner or adjective.</summary>
    private bool IsAttributive(Token[] tokens, Sentence sentence, int i) =>
        (tokens[i].Relation == DependencyRelation.Amod && (i == sentence.FirstToken || tokens[i - 1].Pos is PartOfSpeech.Adp or PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Punct || tokens[i - 1].Xpos == "PRP$"))
        // "to be occupied territories", "the disputed region": a bare participle right before its noun describes it; "had occupied territories" is an act.
        || (tokens[i].Xpos == "VBN" && i + 1 < sentence.EndToken && tokens[i + 1].Pos == PartOfSpeech.Noun && tokens[i + 1].Xpos is "NNS" or "NN"
            && i > sentence.FirstToken && tokens[i - 1].Lemma is "be" or "the" or "a" or "an" or "of" or "from" or "in" or "its" or "their");

    /// <summary>Appeals (02), intents (03), demands (10), refusals (12) and threats (13) take the act they name as their content.</summary>
}
