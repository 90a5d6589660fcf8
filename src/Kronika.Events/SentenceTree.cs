namespace Kronika.Events;

/// <summary>
/// The dependency tree of one parsed sentence, with the actor mentions placed on it: who is the
/// subject, object, agent or oblique of a word, following coordination ("Russia and Georgia"),
/// control ("wants to restore"), coordinated verbs ("secured ... and recognized") and relative clauses.
/// </summary>
internal sealed partial class SentenceTree
{
    private readonly Token[] _tokens;
    private readonly Sentence _sentence;
    private readonly DependencyTree _tree;
    private readonly int[]?[] _childLists;
    private readonly ActorMention?[] _mentionAt;

    public SentenceTree(AnalyzedDocument document, Sentence sentence, ActorMention[] mentions)
    {
        _tokens = document.Tokens;
        _sentence = sentence;
        _tree = document.Tree(sentence);
        _childLists = new int[]?[sentence.TokenCount];
        _mentionAt = new ActorMention?[sentence.TokenCount];
        foreach (var m in mentions)
            for (int t = m.FirstToken; t < m.EndToken; t++)
                if (t >= sentence.FirstToken && t < sentence.EndToken) _mentionAt[t - sentence.FirstToken] = m;
    }

    /// <summary>The sentence's dependency tree, shared with the rest of the pipeline.</summary>
    public DependencyTree Tree => _tree;
    public AnalyzedDocument Document => _tree.Document;
    public Sentence Sentence => _sentence;
    /// <summary>The sentence's root word, or -1.</summary>
    public int Root => _tree.Root;

    public IReadOnlyList<int> Children(int token) => _childLists[token - _sentence.FirstToken] ??= _tree.ChildrenOf(token).ToArray();
    public DependencyRelation Relation(int token) => _tokens[token].Relation;
    /// <summary>The head of a word, or -1 for the root.</summary>
    public int Head(int token) => _tree.HeadOf(token);
    private bool Inside(int token) => _tree.Contains(token);

    private bool AnyChild(int token, Func<int, bool> test)
    {
        foreach (var c in _tree.ChildrenOf(token))
            if (test(c)) return true;
        return false;
    }

    /// <summary>The mention covering a token, or null.</summary>
    public ActorMention? MentionAt(int token) => Inside(token) ? _mentionAt[token - _sentence.FirstToken] : null;

    /// <summary>The children of a word with a relation (exact, e.g. <c>nsubj:pass</c>, or a base relation such as <c>obl</c>, which takes its subtypes; <c>nsubj</c> is exact).</summary>
    public IEnumerable<int> ChildrenWith(int token, DependencyRelation relation)
    {
        bool withSubtypes = relation.Base() == relation && relation != DependencyRelation.Nsubj;
        var result = new List<int>();
        foreach (var c in _tree.ChildrenOf(token))
            if (_tokens[c].Relation == relation || (withSubtypes && _tokens[c].Relation.Base() == relation)) result.Add(c);
        return result;
    }

