using Kronika.Actors;
using Kronika.Language;

namespace Kronika.Events;

/// <summary>
/// The dependency tree of one parsed sentence, with the actor mentions placed on it: who is the
/// subject, object, agent or oblique of a word, following coordination ("Russia and Georgia"),
/// control ("wants to restore"), coordinated verbs ("secured ... and recognized") and relative clauses.
/// </summary>
internal sealed class SentenceTree
{
    private readonly Token[] _tokens;
    private readonly Sentence _sentence;
    private readonly List<int>[] _children;
    private readonly ActorMention?[] _mentionAt;

    public SentenceTree(Token[] tokens, Sentence sentence, ActorMention[] mentions)
    {
        _tokens = tokens;
        _sentence = sentence;
        _children = new List<int>[sentence.TokenCount];
        for (int i = 0; i < _children.Length; i++) _children[i] = [];
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            int head = tokens[t].Head;
            if (head >= sentence.FirstToken && head < sentence.EndToken) _children[head - sentence.FirstToken].Add(t);
        }
        _mentionAt = new ActorMention?[sentence.TokenCount];
        foreach (var m in mentions)
            for (int t = m.FirstToken; t < m.EndToken; t++)
                if (t >= sentence.FirstToken && t < sentence.EndToken) _mentionAt[t - sentence.FirstToken] = m;
    }

    public IReadOnlyList<int> Children(int token) => _children[token - _sentence.FirstToken];
    public string Relation(int token) => _tokens[token].Deprel;
    public int Head(int token) => _tokens[token].Head;
    private bool Inside(int token) => token >= _sentence.FirstToken && token < _sentence.EndToken;

    /// <summary>The mention covering a token, or null.</summary>
    public ActorMention? MentionAt(int token) => Inside(token) ? _mentionAt[token - _sentence.FirstToken] : null;

    private static string Base(string relation)
    {
        int colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation[..colon];
    }

    /// <summary>The children of a word with a relation (exact, e.g. "nsubj:pass", or a base relation such as "obl").</summary>
    public IEnumerable<int> ChildrenWith(int token, string relation) =>
        Children(token).Where(c => _tokens[c].Deprel == relation || (!relation.Contains(':') && Base(_tokens[c].Deprel) == relation && relation != "nsubj"));

    /// <summary>The case marker ("by", "with", "on") of a nominal, lowercased, or "".</summary>
    public string CaseOf(int token)
    {
        foreach (var c in Children(token))
            if (_tokens[c].Deprel == "case") return _tokens[c].Lower;
        return "";
    }

    /// <summary>
    /// The actor mentions a nominal stands for: the mention covering it, or, for an unresolved group
    /// ("delegations from Russia and Georgia"), the mentions of its nominal modifiers; plus its conjuncts.
    /// </summary>
    public List<ActorMention> MentionsOf(int nominal)
    {
        var result = new List<ActorMention>();
        Collect(nominal, result, depth: 0);
        foreach (var conj in ChildrenWith(nominal, "conj"))
            Collect(conj, result, depth: 0);
        return result;
    }

    private void Collect(int nominal, List<ActorMention> result, int depth)
    {
        var mention = MentionAt(nominal);
        if (mention is not null && mention.IsResolved)
        {
            if (!result.Contains(mention)) result.Add(mention);
            return;
        }
        if (depth > 1) return;
        // A head without an actor of its own takes the actors it is "of" or "from": "representatives of Russia".
        foreach (var child in Children(nominal))
        {
            var relation = _tokens[child].Deprel;
            if (relation is "nmod" or "nmod:poss" or "compound" or "amod" or "appos" or "flat" && (relation != "nmod" || CaseOf(child) is "of" or "from" or ""))
            {
                int before = result.Count;
                Collect(child, result, depth + 1);
                if (result.Count > before)
                {
                    foreach (var conj in ChildrenWith(child, "conj")) Collect(conj, result, depth + 1);
                    return;
                }
            }
        }
        if (mention is not null && !result.Contains(mention)) result.Add(mention);
    }

    /// <summary>
    /// The subject of a predicate and whether the clause is passive. Climbs to the controlling or
    /// coordinated verb when the predicate has none of its own ("wants to restore", "secured ... and recognized"),
    /// and to the modified noun of a relative clause ("forces that invaded").
    /// </summary>
    /// <summary>Whether a comma stands before a word's phrase (right before it, or before its first dependent).</summary>
    private bool HasCommaBefore(int word)
    {
        int first = word;
        foreach (var c in Children(word)) if (c < first) first = c;
        return Inside(first - 1) && _tokens[first - 1].Text == ",";
    }

    public (int Subject, bool Passive) SubjectOf(int predicate)
    {
        // "a day after U.S. House Speaker Nancy Pelosi visited the island", misparsed with "visited" a conjunct of the main verb:
        // an actor named right before a finite verb that has no subject of its own is that verb's subject.
        if (_tokens[predicate].Xpos is "VBD" or "VBZ" or "VBP" && _tokens[predicate].Deprel is "conj" or "parataxis"
            && !Children(predicate).Any(c => _tokens[c].Deprel.StartsWith("nsubj", StringComparison.Ordinal))
            && Inside(predicate - 1) && MentionAt(predicate - 1) is { } before && before.EndToken == predicate
            && !Children(predicate).Any(c => _tokens[c].Deprel == "cc" && c < predicate))
            return (predicate - 1, false);
        for (int hops = 0, p = predicate; hops < 4 && Inside(p); hops++)
        {
            foreach (var c in Children(p))
            {
                var relation = _tokens[c].Deprel;
                if (relation is "nsubj" or "csubj" or "nsubj:outer") return (c, false);
                if (relation is "nsubj:pass" or "csubj:pass") return (c, true);
            }
            var own = Base(_tokens[p].Deprel);
            int head = _tokens[p].Head;
            if (!Inside(head)) break;
            // "saw Russia come under condemnation", "forced Georgia to withdraw": an object controls the infinitive after it.
            // (Not ", killing 1,200 people" after an object: a participle set off by a comma is the subject's.)
            if (own == "xcomp" && !(_tokens[p].Xpos == "VBG" && Inside(p - 1) && HasCommaBefore(p)))
                foreach (var c in Children(head))
                    if (_tokens[c].Deprel == "obj" && c < p) return (c, false);
            if (own is "acl")
            {
                // "a proposal from Saakashvili to offer visa-free travel": the proposer does what the proposal proposes.
                foreach (var c in Children(head))
                    if (Base(_tokens[c].Deprel) is "nmod" or "obl" && CaseOf(c) is "from" or "by" && c < p)
                        return (c, false);
                // "troops sent to Mali" is passive; "the two sides struck a deal" (a finite clause misread as a participle) has an object and is not.
                return (head, _tokens[p].Deprel == "acl" && _tokens[p].Xpos == "VBN" && !Children(p).Any(c => _tokens[c].Deprel == "obj") && !ActiveOnly.Contains(_tokens[p].Lemma));
            }
            if (own is not ("xcomp" or "conj" or "advcl" or "ccomp")) break;
            if (own == "ccomp" && hops > 0) break;
            // "Moscow denied any of its aircraft had entered...": a finite clause without a subject, right after its
            // governing verb's object, was misparsed; that object is the clause's subject.
            if (own is "advcl" or "ccomp" && HasAuxiliary(p))
                foreach (var c in Children(head))
                    if (_tokens[c].Deprel == "obj" && c < p && !Children(p).Any(k => _tokens[k].Deprel == "mark"))
                        return (c, false);
            p = head;
        }
        return (-1, false);
    }

    /// <summary>Verbs with an infinitive that are never passive: "the two sides managed to put aside...".</summary>
    private static readonly HashSet<string> ActiveOnly = new(StringComparer.Ordinal)
    {
        "manage", "agree", "decide", "try", "fail", "refuse", "vow", "seek", "attempt", "promise", "pledge", "threaten", "continue", "begin", "start", "want", "hope",
    };

    private bool HasAuxiliary(int predicate) => Children(predicate).Any(c => _tokens[c].Deprel is "aux" or "aux:pass");

    /// <summary>The agent of a passive predicate: "by Russia" (obl:agent, or obl marked "by").</summary>
    public int AgentOf(int predicate)
    {
        foreach (var c in Children(predicate))
            if (_tokens[c].Deprel == "obl:agent" || (Base(_tokens[c].Deprel) == "obl" && CaseOf(c) == "by"))
                return c;
        return -1;
    }

    /// <summary>The direct object of a predicate, else its indirect object.</summary>
    public int ObjectOf(int predicate)
    {
        foreach (var c in Children(predicate))
            if (_tokens[c].Deprel is "obj") return c;
        foreach (var c in Children(predicate))
            if (_tokens[c].Deprel is "iobj") return c;
        return -1;
    }

    /// <summary>Oblique and nominal-modifier dependents of a word, with their case markers, in sentence order.</summary>
    public IEnumerable<(int Token, string Case)> ObliquesOf(int word)
    {
        foreach (var c in Children(word))
        {
            var relation = Base(_tokens[c].Deprel);
            // Bare noun phrases of time and measure ("last week", "three days") are no participants.
            if (relation is "obl" or "nmod" && _tokens[c].Deprel is not ("obl:tmod" or "obl:npmod" or "nmod:tmod" or "obl:unmarked" or "nmod:unmarked" or "obl:agent"))
                yield return (c, CaseOf(c));
        }
    }

    /// <summary>The subject of a complement clause ("said that Russia had ...", "complaints that Russian aircraft ..."), for statements about someone.</summary>
    public int ComplementSubjectOf(int predicate)
    {
        foreach (var c in Children(predicate))
        {
            // "complaints that Turkish jets violated...", often misread as a relative clause whose "that" is the object.
            bool content = _tokens[c].Deprel is "ccomp" or "parataxis" or "acl"
                || (_tokens[c].Deprel == "acl:relcl" && Children(c).Any(k => _tokens[k].Lower == "that" && _tokens[k].Deprel is "obj" or "mark"));
            if (!content) continue;
            foreach (var s in Children(c))
                if (_tokens[s].Deprel is "nsubj" or "nsubj:pass")
                    return s;
        }
        return -1;
    }

    private static readonly HashSet<string> IntentHeads = new(StringComparer.Ordinal)
    {
        "want", "wish", "plan", "intend", "hope", "seek", "aim", "try", "attempt", "ready", "willing", "prepared", "eager", "keen", "open",
        "offer", "promise", "pledge", "vow", "propose", "threaten", "expect", "like", "determined", "decide",
    };

    private static readonly HashSet<string> FutureAuxiliaries = new(StringComparer.Ordinal) { "will", "would", "shall", "'ll", "’ll", "could", "might", "may", "should" };

    /// <summary>
    /// The modality of the act a word names: hypothetical under "if"/"unless" (or in the main clause of such a
    /// condition), denied when negated or under "deny", intended under a future or modal auxiliary or an
    /// intent word ("wants to", "is ready to", "offered to"), else asserted.
    /// </summary>
    public string ModalityOf(int word)
    {
        bool denied = IsNegated(word), intended = false;
        // "it will site military bases", with "site" mistagged as a noun: a future auxiliary right before the word still makes it an intent.
        if (Inside(word - 1) && _tokens[word - 1].Xpos == "MD" && FutureAuxiliaries.Contains(_tokens[word - 1].Lower)) intended = true;
        int p = word;
        for (int hops = 0; hops < 6 && Inside(p); hops++)
        {
            foreach (var c in Children(p))
            {
                var relation = _tokens[c].Deprel;
                if (relation == "mark" && _tokens[c].Lower is "if" or "unless") return Modalities.Hypothetical;
                if (relation == "advcl" && Children(c).Any(m => _tokens[m].Deprel == "mark" && _tokens[m].Lower is "if" or "unless") && hops == 0)
                    return Modalities.Hypothetical;
                if (relation is "aux" && FutureAuxiliaries.Contains(_tokens[c].Lower)) intended = true;
            }
            if (hops > 0 && _tokens[p].Lemma == "deny") denied = true;
            var own = Base(_tokens[p].Deprel);
            int head = _tokens[p].Head;
            if (!Inside(head)) break;
            if (own == "xcomp" && IntentHeads.Contains(_tokens[head].Lemma)) intended = true;
            if (own is not ("xcomp" or "ccomp" or "conj" or "advcl" or "acl")) break;
            p = head;
        }
        return denied ? Modalities.Denied : intended ? Modalities.Intended : Modalities.Asserted;
    }

    /// <summary>The predicate a word belongs to: the nearest verb (or the root) at or above it.</summary>
    public int PredicateOf(int word)
    {
        for (int hops = 0, p = word; hops < 12 && Inside(p); hops++)
        {
            if (_tokens[p].Upos is "VERB" || _tokens[p].Head == Token.Root || !Inside(_tokens[p].Head)) return p;
            p = _tokens[p].Head;
        }
        return word;
    }

    /// <summary>
    /// Whether a time expression (by its character offset) dates an event: it must belong to the event's own
    /// clause or one above it, never to a clause below or beside it ("offered on Friday ... since the war in 2008").
    /// </summary>
    public bool Governs(int expressionStart, int trigger)
    {
        int word = _sentence.FirstToken;
        while (word + 1 < _sentence.EndToken && _tokens[word + 1].Start <= expressionStart) word++;
        int expressionPredicate = PredicateOf(word);
        for (int hops = 0, p = PredicateOf(trigger); hops < 12; hops++)
        {
            if (p == expressionPredicate) return true;
            int head = _tokens[p].Head;
            if (!Inside(head)) return false;
            p = PredicateOf(head);
        }
        return false;
    }

    /// <summary>Whether a word is negated ("did not expel", "never recognized").</summary>
    public bool IsNegated(int word) =>
        Children(word).Any(c => _tokens[c].Deprel == "advmod" && _tokens[c].Lower is "not" or "n't" or "n’t" or "never" || _tokens[c].Lower is "no" && _tokens[c].Deprel == "det");
}
