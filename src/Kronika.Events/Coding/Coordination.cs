namespace Kronika.Events;

/// <summary>Coordination: actors joined by "and" or a comma list, a verb sharing the subject of the one before it.</summary>
public sealed partial class EventCoder
{
    /// <summary>The first actor of the sentence outside any prepositional phrase: the subject a coordinated verb shares.</summary>
    private (ActorMention?, Actor[]) MainSubject(Token[] tokens, Sentence sentence, ActorMention[] mentions, PatternMatch match)
    {
        ActorMention? fallback = null;
        foreach (var m in mentions)
        {
            if (m.EndToken > match.Trigger) break;
            if (m.FirstToken > sentence.FirstToken && Prepositions.Contains(tokens[m.FirstToken - 1].Lower)) continue;
            if (m.IsResolved) return (m, CoordinatedFrom(tokens, mentions, m).ToArray());
            fallback ??= m.CanAct ? m : null;
        }
        // An agent whose country the text does not give is the subject only when no actor of known country is.
        return fallback is null ? (null, []) : (fallback, CoordinatedFrom(tokens, mentions, fallback).ToArray());
    }

    /// <summary>The mentions joined to one by "and" or a comma list, on either side, in sentence order.</summary>
    private List<ActorMention> CoordinatedAround(Token[] tokens, ActorMention[] mentions, ActorMention mention)
    {
        int index = Array.IndexOf(mentions, mention);
        if (index < 0) return [];
        int first = index;
        while (first > 0 && Joined(tokens, mentions[first - 1], mentions[first])) first--;
        int last = index;
        while (last + 1 < mentions.Length && Joined(tokens, mentions[last], mentions[last + 1])) last++;
        bool hasAnd = false;
        for (int k = first; k < last; k++)
            for (int t = mentions[k].EndToken; t < mentions[k + 1].FirstToken; t++)
                if (tokens[t].Lower is "and" or "&") hasAnd = true;
        return hasAnd ? mentions[first..(last + 1)].Where(m => m.CanAct).ToList() : [];
    }

    private bool Joined(Token[] tokens, ActorMention left, ActorMention right)
    {
        int gap = right.FirstToken - left.EndToken;
        if (gap < 1 || gap > 2) return false;
        for (int t = left.EndToken; t < right.FirstToken; t++)
            if (!Coordinators.Contains(tokens[t].Lower) && tokens[t].Lower is not "the") return false;
        return true;
    }

    /// <summary>A mention and the mentions coordinated after it ("Russia and Georgia").</summary>
    private List<Actor> CoordinatedFrom(Token[] tokens, ActorMention[] mentions, ActorMention first)
    {
        var actors = new List<Actor>(first.Actors);
        int index = Array.IndexOf(mentions, first);
        int right = first.EndToken;
        for (int k = index + 1; k < mentions.Length; k++)
        {
            var next = mentions[k];
            if (next.FirstToken - right > 3) break;
            bool joined = true;
            for (int t = right; t < next.FirstToken; t++)
                if (!Coordinators.Contains(tokens[t].Lower) && tokens[t].Lower is not "the") joined = false;
            if (!joined || next.FirstToken == right) break;
            actors.AddRange(next.Actors);
            right = next.EndToken;
        }
        return actors.Where(a => a.CanAct).ToList();
    }

    /// <summary>"... secured the regions and later recognized them": the second verb shares the first one's subject.</summary>
    private bool IsCoordinatedVerb(Token[] tokens, Sentence sentence, PatternMatch match)
    {
        int t = match.Trigger - 1;
        while (t > sentence.FirstToken && (SequenceAdverbs.Contains(tokens[t].Lower) || tokens[t].Lemma == "have" && tokens[t].Pos == PartOfSpeech.Aux))
            t--;
        return t > sentence.FirstToken && tokens[t].Lower is "and" or "but";
    }

    /// <summary>
    /// "accused Somalia and Ethiopia of": a pattern's slot may skip the first of coordinated objects to take the last one
    /// before its next word; the mentions joined to the slot between the trigger and it are targets too.
    /// </summary>
    private void AddCoordinatedBeforeSlot(Token[] tokens, ActorMention[] mentions, PatternMatch match, List<ActorMention> targets)
    {
        if (match.SlotTarget is not { } slot) return;
        foreach (var m in CoordinatedAround(tokens, mentions, slot))
            if (m.FirstToken > match.Trigger && m.FirstToken < slot.FirstToken && m.IsResolved && !targets.Contains(m)) targets.Insert(Math.Max(0, targets.IndexOf(slot)), m);
    }

    private void AddCoordinated(Token[] tokens, ActorMention[] mentions, ActorMention first, List<ActorMention> targets)
    {
        int right = first.EndToken;
        var chain = new List<ActorMention>();
        bool closedByAnd = false;
        foreach (var next in mentions)
        {
            if (next.FirstToken < right) continue;
            if (next.FirstToken - right > 2 || next.FirstToken == right) break;
            bool joined = true, and = false;
            for (int t = right; t < next.FirstToken; t++)
            {
                if (tokens[t].Lower is "and" or "&") and = true;
                else if (!Coordinators.Contains(tokens[t].Lower) && tokens[t].Lower is not ("(" or ")" or "the")) joined = false;
            }
            if (!joined) break;
            chain.Add(next);
            right = next.EndToken;
            if (and) { closedByAnd = true; break; }
        }
        // "Israel, Washington will..." is not a list: a list joined by commas ends with "and".
        if (closedByAnd) targets.AddRange(chain);
    }
}