    /// <summary>The case marker ("by", "with", "on") of a nominal, lowercased, or "".</summary>
    public string CaseOf(int token)
    {
        foreach (var c in _tree.ChildrenOf(token))
            if (_tokens[c].Relation == DependencyRelation.Case) return _tokens[c].Lower;
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
        foreach (var conj in ChildrenWith(nominal, DependencyRelation.Conj))
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
        // "Europe's biggest economy", "the region's largest army": one ranked among the possessor's is not the possessor.
        bool ranked = false;
        foreach (var c in _tree.ChildrenOf(nominal))
            ranked |= _tokens[c].Xpos == "JJS" || _tokens[c].Lower is "first" or "second" or "third";
        // A head without an actor of its own takes the actors it is "of" or "from": "representatives of Russia".
        foreach (var child in _tree.ChildrenOf(nominal))
        {
            var relation = _tokens[child].Relation;
            if (relation is DependencyRelation.Nmod or DependencyRelation.NmodPoss or DependencyRelation.Compound or DependencyRelation.Amod or DependencyRelation.Appos or DependencyRelation.Flat
                && (relation != DependencyRelation.Nmod || CaseOf(child) is "of" or "from" or "") && !(ranked && relation is DependencyRelation.NmodPoss or DependencyRelation.Nmod))
            {
                int before = result.Count;
                Collect(child, result, depth + 1);
                if (result.Count > before)
                {
                    foreach (var conj in ChildrenWith(child, DependencyRelation.Conj)) Collect(conj, result, depth + 1);
                    // "the extradition of Fethullah Gulen from the United States": a person handed over is not whom the act
                    // aims at; the state that holds him, named "from", is.
                    if (relation == DependencyRelation.Nmod && CaseOf(child) == "of" && result.Skip(before).All(m => m.IsPerson || m.Actor.Role == "ELI")
                        && HolderFrom(nominal, child, depth) is { Count: > 0 } holder)
                    {
                        result.RemoveRange(before, result.Count - before);
                        result.AddRange(holder.Where(m => !result.Contains(m)));
                    }
                    return;
                }
            }
        }
        // An agent without a country that only modifies another noun ("military bases") names no actor.
        if (mention is not null && !result.Contains(mention)
            && (mention.IsResolved || _tokens[nominal].Relation is not (DependencyRelation.Amod or DependencyRelation.Compound)))
            result.Add(mention);
    }

    /// <summary>The states or bodies a nominal names with "from" (other than <paramref name="except"/>), people left out.</summary>
    private List<ActorMention> HolderFrom(int nominal, int except, int depth)
    {
        var found = new List<ActorMention>();
        foreach (var child in _tree.ChildrenOf(nominal))
            if (child != except && _tokens[child].Relation == DependencyRelation.Nmod && CaseOf(child) == "from") Collect(child, found, depth + 1);
        found.RemoveAll(m => m.IsPerson || m.Actor.Role == "ELI");
        return found;
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
        foreach (var c in _tree.ChildrenOf(word)) if (c < first) first = c;
        return Inside(first - 1) && _tokens[first - 1].Text == ",";
    }

