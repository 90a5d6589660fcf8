namespace Kronika.Events;

/// <summary>One row of data/rules/default-doers.tsv: the doer an act of some codes takes when its construction names none.</summary>
public sealed record DefaultDoer(string Name, string Construction, string Argument, IReadOnlyList<string> Codes, string Doer, string? Code)
{
    public string TrailName => "doer:" + Name;

    public bool AppliesTo(CameoCode cameo) => Codes.Any(c => CodeSet.Matches(c, cameo.Code));

    public static IReadOnlyList<DefaultDoer> LoadDefault(Codebook codebook) => Load(DataDirectory.File("rules", "default-doers.tsv"), codebook);

    /// <summary>Reads name, construction, codes, doer, code; an unknown construction, word set or code is an error naming the line.</summary>
    public static IReadOnlyList<DefaultDoer> Load(string path, Codebook codebook) => DataDirectory.ReadTable(path).Select(row =>
    {
        var f = row.Fields.Select(x => x.Trim()).ToArray();
        if (f.Length < 5 || f.Take(5).Any(x => x.Length == 0)) throw new FormatException($"{path}:{row.Line}: expected a name, a construction, codes, a doer and a code (or -)");
        var (construction, argument) = f[1].IndexOf('=') is >= 0 and var eq ? (f[1][..eq], f[1][(eq + 1)..]) : (f[1], "");
        if (!(construction == "passive" && argument.Length == 0 || construction == "instrument" && CoderRules.SetNames.Contains(argument.Split('/')[0])))
            throw new FormatException($"{path}:{row.Line}: unknown construction \"{f[1]}\"; the constructions are passive and instrument=SET or instrument=SET/MODIFIER (SET a set of word-sets.tsv)");
        var codes = f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (codes.FirstOrDefault(c => !CodeSet.IsCodeOrRoot(codebook, c)) is { } bad) throw new FormatException($"{path}:{row.Line}: \"{bad}\" is no CAMEO code or root");
        if (f[4] != "-" && !codebook.Contains(f[4])) throw new FormatException($"{path}:{row.Line}: \"{f[4]}\" is no CAMEO code (or -)");
        return new DefaultDoer(f[0], construction, argument, codes, f[3], f[4] == "-" ? null : f[4]);
    }).ToList();
}

/// <summary>
/// Component "doers": an act whose sentence names no doer takes the one data/rules/default-doers.tsv gives its code and
/// construction: "two men were arrested" the police of the place or the story's setting, "four guards were killed in a
/// Taliban attack" the Taliban, "a car bomb in Peru killed four soldiers" unidentified attackers of Peru (trail: doer:NAME).
/// </summary>
public sealed partial class EventCoder
{
    private IReadOnlyList<DefaultDoer>? defaultDoers;
    private IReadOnlyList<DefaultDoer> DefaultDoers => defaultDoers ??= DefaultDoer.LoadDefault(codebook);

