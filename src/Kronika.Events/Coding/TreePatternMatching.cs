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
        // The dictionary's patterns are verb patterns: "Trump's bid", tagged a verb after a possessive, is a noun.
        if (patterns.TreePatterns.IsEmpty || tokens[trigger].Pos != PartOfSpeech.Verb || UsedAsNoun(tokens, sentence, trigger)) return null;
        (TreePattern Pattern, TreeMatch Match)? best = null;
        VerbPhrase? phrase = null;
        foreach (var verb in patterns.TreePatterns.VerbsOf(tokens[trigger].Lemma, tokens[trigger].Lower))
        {
            phrase ??= PhraseOf(tokens, sentence, trigger);
            var candidates = verb.Patterns.Candidates(phrase.Stems);
            foreach (var pattern in verb.Bare is null || !BareVerbCodes(tokens, sentence, trigger) ? candidates : candidates.Append(verb.Bare))
            {
                if (best is { } b && (pattern.Specificity < b.Pattern.Specificity || (pattern.Specificity == b.Pattern.Specificity && pattern.Line >= b.Pattern.Line))) continue;
                if (!phrase.MayMatch(pattern.Before) || !phrase.MayMatch(pattern.After)) continue;
                var found = new TreeMatch(trigger + 1, null, null, -1);
                if (!Steps(tokens, byStart, phrase, pattern.Before, 0, phrase.Before, 0, ref found) || !Steps(tokens, byStart, phrase, pattern.After, 0, phrase.After, 0, ref found)) continue;
                // "called the king on Saturday" is no "call on": a preposition that opens a date belongs to the date, as in word-order matching.
                if (found.End > trigger + 1 && found.End < sentence.EndToken && tokens[found.End - 1].Pos == PartOfSpeech.Adp && IsDateWord(tokens[found.End])) continue;
                best = (pattern, found);
            }
        }
        if (best is not { Pattern.Event: { } coded, Match: var match }) return null;
        // A bare verb is the dictionary's weakest evidence: it makes an event only toward an actor of its own phrase ("bought grain" says nothing of whom).
        if (best.Value.Pattern.Specificity == 0 && !phrase!.After.Any(t => byStart.TryGetValue(t, out var m) && m.IsResolved)) return null;
        return new PatternMatch(coded, trigger, match.End, match.Target, match.Source);
    }

    /// <summary>What a tree match found: the end of its last word (past the trigger), its slots' mentions, and the word the last preposition marks.</summary>
    private record struct TreeMatch(int End, ActorMention? Target, ActorMention? Source, int Marked);

    /// <summary>
    /// Whether a verb alone may make its block's event: not where it governs a complement ("managed to put aside", "considers
    /// the region to be"), whose act is what happened, nor where it heads a relative or adverbial clause ("when forces marched"),
    /// the background of the sentence. A bare verb is the dictionary's weakest evidence.
    /// </summary>
    private static bool BareVerbCodes(Token[] tokens, Sentence sentence, int trigger)
    {
        // "when forces invaded ... and marched": a conjunct shares its first verb's clause.
        int clause = trigger;
        for (int hops = 0; hops < 3 && tokens[clause].Relation == DependencyRelation.Conj && tokens[clause].Head >= 0; hops++) clause = tokens[clause].Head;
        if (tokens[clause].Relation is DependencyRelation.Acl or DependencyRelation.AclRelcl or DependencyRelation.Advcl or DependencyRelation.AdvclRelcl) return false;
        // "clarify what Russia wanted": an indirect question asks what happened; it tells nothing.
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Head == trigger && (tokens[k].Relation is DependencyRelation.Xcomp or DependencyRelation.Ccomp || tokens[k].Xpos is "WP" or "WDT")) return false;
        return true;
    }

    /// <summary>Whether a mention stands below the marked word (covers it, when it is the object's head).</summary>
    private static bool InMarked(Token[] tokens, ActorMention mention, int marked, bool head)
    {
        for (int k = mention.FirstToken; k < mention.EndToken; k++)
            if (head ? k == marked : Below(tokens, k, marked)) return true;
        return false;
    }

    /// <summary>Whether a word is the marked word or stands below it.</summary>
    private static bool Below(Token[] tokens, int word, int marked)
    {
        for (int node = word, hops = 0; hops < 8 && node >= 0; hops++, node = tokens[node].Head)
            if (node == marked) return true;
        return false;
    }

    /// <summary>Matches steps[s..] in order among words[w..] (backtracking over where each step stands).</summary>
    private static bool Steps(Token[] tokens, Dictionary<int, ActorMention> byStart, VerbPhrase phrase, TreeStep[] steps, int s, List<int> words, int w, ref TreeMatch found)
    {
        if (s == steps.Length) return true;
        var step = steps[s];
        for (int p = w; p < words.Count; p++)
        {
            int token = words[p];
            if (step.IsActor)
            {
                if (!byStart.TryGetValue(token, out var mention) || !mention.IsResolved) continue;
                if (step.InPhrase && !InMarked(tokens, mention, found.Marked, step.IsPhraseHead)) continue;
                int next = p;
                while (next < words.Count && words[next] < mention.EndToken) next++;
                var saved = found;
                // (Words before the verb end before it: the end stays past the trigger.)
                found = step.Slot == TreeSlot.Target ? found with { Target = mention } : found with { Source = mention };
                found = found with { End = Math.Max(found.End, mention.EndToken) };
                if (Steps(tokens, byStart, phrase, steps, s + 1, words, next, ref found)) return true;
                found = saved;
                continue;
            }
            if (step.InPhrase ? !Below(tokens, token, found.Marked) : !step.OpensPhrase && !step.IsVerbWord && phrase.InOblique(token)) continue;
            // A pattern's words are common words: "the Order of Friendship" is no order.
            if (tokens[token].Pos == PartOfSpeech.Propn) continue;
            foreach (var alternative in step.Phrases)
            {
                int length = PhraseAt(tokens, alternative, words, p);
                if (length == 0 || (step.IsPhraseHead && words[p + length - 1] != found.Marked)) continue;
                var saved = found;
                found = found with { End = Math.Max(found.End, words[p + length - 1] + 1), Marked = step.OpensPhrase ? tokens[token].Head : found.Marked };
                if (Steps(tokens, byStart, phrase, steps, s + 1, words, p + length, ref found)) return true;
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
    /// (complement, adverbial and relative clauses, parataxis) and less its coordinated verbs and punctuation; and which
    /// words stand inside an oblique or nominal modifier ("despite protests"), where a word the pattern names outside its
    /// parentheses (an object, a subject) cannot stand.
    /// </summary>
    private sealed class VerbPhrase(int first, int count)
    {
        public List<int> Before { get; } = [];
        public List<int> After { get; } = [];
        public bool[] Oblique { get; } = new bool[count];
        public bool InOblique(int token) => Oblique[token - first];

        /// <summary>
        /// The lemmas, forms and stems of the phrase's words: every word a pattern element could match here (a superset of
        /// <see cref="PatternElement.Matches"/>), so that most patterns are ruled out without matching.
        /// </summary>
        public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

        public void AddStems(in Token token)
        {
            Stems.Add(token.Lemma);
            var lower = token.Lower;
            Stems.Add(lower);
            if (IrregularVerbs.BaseOf(lower) is { } irregular) Stems.Add(irregular);
            foreach (var ending in RegularEndings)
                if (lower.Length > ending.Length && lower.EndsWith(ending, StringComparison.Ordinal)) Stems.Add(lower[..^ending.Length]);
            if (lower.Length > 4 && lower.EndsWith("ing", StringComparison.Ordinal)) Stems.Add(lower[..^3] + "e");
        }

        private static readonly string[] RegularEndings = ["s", "es", "ed", "d", "ing"];

        /// <summary>Whether every word step has a first word among the stems.</summary>
        public bool MayMatch(TreeStep[] steps)
        {
            foreach (var step in steps)
            {
                if (step.IsActor) continue;
                bool any = false;
                foreach (var word in step.FirstWords)
                    if (Stems.Contains(word)) { any = true; break; }
                if (!any) return false;
            }
            return true;
        }
    }

    private static VerbPhrase PhraseOf(Token[] tokens, Sentence sentence, int trigger)
    {
        var phrase = new VerbPhrase(sentence.FirstToken, sentence.TokenCount);
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (k == trigger || InPhrase(tokens, sentence, trigger, k) is not { } oblique) continue;
            (k < trigger ? phrase.Before : phrase.After).Add(k);
            phrase.AddStems(tokens[k]);
            phrase.Oblique[k - sentence.FirstToken] = oblique;
        }
        return phrase;
    }

    /// <summary>Null when a word is outside the verb's phrase, else whether it stands inside an oblique or nominal modifier.</summary>
    private static bool? InPhrase(Token[] tokens, Sentence sentence, int trigger, int word)
    {
        bool oblique = false;
        for (int node = word, hops = 0; hops < 12; hops++)
        {
            int head = tokens[node].Head;
            if (head < sentence.FirstToken || head >= sentence.EndToken) return null;
            var relation = tokens[node].Relation;
            if (relation is DependencyRelation.Ccomp or DependencyRelation.Xcomp or DependencyRelation.Advcl or DependencyRelation.AdvclRelcl
                or DependencyRelation.Acl or DependencyRelation.AclRelcl or DependencyRelation.Csubj or DependencyRelation.CsubjPass or DependencyRelation.Parataxis)
                return null;
            oblique |= relation.Base() is DependencyRelation.Obl or DependencyRelation.Nmod && relation != DependencyRelation.NmodPoss;
            if (head == trigger) return relation is DependencyRelation.Conj or DependencyRelation.Punct or DependencyRelation.Cc ? null : oblique;
            node = head;
        }
        return null;
    }
}
