namespace Kronika.Events;

/// <summary>
/// Component "counted-people": "police arrested five", "the arrest of twelve": a coercive or violent act whose object is a
/// bare number acts on that many people, whom the text gives no other name: civilians of the clause's place, else of the
/// doer's own country (police arrest in their jurisdiction), else of the country the story is set in (code set counted-people of data/rules/code-sets.tsv; trail: target:counted-people).
/// </summary>
public sealed partial class EventCoder
{
    private void TargetCountedPeople(SentenceContext context)
    {
        var (tokens, tree) = (context.Tokens, context.Tree!);
        foreach (var candidate in context.Standing)
        {
            if (candidate.Targets.Count > 0 || !CountedPeopleActs.Contains(candidate.Cameo) || candidate.Sources.Length == 0) continue;
            int count = CountedObject(tree, tokens, candidate.Trigger);
            if (count < 0) continue;
            // (Police arrest, and gunmen abduct, in their own country: of coordinated doers, the first named's.)
            var country = PlaceOfClause(context, tree, candidate.Trigger)
                ?? candidate.Sources.Select(s => s.Country).FirstOrDefault(c => c.Length == 3 && c != "IGO") ?? context.Setting;
            if (country is null) continue;
            var people = new Actor(country, "CVL", $"{country} CVL");
            if (candidate.Sources.All(s => SameActor(s, people))) continue;
            candidate.Targets = [new ActorMention(count, count + 1, tokens[count].Start, tokens[count].End, [people], EntryKind.Group, tokens[count].Text)];
            candidate.Rule += " > target:counted-people";
        }
    }

    /// <summary>
    /// The bare number a trigger acts on: its object ("arrested five"), a number read as part of a headline's noun
    /// ("police arrest five over ..."), or an "of" phrase of an event noun ("the arrest of twelve"); -1 when none. A number
    /// with a noun of its own ("five people", "five of the suspects") is no bare number.
    /// </summary>
    private static int CountedObject(SentenceTree tree, Token[] tokens, int trigger)
    {
        bool noun = tokens[trigger].Pos is PartOfSpeech.Noun or PartOfSpeech.Propn;
        foreach (var c in tree.Children(trigger))
        {
            if (tokens[c].Xpos != "CD" || c < trigger) continue;
            var relation = tree.Relation(c);
            // (A number right after the verb is its object even where the parser reads it as a complement.)
            bool objectLike = relation is DependencyRelation.Obj or DependencyRelation.Iobj || relation == DependencyRelation.Xcomp && c == trigger + 1
                || noun && (relation is DependencyRelation.Flat or DependencyRelation.Appos || relation.Base() == DependencyRelation.Nmod && tree.CaseOf(c) == "of");
            if (!objectLike || tree.Children(c).Any(k => tree.Relation(k).Base() is DependencyRelation.Nmod)) continue;
            return c;
        }
        return -1;
    }
}