    private void GiveDefaultDoers(SentenceContext context)
    {
        var (tokens, tree) = (context.Tokens, context.Tree!);
        foreach (var candidate in context.Standing)
        {
            int trigger = candidate.Trigger;
            if (tokens[trigger].Pos != PartOfSpeech.Verb && !tree.IsAdjectivalPassive(trigger)) continue;
            foreach (var row in DefaultDoers)
            {
                if (!row.AppliesTo(candidate.Cameo)) continue;
                var (subject, passive) = tree.SubjectOf(trigger);
                if (subject < 0) continue;
                Actor? doer = null, owner = null;
                bool keepCode = false, toldBefore = false;
                List<ActorMention>? targets = null;
                if (row.Construction == "passive")
                {
                    if (!passive || tree.Head(subject) != trigger && tree.MisreadPassiveSubject(trigger) != subject || tree.AgentOf(trigger) >= 0 || !tree.HasPassiveAuxiliary(trigger)) continue;
                    // (Of a misparse's two passive subjects, "a week after 44 people were killed", the one that names actors.)
                    targets = tree.SufferersOf(trigger).Where(m => m.CanAct).Distinct().ToList();
                    if (targets.Count == 0) continue;
                    // (The actor of a mention, so the event's text is the mention's.)
                    if (row.Doer == "attack-phrase")
                    {
                        var (attacker, fight) = AttackPhraseDoer(tree, tokens, trigger);
                        doer = attacker?.Actor;
                        // "three officers were wounded in the attack": an attack told before, by whoever did it.
                        if (doer is null && eventNouns.ReferredDoer(tokens, context.Sentence, trigger + 1, context.Output, Nobody, BareStatements) is { } referred
                            && Rules.Set("attack-nouns").Contains(referred.Noun.ToLowerInvariant()))
                            (doer, toldBefore) = (referred.Actor, true);
                        // ("killed in a shootout with police", "in an Israeli strike": a fight, or a state's forces, keep the verb's code.)
                        keepCode = fight || doer is { } d && (StateOrgans.Contains(d.Role) || d.Role == "COP");
                    }
                    else doer = DoerOfPlace(context, tree, trigger, row.Doer);
                }
                else if (row.Construction == "instrument")
                {
                    var (set, modifier) = row.Argument.Split('/') is [var name, var word] ? (name, word) : (row.Argument, null);
                    // "a car bomb killed four soldiers", or passive "four soldiers were killed by a car bomb".
                    int instrument = passive ? tree.AgentOf(trigger) : subject;
                    if (instrument < 0 || !Rules.Set(set).Contains(tokens[instrument].Lemma) || tree.MentionAt(instrument) is { CanAct: true }) continue;
                    // "a suicide car bomb": a row for one kind of instrument names the word that tells it.
                    if (modifier is not null && !tree.Children(instrument).Any(c => tokens[c].Lower == modifier || tree.Children(c).Any(g => tokens[g].Lower == modifier))) continue;
                    // "a Taliban car bomb": the owner of the instrument is named after all.
                    // ("a Taliban car bomb" may hang "Taliban" on "car".)
                    var modifiers = tree.Children(instrument).Where(c => tree.Relation(c) is DependencyRelation.Compound or DependencyRelation.NmodPoss or DependencyRelation.Amod).ToList();
                    modifiers.AddRange(modifiers.SelectMany(m => tree.Children(m)).Where(c => tree.Relation(c) is DependencyRelation.Compound or DependencyRelation.NmodPoss or DependencyRelation.Amod).ToList());
                    owner = modifiers.Select(c => tree.MentionAt(c)).FirstOrDefault(NamesAttacker)?.Actor;
                    doer = owner ?? DoerOfPlace(context, tree, trigger, row.Doer);
                    // What the instrument struck is the passive's subject, or the verb's object ("killed four soldiers"), else the targets the actor stage found.
                    if (passive)
                        targets = tree.MentionsOf(subject).Where(m => m.CanAct && !MentionsOfPlace(tree, tokens, m)).ToList();
                    else
                    {
                        targets = tree.ObjectOf(trigger) is >= 0 and var struck && tree.MentionsOf(struck).Where(m => m.CanAct).ToList() is { Count: > 0 } objects ? objects
                            : candidate.Targets.Where(t => !MentionsOfPlace(tree, tokens, t)).ToList();
                        if (targets.Count == 0) targets = FindTargets(tree, context.Mentions, candidate.Match, [doer ?? NoTarget]).Where(t => !MentionsOfPlace(tree, tokens, t)).ToList();
                    }
                }
                if (doer is null || targets is null) continue;
                candidate.Sources = [doer];
                candidate.Targets = targets;
                // ("an Israeli bomb killed": a state's own bombing keeps the code of its verb, a war's, not a militant's.)
                if (row.Code is { } code && !keepCode && !(owner is not null && StateOrgans.Contains(owner.Role))) candidate.Cameo = codebook[code];
                candidate.Rule += " > " + row.TrailName + (owner is not null ? " (the instrument's owner)" : toldBefore ? " (the attack told before)" : "");
                break;
            }
        }
    }

