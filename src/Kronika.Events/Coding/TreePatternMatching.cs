using Kronika.Events.Dictionaries;

namespace Kronika.Events;

/// <summary>
/// Matching the patterns of imported verb dictionaries (PETRARCH) on the dependency tree: the trigger is a verb of the
/// dictionary; a pattern's steps after "*" must be found, in order, among the words of the verb's own phrase after it
/// (objects, particles, prepositional phrases), the steps before "*" among those before it (the subject); an actor slot takes
/// the first resolved actor mention standing there. The verb's phrase is its subtree without the clauses it governs, so a
/// word of a reported or embedded clause never completes a pattern of the verb above it.
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>The most specific dictionary pattern matched at a verb (first in the file on a tie), or null; a matched null-code pattern gives null.</summary>
    private PatternMatch? MatchTree(Token[] tokens, Sentence sentence, Dictionary<int, ActorMention> byStart, int trigger)
    {
        if (patterns.TreePatterns.IsEmpty || tokens[trigger].Pos != PartOfSpeech.Verb) return null;
        (TreePattern Pattern, TreeMatch Match)? best = null;
        List<int>? before = null, after = null;
        foreach (var verb in patterns.TreePatterns.VerbsOf(tokens[trigger].Lemma, tokens[trigger].Lower))
        {
            if (before is null) (before, after) = PhraseOf(tokens, sentence, trigger);
            foreach (var pattern in verb.Bare is null ? verb.Patterns : verb.Patterns.Append(verb.Bare))
            {
                if (best is { } b && (pattern.Specificity < b.Pattern.Specificity || (pattern.Specificity == b.Pattern.Specificity && pattern.Line >= b.Pattern.Line))) continue;
                var found = new TreeMatch(trigger + 1, null, null);
                if (!Steps(tokens, byStart, pattern.Before, 0, before, 0, ref found) || !Steps(tokens, byStart, pattern.After, 0, after!, 0, ref found)) continue;
                best = (pattern, found);
            }
        }
        if (best is not { Pattern.Event: { } coded, Match: var match }) return null;
        return new PatternMatch(coded, trigger, match.End, match.Target, match.Source);
    }

    /// <summary>What a tree match found: the end of its last word (past the trigger), and its slots' mentions.</summary>
    private record struct TreeMatch(int End, ActorMention? Target, ActorMention? Source);

    /// <summary>Matches steps[s..] in order among words[w..] (backtracking over where each step stands).</summary>
    private static bool Steps(Token[] tokens, Dictionary<int, ActorMention> byStart, TreeStep[] steps, int s, List<int> words, int w, ref TreeMatch found)
    {
        if (s == steps.Length) return true;
        var step = steps[s];
        for (int p = w; p < words.Count; p++)
        {
            int token = words[p];
            if (step.IsActor)
            {
                if (!byStart.TryGetValue(token, out var mention) || !mention.IsResolved) continue;
                int next = p;
                while (next < words.Count && words[next] < mention.EndToken) next++;
                var saved = found;
                // (Words before the verb end before it: the end stays past the trigger.)
                found = step.Slot == TreeSlot.Target ? found with { Target = mention } : found with { Source = mention };
                found = found with { End = Math.Max(found.End, mention.EndToken) };
                if (Steps(tokens, byStart, steps, s + 1, words, next, ref found)) return true;
                found = saved;
                continue;
            }
            foreach (var phrase in step.Phrases)
            {
                int length = PhraseAt(tokens, phrase, words, p);
                if (length == 0) continue;
                var saved = found;
                found = found with { End = Math.Max(found.End, words[p + length - 1] + 1) };
                if (Steps(tokens, byStart, steps, s + 1, words, p + length, ref found)) return true;
                found = saved;
            }
        }
        return false;
    }

    /// <summary>How many words a phrase covers at words[p] (its words consecutive in the sentence and all in the phrase), or 0.</summary>
    private static int PhraseAt(Token[] tokens, PatternElement[] phrase, List<int> words, int p)
    {
        if (p + phrase.Length > words.Count) return 0;
        for (int k = 0; k < phrase.Length; k++)
        {
            int token = words[p + k];
            if (token != words[p] + k || !phrase[k].Matches(tokens[token].Lemma, tokens[token].Lower)) return 0;
        }
        return phrase.Length;
    }

    /// <summary>
    /// The words of a verb's phrase before and after it, in sentence order: its subtree, less what hangs below a clause
    /// (complement, adverbial and relative clauses, parataxis) and less its coordinated verbs and punctuation.
    /// </summary>
    private static (List<int> Before, List<int> After) PhraseOf(Token[] tokens, Sentence sentence, int trigger)
    {
        var before = new List<int>();
        var after = new List<int>();
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (k == trigger || !InPhrase(tokens, sentence, trigger, k)) continue;
            (k < trigger ? before : after).Add(k);
        }
        return (before, after);
    }

    private static bool InPhrase(Token[] tokens, Sentence sentence, int trigger, int word)
    {
        for (int node = word, hops = 0; hops < 12; hops++)
        {
            int head = tokens[node].Head;
            if (head < sentence.FirstToken || head >= sentence.EndToken) return false;
            var relation = tokens[node].Relation;
            if (relation is DependencyRelation.Ccomp or DependencyRelation.Xcomp or DependencyRelation.Advcl or DependencyRelation.AdvclRelcl
                or DependencyRelation.Acl or DependencyRelation.AclRelcl or DependencyRelation.Csubj or DependencyRelation.CsubjPass or DependencyRelation.Parataxis)
                return false;
            if (head == trigger) return relation is not (DependencyRelation.Conj or DependencyRelation.Punct or DependencyRelation.Cc);
            node = head;
        }
        return false;
    }
}
