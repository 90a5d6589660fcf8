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

    private bool Meets(SentenceContext context, Candidate candidate, Recoding recoding) => recoding.Condition switch
    {
        "all-sources-role" => candidate.Sources.Length > 0 && candidate.Sources.All(a => a.Role == recoding.Argument),
        "source-word-in" => candidate.SourceMention is { } source && Rules.Set(recoding.Argument).Contains(context.Tokens[source.EndToken - 1].Lower),
        // Every candidate the actor stage kept counts, dropped or not: the statement's content was told.
        "later-coded-content" => context.Candidates.Any(o => o.Match.Trigger > candidate.Match.Trigger && !recoding.AppliesTo(codebook[o.Match.Pattern.Cameo]) && (o.Targets.Count > 0 || o.Sources.Any(a => a.CanAct))),
        "in-appositive" => context.Tree is { } tree && InAppositiveOfActor(tree, context.Tokens, candidate.Match.Trigger),
        "in-quoted-title-after" => InQuotedTitle(context.Tokens, context.Sentence, candidate.Match.Trigger, Rules.Set(recoding.Argument)),
        "coordinated-with" => context.Tree is { } tree && CoordinatedWith(tree, context.Tokens, candidate.Match.Trigger, Rules.Set(recoding.Argument)),
        "object-of" => context.Tree is { } tree && ObjectOfDescribingVerb(tree, context.Tokens, candidate.Match.Trigger, Rules.Set(recoding.Argument)),
        // "Erdogan and Putin also spoke": two sides who just speak, the verb alone, speak to each other ("spoke to reporters" is longer).
        "two-sides-of" => candidate.Match.Pattern.Elements.Length == 1 && Rules.Set(recoding.Argument).Contains(context.Tokens[candidate.Match.Trigger].Lemma)
            && candidate.Sources.Select(a => a.Country).Distinct().Count() >= 2,
        _ => true,
    };
}