    public (int Subject, bool Passive) SubjectOf(int predicate)
    {
        if (MisreadPassiveSubject(predicate) is >= 0 and var misread) return (misread, true);
        if (IsAdjectivalPassive(predicate) && FirstChild(predicate, DependencyRelation.Nsubj) is >= 0 and var sufferer) return (sufferer, true);
        // "a day after U.S. House Speaker Nancy Pelosi visited the island", misparsed with "visited" a conjunct of the main verb:
        // an actor named right before a finite verb that has no subject of its own is that verb's subject.
        if (_tokens[predicate].Xpos is "VBD" or "VBZ" or "VBP" && _tokens[predicate].Relation is DependencyRelation.Conj or DependencyRelation.Parataxis
            && !AnyChild(predicate, c => _tokens[c].Relation.Base() == DependencyRelation.Nsubj)
            && Inside(predicate - 1) && MentionAt(predicate - 1) is { } before && before.EndToken == predicate
            && !AnyChild(predicate, c => _tokens[c].Relation == DependencyRelation.Cc && c < predicate))
            return (predicate - 1, false);
        for (int hops = 0, p = predicate; hops < 4 && Inside(p); hops++)
        {
            foreach (var c in _tree.ChildrenOf(p))
            {
                var relation = _tokens[c].Relation;
                // "A militant group responsible for the attacks condemned...", misparsed with the adjective as the subject and the
                // group as the adjective's: the adjective's own subject is the clause's.
                if (relation is DependencyRelation.Nsubj && _tokens[c].Pos == PartOfSpeech.Adj && FirstChild(c, DependencyRelation.Nsubj) is >= 0 and var adjectiveSubject) return (adjectiveSubject, false);
                if (relation is DependencyRelation.Nsubj or DependencyRelation.Csubj or DependencyRelation.NsubjOuter) return (c, false);
                if (relation is DependencyRelation.NsubjPass or DependencyRelation.CsubjPass) return (c, true);
            }
            var own = _tokens[p].Relation.Base();
            int head = _tree.HeadOf(p);
            if (head < 0) break;
            // "saw Russia come under condemnation", "forced Georgia to withdraw": an object controls the infinitive after it.
            // (Not ", killing 1,200 people" after an object: a participle set off by a comma is the subject's.)
            if (own == DependencyRelation.Xcomp && !(_tokens[p].Xpos == "VBG" && Inside(p - 1) && HasCommaBefore(p)))
                foreach (var c in _tree.ChildrenOf(head))
                    if (_tokens[c].Relation == DependencyRelation.Obj && c < p) return (c, false);
            if (ClauseOfParticiple(p) is >= 0 and var clause && clause != head)
            {
                p = clause;
                continue;
            }
            if (own is DependencyRelation.Acl)
            {
                // "a proposal from Saakashvili to offer visa-free travel": the proposer does what the proposal proposes.
                foreach (var c in _tree.ChildrenOf(head))
                    if (_tokens[c].Relation.Base() is DependencyRelation.Nmod or DependencyRelation.Obl && CaseOf(c) is "from" or "by" && c < p)
                        return (c, false);
                // "troops sent to Mali" is passive; "the two sides struck a deal" (a finite clause misread as a participle) has an object and is not.
                return (head, _tokens[p].Relation == DependencyRelation.Acl && _tokens[p].Xpos == "VBN" && !AnyChild(p, c => _tokens[c].Relation == DependencyRelation.Obj) && !ActiveOnly.Contains(_tokens[p].Lemma));
            }
            if (own is not (DependencyRelation.Xcomp or DependencyRelation.Conj or DependencyRelation.Advcl or DependencyRelation.Ccomp)) break;
            if (own == DependencyRelation.Ccomp && hops > 0) break;
            // "Moscow denied any of its aircraft had entered...": a finite clause without a subject, right after its
            // governing verb's object, was misparsed; that object is the clause's subject.
            if (own is DependencyRelation.Advcl or DependencyRelation.Ccomp && HasAuxiliary(p))
                foreach (var c in _tree.ChildrenOf(head))
                    if (_tokens[c].Relation == DependencyRelation.Obj && c < p && !AnyChild(p, k => _tokens[k].Relation == DependencyRelation.Mark))
                        return (c, false);
            p = head;
        }
        return (-1, false);
    }

    /// <summary>
    /// The verb a participle set off by a comma belongs to (", calling it dangerous", ", saying ..."), or -1 for any other word:
    /// its head, except that after a noun's infinitive or participle clause ("rejected Trump's decision to recognise Jerusalem,
    /// calling it ...") it is the verb of the clause that noun stands in, where the parser hangs it on the nearest verb instead.
    /// </summary>
    public int ClauseOfParticiple(int participle)
    {
        if (_tokens[participle].Xpos != "VBG" || _tokens[participle].Relation.Base() != DependencyRelation.Advcl || !Inside(participle - 1)) return -1;
        // (The comma may hang on the participle itself.)
        if (!HasCommaBefore(participle) && !AnyChild(participle, c => c < participle && _tokens[c].Text == ",")) return -1;
        int head = _tree.HeadOf(participle);
        // (After a relative clause, with a subject of its own, "an attack in which gunmen stormed the mosque, killing 40", the
        // participle is the relative clause's.)
        if (head < 0 || _tokens[head].Relation != DependencyRelation.Acl) return head;
        int noun = _tree.HeadOf(head);
        int verb = noun < 0 ? -1 : _tree.HeadOf(noun);
        return verb >= 0 && _tokens[verb].Pos == PartOfSpeech.Verb && _tokens[noun].Relation is DependencyRelation.Obj or DependencyRelation.Nsubj ? verb : head;
    }

    /// <summary>Verbs with an infinitive that are never passive: "the two sides managed to put aside...".</summary>
    private static readonly HashSet<string> ActiveOnly = new(StringComparer.Ordinal)
    {
        "manage", "agree", "decide", "try", "fail", "refuse", "vow", "seek", "attempt", "promise", "pledge", "threaten", "continue", "begin", "start", "want", "hope",
    };

