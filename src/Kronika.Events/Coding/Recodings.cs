namespace Kronika.Events;

/// <summary>
/// The re-coding components, one per row of data/rules/recodings.tsv ("recode:official-complaint", "drop:weapon-visit",
/// "drop:statement-with-content"): a standing candidate of the row's code that meets its condition takes the row's code,
/// the row's name joining its rule trail, or is dropped.
/// </summary>
public sealed partial class EventCoder
{
    private void Recode(SentenceContext context, Recoding recoding)
    {
        foreach (var candidate in context.Candidates)
        {
            if (candidate.DroppedBy is not null || !recoding.AppliesTo(candidate.Cameo) || !Meets(context, candidate, recoding)) continue;
            if (recoding.To is null) candidate.DroppedBy = recoding.ComponentName;
            else
            {
                candidate.Cameo = codebook[recoding.To];
                candidate.Rule += " > " + recoding.ComponentName;
            }
        }
    }

    private bool Meets(SentenceContext context, Candidate candidate, Recoding recoding) =>
        recoding.Conditions.All(c => Meets(context, candidate, recoding, c.Kind, c.Argument));

    private bool Meets(SentenceContext context, Candidate candidate, Recoding recoding, string condition, string argument) => condition switch
    {
        "all-sources-role" => candidate.Sources.Length > 0 && candidate.Sources.All(a => a.Role == argument),
        "source-word-in" => candidate.SourceMention is { } source && Rules.Set(argument).Contains(context.Tokens[source.EndToken - 1].Lower),
        // Every candidate the actor stage kept counts, dropped or not: the statement's content was told.
        "later-coded-content" => context.Candidates.Any(o => o.Match.Trigger > candidate.Match.Trigger && !recoding.AppliesTo(codebook[o.Match.Pattern.Cameo]) && (o.Targets.Count > 0 || o.Sources.Any(a => a.CanAct))),
        "in-appositive" => context.Tree is { } tree && InAppositiveOfActor(tree, context.Tokens, candidate.Match.Trigger),
        "in-quoted-title-after" => InQuotedTitle(context.Tokens, context.Sentence, candidate.Match.Trigger, Rules.Set(argument)),
        "coordinated-with" => context.Tree is { } tree && CoordinatedWith(tree, context.Tokens, candidate.Match.Trigger, Rules.Set(argument)),
        "object-of" => context.Tree is { } tree && ObjectOfDescribingVerb(tree, context.Tokens, candidate.Match.Trigger, Rules.Set(argument)),
        // "Erdogan and Putin also spoke": two sides who just speak, the verb alone, speak to each other ("spoke to reporters" is longer).
        "two-sides-of" => candidate.Match.Pattern.Elements.Length == 1 && Rules.Set(argument).Contains(context.Tokens[candidate.Match.Trigger].Lemma)
            && candidate.Sources.Select(a => a.Country).Distinct().Count() >= 2,
        "kills" => context.Tree is { } tree && Kills(tree, context.Tokens, candidate.Match, Rules.Set(argument)),
        // "shot Russia's ambassador", "killed two senior officials": the target's last word names an office.
        "target-word-in" => candidate.Targets.Any(t => Rules.Set(argument) is var words && (words.Contains(context.Tokens[t.EndToken - 1].Lower) || words.Contains(context.Tokens[t.EndToken - 1].Lemma))),
        // "killed Andrei Karlov": a named person of one of the roles (an office holder), not a body or a country.
        "target-person-role" => candidate.Targets.Any(t => t.IsPerson && t.Actors.Any(a => argument.Split(',').Contains(a.Role))),
        _ => true,
    };

    /// <summary>
    /// Whether the act kills: a word of its pattern is a word of the set ("killed", "shot dead", "stabbed to death", "the
    /// killing of"), or one depends on its trigger ("fatally shot", "a fatal shooting").
    /// </summary>
    private static bool Kills(SentenceTree tree, Token[] tokens, PatternMatch match, HashSet<string> killingWords)
    {
        for (int t = match.Trigger; t < match.End; t++)
            if (killingWords.Contains(tokens[t].Lemma) || killingWords.Contains(tokens[t].Lower)) return true;
        return tree.Children(match.Trigger).Any(c => killingWords.Contains(tokens[c].Lower) && tree.Relation(c) is DependencyRelation.Advmod or DependencyRelation.Amod or DependencyRelation.Xcomp);
    }
}
