namespace Kronika.Events;

/// <summary>Source and target from the dependency tree: subject, passive agent, object, obliques; the reason gerund, the proposer and the promiser.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// "sanctioned three Iranian companies for supplying drones", "praised Qatar for mediating": the object of the verb
    /// a reason's gerund hangs on does what the gerund says; null when the trigger is no such gerund.
    /// </summary>
    private ActorMention? ObjectOfReason(SentenceTree tree, Token[] tokens, int trigger)
    {
        if (tokens[trigger].Xpos != "VBG" || trigger == 0 || tokens[trigger - 1].Lower is not ("for" or "of")) return null;
        int head = tree.Head(trigger);
        if (head < 0 || tokens[head].Pos != PartOfSpeech.Verb) return null;
        foreach (var c in tree.Children(head))
            if (tokens[c].Relation == DependencyRelation.Obj && tree.MentionsOf(c) is { Count: > 0 } objects)
                return objects[0];
        return null;
    }

    /// <summary>
    /// Source and targets from the dependency tree: the subject (or a passive's agent) of a verb, its object,
    /// or the oblique its pattern names; for an event noun its possessor, adjective or "by/from" phrase as
    /// source and its "of/on/against/with/to" phrase as target, else the subject of the verb that governs it.
    /// Null when the tree gives no source, so the caller can fall back to word order.
    /// </summary>
    private (ActorMention?, Actor[], List<ActorMention>, string Step)? TreeActors(SentenceTree tree, Token[] tokens, ActorMention[] mentions, PatternMatch match)
    {
        string step = "";
        int trigger = match.Trigger;
        var targets = new List<ActorMention>();
        List<ActorMention> sources = [];
        bool noun = tokens[trigger].Pos is PartOfSpeech.Noun or PartOfSpeech.Propn || (match.Pattern.Kind == PatternKind.Noun && tokens[trigger].Pos is not (PartOfSpeech.Verb or PartOfSpeech.Aux));
        if (noun)
        {
            // "a hunger strike against Israel's policy": a pattern that starts on a modifier ("hunger") takes its actors around the noun it modifies.
            for (int hop = 0; hop < 2 && tree.Relation(trigger) is DependencyRelation.Compound or DependencyRelation.Amod && tree.Head(trigger) > trigger && tree.Head(trigger) < match.End; hop++)
                trigger = tree.Head(trigger);
            foreach (var c in tree.Children(trigger))
            {
                var relation = tree.Relation(c);
                if (relation is DependencyRelation.NmodPoss or DependencyRelation.Amod or DependencyRelation.Compound && tree.MentionsOf(c) is { Count: > 0 } owner) sources = owner;
            }
            bool agentPhrase = false;
            // "faced condemnation from Jordan": the "from" phrase may hang on the verb the noun is the object of.
            var obliques = tree.ObliquesOf(trigger).ToList();
            if (tree.Relation(trigger) == DependencyRelation.Obj && tree.Head(trigger) >= 0)
                obliques.AddRange(tree.ObliquesOf(tree.Head(trigger)).Where(o => o.Case is "from" or "by"));
            foreach (var (o, @case) in obliques)
            {
                // "tension over the disputed region": a place the noun is about is its topic ("a boycott over China's policy" still targets China).
                if (@case is "over" or "about" && (tree.MentionAt(o) is not null || PlaceNouns.Contains(tokens[o].Lemma))) continue;
                // "the arrest of five over an Eta arms cache": what a coercive act is done over or for is its reason, not its target.
                if (ReasonActs.Contains(match.Pattern.Cameo) && ReasonPrepositions.Contains(@case)) continue;
                var found = tree.MentionsOf(o);
                if (found.Count == 0) continue;
                if (@case is "by" or "from") { sources = found; agentPhrase = true; }
                else if (@case == "between") { sources = found; targets.Clear(); break; }
                else if (targets.Count == 0 && !Locatives.Contains(@case)) targets.AddRange(found);
            }
            // "complaints that Russian aircraft violated its airspace": a statement noun is about its clause's subject.
            if (targets.Count == 0 && tree.ComplementSubjectOf(trigger) is >= 0 and var about)
                targets.AddRange(tree.MentionsOf(about));
            // "Israel faced condemnation from Jordan": the one who faces it is the target.
            if (agentPhrase && targets.Count == 0 && tree.Head(trigger) >= 0 && tree.SubjectOf(tree.Head(trigger)) is (var facing, _) && facing >= 0)
                targets.AddRange(tree.MentionsOf(facing));
            // "following the invasion of Ukraine", "since the war": a background event, not the act of the clause's subject.
            // ("despite pressure from the EU": what an act is done despite is background too, though its doer is the act's other side.)
            bool background = TimeAndCauseCases.Contains(tree.CaseOf(trigger)) || tree.CaseOf(trigger) is "over" or "despite"
                // "pledged a firm response to the cyber attacks": the act answered is another side's.
                || IsAnsweredAct(tree, tokens, trigger);
            if (sources.Count == 0 && !background)
            {
                // "held talks with", "is in Moscow for talks with": the subject of the governing predicate.
                int head = trigger;
                for (int hops = 0; hops < 3 && sources.Count == 0; hops++)
                {
                    head = tree.Head(head);
                    if (head < 0) break;
                    var (subject, _) = tree.SubjectOf(head);
                    if (subject >= 0) sources = tree.MentionsOf(subject);
                }
            }
        }
        else
        {
            var (subject, passive) = tree.SubjectOf(trigger);
            // "welcomed a proposal from Saakashvili this week to offer visa-free travel": the proposer offers (word order:
            // the parser often hangs the infinitive on the main verb).
            if (ProposerBefore(tree, tokens, trigger) is >= 0 and var proposer)
                (subject, passive) = (proposer, false);
            // "Ivanishvili promised that the authorities would apologize": CAMEO codes a promise as its maker's intent.
            if (PromiserOf(tree, tokens, trigger) is >= 0 and var promiser)
                (subject, passive) = (promiser, false);
            if (passive)
            {
                int agent = tree.AgentOf(trigger);
                if (agent >= 0) sources = tree.MentionsOf(agent);
                if (subject >= 0) targets.AddRange(tree.MentionsOf(subject));
            }
            else if (subject >= 0)
            {
                sources = tree.MentionsOf(subject);
            }
            if (match.SlotTarget is { } slot)
            {
                targets.Clear();
                targets.Add(slot);
                int head = slot.EndToken - 1;
                foreach (var conj in tree.ChildrenWith(head, DependencyRelation.Conj))
                    if (tree.MentionAt(conj) is { IsResolved: true } m && !targets.Contains(m)) targets.Add(m);
                AddCoordinatedBeforeSlot(tokens, mentions, match, targets);
            }
            else if (targets.Count == 0)
            {
                // The object may hang on any word of a longer pattern: "offered to mediate between X and Y", "hit back at X" (an adverb particle).
                var heads = new List<int> { trigger };
                for (int t = match.End - 1; t > trigger; t--)
                    if (tokens[t].Pos is PartOfSpeech.Verb or PartOfSpeech.Noun || tokens[t].Pos == PartOfSpeech.Adv && tokens[t - 1].Pos == PartOfSpeech.Verb) heads.Add(t);
                foreach (var head in heads)
                {
                    int obj = tree.ObjectOf(head);
                    if (obj >= 0) targets.AddRange(tree.MentionsOf(obj));
                    // "denies US claims", "rejected Russia's proposal": a reaction to a thing someone said or did targets its owner.
                    if (obj >= 0 && targets.Count == 0 && Reactions.Contains(match.Pattern.Cameo) && OwnerOf(tree, obj) is { Count: > 0 } owners)
                    {
                        targets.AddRange(owners);
                        step = $"target:owner-of-object (\"{tokens[obj].Text}\")";
                    }
                    if (targets.Count > 0) break;
                }
                if (targets.Count == 0)
                    foreach (var (o, @case) in heads.SelectMany(h => tree.ObliquesOf(h).Concat(tree.ObjectOf(h) is >= 0 and var obj ? tree.ObliquesOf(obj) : [])))
                    {
                        // ("lashed out at Pakistan": a place word the pattern itself ends with introduces its target.)
                        if (Locatives.Contains(@case) && !(match.End > trigger + 1 && tokens[match.End - 1].Lower == @case) || @case is "by") continue;
                        // "following the arrest of Russian officers": a phrase of time or cause names another event, not this one's target.
                        if (TimeAndCauseCases.Contains(@case)) continue;
                        // "arrested five over an arms cache", "jailed for links to the group": the reason of a coercive act is not whom it targets.
                        if (ReasonActs.Contains(match.Pattern.Cameo) && ReasonPrepositions.Contains(@case)) continue;
                        // "ease tension over the two territories", "a dispute about the border": what a noun is about is its topic, not a target.
                        if (@case is "over" or "about" && tree.Head(o) >= 0 && tokens[tree.Head(o)].Pos == PartOfSpeech.Noun) continue;
                        // "promised a tough response to Russian hacking of the party": a threat answering an act is made to its doer
                        // (the act's owner), never to the side the act was done to.
                        if (Threats.Contains(match.Pattern.Cameo) && @case is "to" or "for" && tokens[o].Pos == PartOfSpeech.Noun && tree.MentionAt(o) is null)
                        {
                            if (OwnerOf(tree, o) is { Count: > 0 } doers) { targets.AddRange(doers); step = $"target:doer-of-answered-act (\"{tokens[o].Text}\")"; break; }
                            step = $"{NotTheVictim} (\"{tokens[o].Text}\")";
                            continue;
                        }
                        var found = tree.MentionsOf(o);
                        if (found.Count > 0) { targets.AddRange(found); break; }
                    }
                if (targets.Count == 0 && PronounObjectTarget(tree, tokens, match) is { Targets.Count: > 0 } referred)
                    (targets, step) = (referred.Targets, referred.Step);
                if (targets.Count == 0 && Statements.Contains(match.Pattern.Cameo))
                {
                    int about = tree.ComplementSubjectOf(trigger);
                    if (about >= 0) targets.AddRange(tree.MentionsOf(about));
                }
            }
        }
        // Coordination the parse missed ("Japan and South Korea" read as one name) is still coordination.
        if (sources.Count == 1)
            foreach (var extra in CoordinatedAround(tokens, mentions, sources[0]))
                if (!sources.Contains(extra)) sources.Add(extra);
        sources.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        // Agents whose country the text does not give act only where no actor of known country stands in their place: within
        // a mention; coordinated mentions each act ("Rebels and Syrian troops clashed with...").
        var sourceActors = sources.SelectMany(m => PreferResolved(m.Actors, a => a.IsResolved, a => a.CanAct)).Distinct().ToArray();
        if (sourceActors.Length == 0) return null;
        // (Targets of unknown country are left to word order, which takes one only when no actor of known country follows.)
        return (sources.FirstOrDefault(m => m.Actors.Contains(sourceActors[0])) ?? sources[0], sourceActors, targets.Where(t => t.IsResolved).Distinct().ToList(), step);
    }

    /// <summary>"a firm response to the cyber attacks": an event noun in the "to" or "for" phrase of an answer is the act answered, another side's act.</summary>
    private bool IsAnsweredAct(SentenceTree tree, Token[] tokens, int noun) =>
        tree.CaseOf(noun) is "to" or "for" && tree.Head(noun) >= 0 && AnswerNouns.Contains(tokens[tree.Head(noun)].Lemma);

    /// <summary>The tree step of a threat answering an act whose doer the sentence does not name: word order must not take the act's victim for the target.</summary>
    private const string NotTheVictim = "target:not-the-victim-of-answered-act";

    /// <summary>The possessor or nationality of a noun ("US claims", "Russia's proposal"); empty when none.</summary>
    private static List<ActorMention> OwnerOf(SentenceTree tree, int noun)
    {
        foreach (var c in tree.Children(noun))
            // (The parser reads "US claims" as a clause, US the subject of "claims": a name just before the object is its owner.)
            if ((tree.Relation(c) is DependencyRelation.NmodPoss or DependencyRelation.Amod or DependencyRelation.Compound || tree.Relation(c) == DependencyRelation.Nsubj && c == noun - 1)
                && tree.MentionsOf(c) is { Count: > 0 } owner)
                return owner.Where(m => m.IsResolved).ToList();
        return [];
    }

    /// <summary>"a proposal from X [this week] to VERB": the token of X, when the trigger is that infinitive.</summary>
    private int ProposerBefore(SentenceTree tree, Token[] tokens, int trigger)
    {
        if (trigger < 1 || tokens[trigger - 1].Lower != "to") return -1;
        for (int t = trigger - 2, seen = 0; t > 0 && seen < 10; t--, seen++)
        {
            if (tokens[t].Lower is "from" or "by" && ProposalNouns.Contains(tokens[t - 1].Lemma))
            {
                for (int k = t + 1; k < trigger - 1; k++)
                    if (tree.MentionAt(k) is { CanAct: true }) return k;
                return -1;
            }
            if (tokens[t].Text is "," or ";" or "." || tokens[t].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux) return -1;
        }
        return -1;
    }

    /// <summary>The subject of a promise verb whose complement clause holds the trigger, or -1.</summary>
    private int PromiserOf(SentenceTree tree, Token[] tokens, int trigger)
    {
        int word = trigger;
        for (int hops = 0; hops < 3; hops++)
        {
            if (tree.Relation(word) is not (DependencyRelation.Ccomp or DependencyRelation.Xcomp)) return -1;
            int head = tree.Head(word);
            if (head < 0) return -1;
            if (PromiseVerbs.Contains(tokens[head].Lemma) && tree.Relation(word) == DependencyRelation.Ccomp)
                return tree.SubjectOf(head).Subject;
            word = head;
        }
        return -1;
    }


    /// <summary>The items of known country when there are any, else those that can act at all.</summary>
    private static IEnumerable<T> PreferResolved<T>(IEnumerable<T> items, Func<T, bool> resolved, Func<T, bool> canAct)
    {
        var list = items.ToList();
        return list.Any(resolved) ? list.Where(resolved) : list.Where(canAct);
    }
}