    private int FirstChild(int word, DependencyRelation relation)
    {
        foreach (var c in _tree.ChildrenOf(word))
            if (_tokens[c].Relation == relation) return c;
        return -1;
    }

    private bool HasAuxiliary(int predicate) => AnyChild(predicate, c => _tokens[c].Relation is DependencyRelation.Aux or DependencyRelation.AuxPass);

    /// <summary>The agent of a passive predicate: "by Russia" (obl:agent, or obl marked "by").</summary>
    public int AgentOf(int predicate)
    {
        foreach (var c in _tree.ChildrenOf(predicate))
            if (_tokens[c].Relation == DependencyRelation.OblAgent || (_tokens[c].Relation.Base() == DependencyRelation.Obl && CaseOf(c) == "by"))
                return c;
        return -1;
    }

    /// <summary>The direct object of a predicate, else its indirect object.</summary>
    public int ObjectOf(int predicate)
    {
        foreach (var c in _tree.ChildrenOf(predicate))
            if (_tokens[c].Relation == DependencyRelation.Obj) return c;
        foreach (var c in _tree.ChildrenOf(predicate))
            if (_tokens[c].Relation == DependencyRelation.Iobj) return c;
        return -1;
    }

    /// <summary>Oblique and nominal-modifier dependents of a word, with their case markers, in sentence order.</summary>
    public IEnumerable<(int Token, string Case)> ObliquesOf(int word)
    {
        foreach (var c in Children(word))
        {
            var relation = _tokens[c].Relation;
            // Bare noun phrases of time and measure ("last week", "three days") are no participants.
            if (relation.Base() is DependencyRelation.Obl or DependencyRelation.Nmod
                && relation is not (DependencyRelation.OblTmod or DependencyRelation.OblNpmod or DependencyRelation.NmodTmod or DependencyRelation.OblUnmarked or DependencyRelation.NmodUnmarked or DependencyRelation.OblAgent))
                yield return (c, CaseOf(c));
        }
    }

    /// <summary>The subject of a complement clause ("said that Russia had ...", "complaints that Russian aircraft ..."), for statements about someone.</summary>
    public int ComplementSubjectOf(int predicate)
    {
        foreach (var c in _tree.ChildrenOf(predicate))
        {
            // "complaints that Turkish jets violated...", often misread as a relative clause whose "that" is the object.
            bool content = _tokens[c].Relation is DependencyRelation.Ccomp or DependencyRelation.Parataxis or DependencyRelation.Acl
                || (_tokens[c].Relation == DependencyRelation.AclRelcl && AnyChild(c, k => _tokens[k].Lower == "that" && _tokens[k].Relation is DependencyRelation.Obj or DependencyRelation.Mark));
            if (!content) continue;
            foreach (var s in _tree.ChildrenOf(c))
                if (_tokens[s].Relation.IsNominalSubject())
                    return s;
        }
        return -1;
    }

    private static readonly HashSet<string> IntentHeads = new(StringComparer.Ordinal)
    {
        "want", "wish", "plan", "intend", "hope", "seek", "aim", "try", "attempt", "ready", "willing", "prepared", "eager", "keen", "open",
        "offer", "promise", "pledge", "vow", "propose", "threaten", "expect", "like", "determined", "decide",
    };

    /// <summary>Auxiliaries of will: negated, they refuse ("will not", "won't" as "wo" + "n't", "would not").</summary>
    private static readonly HashSet<string> WillAuxiliaries = new(StringComparer.Ordinal) { "will", "would", "shall", "wo", "'ll", "’ll" };

    private static readonly HashSet<string> FutureAuxiliaries = new(StringComparer.Ordinal) { "will", "would", "shall", "wo", "'ll", "’ll", "could", "might", "may", "should" };

    /// <summary>
    /// The modality of the act a word names: hypothetical under "if"/"unless" (or in the main clause of such a
    /// condition), denied when negated or under "deny", intended under a future or modal auxiliary or an
    /// intent word ("wants to", "is ready to", "offered to"), else asserted.
    /// </summary>
    public string ModalityOf(int word) => ModalityOf(word, out _);

