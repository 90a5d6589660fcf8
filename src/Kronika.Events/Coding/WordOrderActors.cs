namespace Kronika.Events;

/// <summary>Source and target by word order, for sentences the parse does not settle: the subject before the trigger, the first actor after it, the actors around an event noun.</summary>
public sealed partial class EventCoder
{
    /// <summary>Marks tokens inside ", which/who/where ... ," relative clauses, whose actors are not the main clause's subject.</summary>
    private bool[] RelativeClauses(Token[] tokens, Sentence sentence)
    {
        var inside = new bool[sentence.TokenCount];
        for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
        {
            if (tokens[i].Text != "," || tokens[i + 1].Lower is not ("which" or "who" or "where" or "whose" or "whom")) continue;
            int j = i + 1;
            while (j < sentence.EndToken && tokens[j].Text != ",") j++;
            if (j >= sentence.EndToken) break;
            for (int k = i; k <= j; k++) inside[k - sentence.FirstToken] = true;
            i = j - 1;
        }
        return inside;
    }

    private (ActorMention? Mention, Actor[] Actors) FindSource(Token[] tokens, Sentence sentence, ActorMention[] mentions, PatternMatch match, bool[] relativeClause)
    {
        bool triggerInRelative = relativeClause[match.Trigger - sentence.FirstToken];
        (ActorMention?, Actor[])? fallback = null;
        for (int k = mentions.Length - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.EndToken > match.Trigger) continue;
            if (!triggerInRelative && relativeClause[m.FirstToken - sentence.FirstToken]) continue;
            if (m.FirstToken > sentence.FirstToken && Prepositions.Contains(tokens[m.FirstToken - 1].Lower)) continue;
            if (ReferenceEquals(m, match.SlotTarget)) continue;
            var actors = new List<Actor>(m.Actors);
            // Coordinated subjects: "Russia and Georgia", "Russia, along with Venezuela, Syria and ...".
            int j = k - 1;
            int left = m.FirstToken;
            bool sawAnd = false;
            var chain = new List<Actor>();
            while (j >= 0)
            {
                var prev = mentions[j];
                int gapStart = prev.EndToken, gapEnd = left;
                if (gapEnd - gapStart > 3 || gapEnd <= gapStart) break;
                bool joined = true;
                for (int t = gapStart; t < gapEnd; t++)
                {
                    if (tokens[t].Lower is "and" or "&" or "with") sawAnd = true;
                    else if (!Coordinators.Contains(tokens[t].Lower) && tokens[t].Lower is not ("along" or "as" or "well"))
                        joined = false;
                }
                if (!joined) break;
                chain.InsertRange(0, prev.Actors);
                left = prev.FirstToken;
                j--;
            }
            // Comma-separated actors form a list only when "and" (or "along with") joins it somewhere.
            if (sawAnd) actors.InsertRange(0, chain);
            // "Delegations from Russia and Georgia": an unresolved group takes the country of its "from/of" phrase.
            if (!m.IsResolved)
            {
                int next = m.EndToken;
                if (next < sentence.EndToken && tokens[next].Lower is "from" or "of")
                {
                    var owners = mentions.Where(o => o.FirstToken == next + 1).ToList();
                    if (owners.Count > 0)
                    {
                        var owner = owners[0];
                        var resolved = CoordinatedFrom(tokens, mentions, owner).Select(a => a with { Role = m.Actor.Role.Length > 0 ? m.Actor.Role : a.Role }).ToArray();
                        return (m, resolved);
                    }
                }
                // "Police arrested ten union leaders": an agent whose country the text does not give acts when no actor of known
                // country stands before it as the subject (word order cannot tell which of them is).
                if (m.CanAct && fallback is null)
                    fallback = (m, actors.Where(a => a.CanAct).Distinct().ToArray());
                continue;
            }
            return (m, actors.Where(a => a.CanAct).Distinct().ToArray());
        }
        return fallback ?? (null, []);
    }

    private List<ActorMention> FindTargets(SentenceTree tree, ActorMention[] mentions, PatternMatch match, Actor[] sources)
    {
        var (tokens, sentence) = (tree.Document.Tokens, tree.Sentence);
        var targets = new List<ActorMention>();
        if (match.SlotTarget is { } slot)
        {
            targets.Add(slot);
            AddCoordinated(tokens, mentions, slot, targets);
            AddCoordinatedBeforeSlot(tokens, mentions, match, targets);
            return targets;
        }
        int limit = Math.Min(sentence.EndToken, match.End + TargetWindow);
        ActorMention? fallback = null;
        foreach (var m in mentions)
        {
            // The object may sit inside the pattern's gap: "expelled two Paraguayan diplomats".
            if (m.FirstToken <= match.Trigger || m.FirstToken >= limit) continue;
            if (HasBreakBetween(tokens, match.End, m.FirstToken)) break;
            // "..., Ethiopian state media reported": whoever reports the act is not its target, and nothing after them is.
            if (IsReporterOf(tree, m, match.Trigger) || m.FirstToken >= AttributionStart(tokens, sentence)) break;
            // "(agreed ...) in a deal brokered by China": the agent of a participle on an adjunct is that act's doer, not this one's target
            // ("to ban a party backed by Russia" keeps Russia: the object's backer is the side acted against).
            if (m.FirstToken >= 2 && tokens[m.FirstToken - 1].Lower == "by" && tokens[m.FirstToken - 2].Xpos == "VBN" && m.FirstToken - 2 != match.Trigger
                && tree.Head(m.FirstToken - 2) is >= 0 and var modified && IsCircumstance(tree, modified)) break;
            if (!m.CanAct || m.Actors.All(a => sources.Any(s => SameActor(s, a)))) continue;
            // An agent whose country the text does not give ("lawmakers", "the police") is the target only when no actor
            // of known country follows in the window (one that only modifies a noun, "military bases", is no mention here:
            // EventCoder.Code leaves such mentions out).
            if (!m.IsResolved)
            {
                if (fallback is null) fallback = m;
                continue;
            }
            // A nationality adjective on a thing ("Georgian airspace") is a target only right after the trigger.
            if (IsThingOfCountry(m) && m.FirstToken - match.End > 2) continue;
            // "in Geneva", "in the Caucasus region": a place where something happens is not its target.
            if (IsLocative(tokens, sentence, m)) continue;
            // "ease tension over the two territories of South Ossetia": what a noun is about is its topic, not a target.
            if (IsTopicOfNoun(tokens, match.End, m.FirstToken)) continue;
            // "arrested five for links to the rebels": what follows the reason of a coercive act is no target of it.
            if (ReasonActs.Contains(match.Pattern.Cameo) && HasWordBetween(tokens, match.End, m.FirstToken, ReasonPrepositions)) break;
            targets.Add(m);
            AddCoordinated(tokens, mentions, m, targets);
            break;
        }
        if (targets.Count == 0 && fallback is not null) targets.Add(fallback);
        return targets;
    }

    /// <summary>Whether a noun is introduced by a preposition of circumstance ("in a deal", "under an agreement"), not of the act's other side ("against the measures").</summary>
    private bool IsCircumstance(SentenceTree tree, int noun) => Circumstances.Contains(tree.CaseOf(noun));

    private bool IntroducedBy(Token[] tokens, ActorMention mention, string preposition) =>
        mention.FirstToken > 0 && (tokens[mention.FirstToken - 1].Lower == preposition
                                   || (mention.FirstToken > 1 && tokens[mention.FirstToken - 2].Lower == preposition && Determiners.Contains(tokens[mention.FirstToken - 1].Lower)));

    /// <summary>
    /// Actors of an event noun: "Russia's invasion of Georgia", "the Russian invasion of Georgia" (modifier = source,
    /// "of/on/against/with" phrase = target); "condemnation from the United States" ("from/by" phrase = source);
    /// "talks between Russia and Georgia" (both sides); else the clause's subject when nothing breaks the clause between.
    /// </summary>
    private (ActorMention?, Actor[], List<ActorMention>) NounActors(Token[] tokens, Sentence sentence, ActorMention[] mentions, PatternMatch match, bool[] relativeClause)
    {
        ActorMention? after = null;
        string preposition = "";
        foreach (var m in mentions)
        {
            if (m.FirstToken < match.End || m.FirstToken > match.End + 3) continue;
            if (HasBreakBetween(tokens, match.End, m.FirstToken) || !m.CanAct) continue;
            // The preposition may close the pattern itself ("talk with", "visit to").
            for (int t = match.End - 1; t < m.FirstToken; t++)
                if (t > match.Trigger && Prepositions.Contains(tokens[t].Lower)) { preposition = tokens[t].Lower; break; }
            // "The attack, condemned by the White House": a phrase after a verb between is that verb's, not the noun's.
            bool verbBetween = false;
            for (int t = match.End; t < m.FirstToken; t++)
                if (tokens[t].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux) verbBetween = true;
            if (preposition.Length > 0 && !verbBetween) after = m;
            break;
        }
        if (after is not null && preposition == "between")
            return (after, CoordinatedFrom(tokens, mentions, after).ToArray(), []);

        ActorMention? modifier = null;
        foreach (var m in mentions)
            if (m.EndToken <= match.Trigger && match.Trigger - m.EndToken <= 2 && m.CanAct
                && !(m.FirstToken > sentence.FirstToken && Prepositions.Contains(tokens[m.FirstToken - 1].Lower)))
                modifier = m;

        if (after is not null && preposition is "from" or "by")
        {
            var targetSide = modifier ?? FindSource(tokens, sentence, mentions, match, relativeClause) switch { ({ } s, _) => s, _ => null };
            return (after, CoordinatedFrom(tokens, mentions, after).ToArray(), targetSide is null ? [] : [targetSide]);
        }
        var targets = new List<ActorMention>();
        if (after is not null && !Locatives.Contains(preposition))
        {
            targets.Add(after);
            AddCoordinated(tokens, mentions, after, targets);
        }
        if (modifier is not null)
            return (modifier, modifier.Actors.Where(a => a.CanAct).ToArray(), targets);
        var (subject, actors) = FindSource(tokens, sentence, mentions, match, relativeClause);
        if (subject is null || match.Trigger - subject.EndToken > 12 || HasBreakBetween(tokens, subject.EndToken, match.Trigger) || HasComma(tokens, subject.EndToken, match.Trigger))
            return (null, [], targets);
        return (subject, actors, targets);
    }

    /// <summary>"in Geneva", "in the volatile southern Caucasus region": a locative preposition within three words before.</summary>
    private bool IsLocative(Token[] tokens, Sentence sentence, ActorMention m)
    {
        for (int t = m.FirstToken - 1, seen = 0; t >= sentence.FirstToken && seen < 4; t--, seen++)
        {
            if (Locatives.Contains(tokens[t].Lower)) return true;
            if (!tokens[t].IsWord || Prepositions.Contains(tokens[t].Lower) || tokens[t].IsCapitalized) return false;
        }
        return false;
    }

    private bool IsTopicOfNoun(Token[] tokens, int from, int to)
    {
        for (int t = Math.Max(from, 1); t < to; t++)
            if (tokens[t].Lower is "over" or "about" && tokens[t - 1].Pos is not (PartOfSpeech.Verb or PartOfSpeech.Aux)) return true;
        return false;
    }

    private static bool HasWordBetween(Token[] tokens, int from, int to, HashSet<string> words)
    {
        for (int t = from; t < to; t++)
            if (words.Contains(tokens[t].Lower)) return true;
        return false;
    }

    private bool HasComma(Token[] tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
            if (tokens[t].Text == ",") return true;
        return false;
    }

    private bool IsThingOfCountry(ActorMention m) => m.Head == EntryKind.Adjective && m.Actor.Role.Length == 0;

    private bool HasBreakBetween(Token[] tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
            if (tokens[t].Text is ";" or ":" or "." || ClauseOpeners.Contains(tokens[t].Lower))
                return true;
        return false;
    }
}
