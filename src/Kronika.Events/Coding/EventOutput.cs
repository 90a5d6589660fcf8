namespace Kronika.Events;

/// <summary>The event record: actor adjustments by code, the sentence kind, and one event per source, target and root.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// Same actor, or a state and its own state organs ("Moscow" and "its military aircraft"): such pairs are not
    /// dyads. A state acting on its own rebels, opposition, parliament or people is (GEO GOV → GEO SEP), and so are
    /// unidentified attackers acting on the state's soldiers (PER → PER MIL).
    /// </summary>
    private bool SameActor(Actor a, Actor b) =>
        a.Country == b.Country && a.Unidentified == b.Unidentified && (a.Role == b.Role || (StateOrgans.Contains(a.Role) && StateOrgans.Contains(b.Role)));

    /// <summary>Whether both mentions name people, and different ones.</summary>
    private static bool DistinctPeople(ActorMention? a, ActorMention? b) =>
        a is { IsPerson: true } && b is { IsPerson: true } && a.Actor.Name != b.Actor.Name;

    private static readonly HashSet<string> StateOrgans = new(StringComparer.Ordinal) { "", "GOV", "MIL" };

    /// <summary>
    /// Whether a target mention names only the source itself, as SameActor counts it: a state's own armed forces
    /// ("Russia withdrew its troops from Syria"), its own decision ("Merkel defended Germany's decision"), its own
    /// government ("the mayor demanded support from the national government"). Such an act's other side is further on, or there is none;
    /// left as the target, the dyads would drop the whole act as an actor acting on itself.
    /// </summary>
    private bool IsOwnOf(ActorMention target, Actor[] sources) =>
        target.Actors.All(a => sources.Any(s => ReferenceEquals(s, a) || SameActor(s, a)));

    /// <summary>The mention an actor was resolved from, for the event record's surface text.</summary>
    private ActorMention? MentionOf(ActorMention[] mentions, Actor actor) =>
        mentions.FirstOrDefault(m => m.Actors.Any(a => ReferenceEquals(a, actor)));

    /// <summary>
    /// Writes one event of a candidate (its match, code, modality and date) between a source and a target, after the
    /// per-event rules; an event a rule drops is not written, and the rule is kept as the candidate's LastDrop.
    /// </summary>
    private void Add(SentenceContext context, Candidate candidate, Actor source, ActorMention? sourceMention, Actor target, ActorMention? targetMention, bool symmetric, string rule)
    {
        var (document, sentence, output, match, cameo, modality, date) = (context.Document, context.Sentence, context.Output, candidate.Match, candidate.Cameo, candidate.Modality, candidate.Date);
        var doc = document.Source;
        // A known person acts and is acted on in the office held at the event's date, not the article's.
        if (AtEventDate(source, sourceMention, date, sentence) is (var thenSource, { } sourceRule)) (source, rule) = (thenSource, rule + " > " + sourceRule);
        if (AtEventDate(target, targetMention, date, sentence) is (var thenTarget, { } targetRule)) (target, rule) = (thenTarget, rule + " > " + targetRule + "-target");
        if (AsCampaigner(context, candidate, source, sourceMention, date) is { } campaigner) (source, rule) = (campaigner, rule + " > " + CampaigningRule);
        // The per-event rules of data/rules/event-rules.tsv, in order: each that fires names itself in the trail.
        foreach (var eventRule in Rules.EventRules)
        {
            if (!eventRule.AppliesTo(cameo) || !eventRule.Conditions.All(c => Holds(c.Kind, c.Values, document, match, source, sourceMention, target, targetMention))) continue;
            switch (eventRule.Action)
            {
                case EventRuleAction.Drop: candidate.LastDrop = eventRule.TrailName; return;
                case EventRuleAction.SourceRole when source.Role != eventRule.Role: source = source with { Role = eventRule.Role }; break;
                case EventRuleAction.TargetRole when target.Role != eventRule.Role: target = target with { Role = eventRule.Role }; break;
                default: continue;
            }
            rule += " > " + eventRule.TrailName;
        }
        output.Add(new EventRecord
        {
            Doc = doc.Name,
            DocId = doc.Id,
            Id = $"{doc.Id[..12]}-{match.Trigger}-{source}-{target}",
            Source = new EventActor(source.Country, source.Role, source.Name, sourceMention?.Text ?? ""),
            Target = new EventActor(target.Country, target.Role, target.Name, targetMention?.Text ?? ""),
            Cameo = cameo.Code,
            Root = cameo.Root,
            QuadClass = cameo.QuadClass,
            Goldstein = cameo.Goldstein,
            PloverType = cameo.PloverType,
            PloverMode = cameo.PloverMode,
            Date = date.Date?.ToString() ?? "",
            DateBasis = date.Basis,
            DateEvidence = date.Expression is { } when ? new Evidence(when.Text, when.Start, when.End) : null,
            Historical = date.Historical,
            Modality = modality,
            Symmetric = symmetric,
            Evidence = new Evidence(document.TextOf(sentence), sentence.Start, sentence.End),
            Trigger = new Evidence(document.Tokens[match.Trigger].Text, document.Tokens[match.Trigger].Start, document.Tokens[match.Trigger].End),
            SentenceKind = KindOf(document, sentence),
            Rule = rule,
        });
        candidate.Written++;
    }

    /// <summary>Whether one condition of an event-rules.tsv row holds for the event about to be written.</summary>
    private static bool Holds(string kind, string[] values, AnalyzedDocument document, PatternMatch match, Actor source, ActorMention? sourceMention, Actor target, ActorMention? targetMention) => kind switch
    {
        "source-role" => values.Contains(source.Role),
        "target-role" => values.Contains(target.Role),
        "source-head" => sourceMention is { } s && values.Any(v => string.Equals(v, s.Head.ToString(), StringComparison.OrdinalIgnoreCase)),
        "target-head" => targetMention is { } t && values.Any(v => string.Equals(v, t.Head.ToString(), StringComparison.OrdinalIgnoreCase)),
        "trigger-lemma" => values.Contains(document.Tokens[match.Trigger].Lemma),
        _ => true,
    };

    private static readonly Actor NoTarget = new("", "", "");

    /// <summary>A question ends with "?"; a headline is the article's title line (headlines drop verbs and tense, so analysts weigh them apart).</summary>
    private string KindOf(AnalyzedDocument document, Sentence sentence)
    {
        var text = document.TextOf(sentence).TrimEnd();
        if (text.EndsWith('?')) return SentenceKinds.Question;
        if (document.Source.Title is { Length: > 0 } title && text.Trim() == title.Trim()) return SentenceKinds.Headline;
        return SentenceKinds.Statement;
    }

    /// <summary>Within a sentence, one event per source, target and root: the first (most specific) wins.</summary>
    private void Deduplicate(List<EventRecord> events, int from)
    {
        // Per source, target and root, the most specific code wins ("hunger strike against a policy", 1422, over "began a hunger strike", 142);
        // on a tie, the first.
        var best = new Dictionary<(string, string, string), int>();
        for (int read = from; read < events.Count; read++)
        {
            var e = events[read];
            var a = (e.Source.Country + e.Source.Role, e.Target.Country + e.Target.Role);
            if (e.Symmetric && string.CompareOrdinal(a.Item1, a.Item2) > 0) a = (a.Item2, a.Item1);
            var key = (a.Item1, a.Item2, e.Root);
            if (!best.TryGetValue(key, out var kept) || e.Cameo.Length > events[kept].Cameo.Length) best[key] = read;
        }
        var keep = best.Values.Order().Select(i => events[i]).ToList();
        events.RemoveRange(from, events.Count - from);
        events.AddRange(keep);
    }
}