    /// <summary>No actor: a reaction's reactor for looking back at an act, when no one reacts.</summary>
    private static readonly Actor Nobody = new("", "", "");

    /// <summary>
    /// "killed in a Taliban attack", "wounded in an attack by the rebels": the actor that owns the attack noun of one of the
    /// verb's obliques; "killed in a shootout with police": the other side of the fight (word-sets.tsv fight-nouns).
    /// </summary>
    private (ActorMention? Attacker, bool Fight) AttackPhraseDoer(SentenceTree tree, Token[] tokens, int trigger)
    {
        var attackNouns = Rules.Set("attack-nouns");
        var fightNouns = Rules.Set("fight-nouns");
        foreach (var (o, @case) in tree.ObliquesOf(trigger))
        {
            if (@case is "in" or "during" && (fightNouns.Contains(tokens[o].Lower) || fightNouns.Contains(tokens[o].Lemma))
                && tree.Children(o).FirstOrDefault(c => tree.Relation(c).Base() == DependencyRelation.Nmod && tree.CaseOf(c) == "with" && tree.MentionAt(c) is { CanAct: true }) is var side && side > 0)
                return (tree.MentionAt(side), true);
            if (@case is not ("in" or "during" or "by") || !attackNouns.Contains(tokens[o].Lower) && !attackNouns.Contains(tokens[o].Lemma)) continue;
            foreach (var c in tree.Children(o))
                if ((tree.Relation(c) is DependencyRelation.Compound or DependencyRelation.NmodPoss or DependencyRelation.Amod
                        || tree.Relation(c).Base() == DependencyRelation.Nmod && tree.CaseOf(c) is "by" or "of")
                    && tree.MentionAt(c) is { } owner && NamesAttacker(owner))
                    return (owner, false);
        }
        return (null, false);
    }

    /// <summary>Whether a modifier of an attack or instrument names who did it ("a Taliban attack", "an Israeli strike"), not where ("a Kabul bomb").</summary>
    private static bool NamesAttacker(ActorMention? mention) =>
        mention is { CanAct: true } && (mention.Head is not (EntryKind.Name or EntryKind.Capital) || mention.Actor.Role is "REB" or "SEP");

    /// <summary>
    /// The default doer of the clause's place ("arrested in Peru", "a bomb in northern Peru"), else of the story's setting:
    /// a role of that country, or its unidentified attackers; null when the story gives no country.
    /// </summary>
    private static Actor? DoerOfPlace(SentenceContext context, SentenceTree tree, int trigger, string doer)
    {
        var country = PlaceOfClause(context, tree, trigger) ?? context.Setting;
        if (country is null) return null;
        return doer == "unidentified" ? new Actor(country, "", Actor.UnidentifiedName) { Unidentified = true } : new Actor(country, doer, $"{country} {doer}");
    }

    /// <summary>The country of an "in PLACE" phrase (a country or capital) whose clause is the trigger's.</summary>
    private static string? PlaceOfClause(SentenceContext context, SentenceTree tree, int trigger)
    {
        foreach (var mention in context.Mentions)
        {
            if (mention.Head is not (EntryKind.Name or EntryKind.Capital) || mention.Actor.Country.Length != 3 || mention.Actor.Country == "IGO" || mention.Actor.Role is not ("" or "GOV")) continue;
            int word = mention.EndToken - 1;
            if (tree.CaseOf(word) != "in") continue;
            int up = word;
            for (int hops = 0; hops < 6 && up >= 0 && context.Tokens[up].Pos != PartOfSpeech.Verb; hops++) up = tree.Head(up);
            if (up == trigger) return mention.Actor.Country;
        }
        return null;
    }

    /// <summary>Whether a mention is a place phrase ("in central Peru"), not a participant.</summary>
    private static bool MentionsOfPlace(SentenceTree tree, Token[] tokens, ActorMention mention) =>
        mention.Head is EntryKind.Name or EntryKind.Capital && tree.CaseOf(mention.EndToken - 1) is "in" or "at" or "near";
}
