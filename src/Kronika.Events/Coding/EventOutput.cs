using System.Text.RegularExpressions;
using Kronika.Actors;
using Kronika.Documents;
using Kronika.Language;
using Kronika.Time;

namespace Kronika.Events;

/// <summary>The event record: actor adjustments by code, the sentence kind, and one event per source, target and root.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// Same actor, or a state and its own state organs ("Moscow" and "its military aircraft"): such pairs are not
    /// dyads. A state acting on its own rebels, opposition, parliament or people is (GEO GOV → GEO SEP).
    /// </summary>
    private bool SameActor(Actor a, Actor b) =>
        a.Country == b.Country && (a.Role == b.Role || (StateOrgans.Contains(a.Role) && StateOrgans.Contains(b.Role)));

    private static readonly HashSet<string> StateOrgans = new(StringComparer.Ordinal) { "", "GOV", "MIL" };

    /// <summary>The mention an actor was resolved from, for the event record's surface text.</summary>
    private ActorMention? MentionOf(ActorMention[] mentions, Actor actor) =>
        mentions.FirstOrDefault(m => m.Actors.Any(a => ReferenceEquals(a, actor)));

    private void Add(AnalyzedDocument document, Sentence sentence, PatternMatch match, CameoCode cameo, Actor source, ActorMention? sourceMention,
        Actor target, ActorMention? targetMention, bool symmetric, string modality, EventDate date, string rule, List<EventRecord> output)
    {
        var doc = document.Source;
        // Travellers and tourists visiting a country are not CAMEO visits, which are official.
        if (cameo.Code is "042" or "043" && source.Role == "CVL") return;
        // Recognising a state and signing an agreement are acts of state, whoever the sentence names: "Russia's forces ... later recognized the two".
        if (cameo.Code is "054" or "057" && source.Role is "MIL") source = source with { Role = "GOV" };
        source = AsWholeCountryAtWar(source, sourceMention, cameo);
        target = AsWholeCountryAtWar(target, targetMention, cameo);
        // "forces invaded South Ossetia": a breakaway region named as the place attacked is the country's territory.
        // Occupying a breakaway region's territory (192, "secured the territories of") targets the region itself.
        if (cameo.Root is "19" or "20" && (cameo.Code != "192" || document.Tokens[match.Trigger].Lemma == "invade")
            && targetMention is { Head: EntryKind.Name } && target.Role == "SEP") target = target with { Role = "" };
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
    }

    /// <summary>
    /// "The neighbours waged a five-day war", "Russia fought Georgia": a country named bare in a war or
    /// mass violence is the whole country at war, not its government (coded without a role, as CAMEO
    /// coders do); a capital ("Moscow") still names the government, and troops or rebels keep their role.
    /// </summary>
    private Actor AsWholeCountryAtWar(Actor actor, ActorMention? mention, CameoCode cameo) =>
        cameo.Root is "19" or "20" && mention is { Head: EntryKind.Name or EntryKind.Pair } && actor.Role == "GOV" ? actor with { Role = "" } : actor;

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