    /// <summary>
    /// The modality, and whether the act is refused: negated under a future auxiliary of will ("will not lift the
    /// ban", "won't release them") or under a negated intent word ("does not want to meet"), a refusal of the act now
    /// rather than a report that it did not happen ("did not lift the ban" is denied, no refusal); a failure to do it
    /// ("failed to reach agreement") counts as its refusal, as CAMEO codes it.
    /// </summary>
    public string ModalityOf(int word, out bool refused)
    {
        bool negated = IsNegated(word), denied = negated, intended = false, willed = false, intentNegated = false;
        refused = false;
        // "it will site military bases", with "site" mistagged as a noun: a future auxiliary right before the word still makes it an intent.
        if (Inside(word - 1) && _tokens[word - 1].Xpos == "MD" && FutureAuxiliaries.Contains(_tokens[word - 1].Lower)) intended = true;
        int p = word;
        var cameBy = DependencyRelation.Root;
        for (int hops = 0; hops < 6 && Inside(p); hops++)
        {
            foreach (var c in _tree.ChildrenOf(p))
            {
                var relation = _tokens[c].Relation;
                if (relation == DependencyRelation.Mark && _tokens[c].Lower is "if" or "unless") return Modalities.Hypothetical;
                if (relation == DependencyRelation.Advcl && AnyChild(c, m => _tokens[m].Relation == DependencyRelation.Mark && _tokens[m].Lower is "if" or "unless") && hops == 0)
                    return Modalities.Hypothetical;
                if (relation == DependencyRelation.Aux && FutureAuxiliaries.Contains(_tokens[c].Lower)) intended = true;
                if (hops == 0 && relation == DependencyRelation.Aux && WillAuxiliaries.Contains(_tokens[c].Lower)) willed = true;
            }
            // "denied that it attacked": what is denied did not happen; "denies the claims and has called them lies" (a
            // conjunct of "deny") is a second act, told as done.
            if (hops > 0 && _tokens[p].Lemma == "deny" && cameBy != DependencyRelation.Conj) denied = true;
            var own = _tokens[p].Relation.Base();
            cameBy = own;
            int head = _tree.HeadOf(p);
            if (head < 0) break;
            // "failed to reach agreement": CAMEO codes a failure to agree or yield as a rejection (as PETRARCH's FAIL [120]).
            if (hops == 0 && own == DependencyRelation.Xcomp && _tokens[head].Lemma == "fail") (denied, intentNegated) = (true, true);
            if (own == DependencyRelation.Xcomp && IntentHeads.Contains(_tokens[head].Lemma))
            {
                intended = true;
                if (hops == 0 && IsNegated(head)) (denied, intentNegated) = (true, true);
            }
            if (own is not (DependencyRelation.Xcomp or DependencyRelation.Ccomp or DependencyRelation.Conj or DependencyRelation.Advcl or DependencyRelation.Acl)) break;
            p = head;
        }
        refused = negated && willed || intentNegated;
        return denied ? Modalities.Denied : intended ? Modalities.Intended : Modalities.Asserted;
    }

    /// <summary>The predicate a word belongs to: the nearest verb (or the root) at or above it.</summary>
    public int PredicateOf(int word)
    {
        for (int hops = 0, p = word; hops < 12 && Inside(p); hops++)
        {
            int head = _tree.HeadOf(p);
            if (_tokens[p].Pos == PartOfSpeech.Verb || head < 0) return p;
            p = head;
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
            int head = _tree.HeadOf(p);
            if (head < 0) return false;
            p = PredicateOf(head);
        }
        return false;
    }

    /// <summary>Whether a word is negated ("did not expel", "never recognized").</summary>
    public bool IsNegated(int word) =>
        AnyChild(word, c => _tokens[c].Relation == DependencyRelation.Advmod && _tokens[c].Lower is "not" or "n't" or "n’t" or "never" || _tokens[c].Lower is "no" && _tokens[c].Relation == DependencyRelation.Det);
}
