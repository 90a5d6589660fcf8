namespace Kronika.Events;

/// <summary>
/// "Trump criticised Obama's policy on the campaign trail", "while campaigning in Iowa, she attacked the senator": a person
/// who acts as a campaigner acts as a candidate (CAMEO PTY, as "presidential candidate"), not in the office the article's
/// date gives them; a sitting office holder campaigning for another term still acts in office (an "-elect" title, won but
/// not yet taken up, is no office). The phrases are the word set campaign-phrases; the rule names itself in the trail.
/// </summary>
public sealed partial class EventCoder
{
    private readonly HashSet<string> CampaignPhrases = rules.Set("campaign-phrases");

    internal const string CampaigningRule = "role:campaigning-candidate";

    /// <summary>The source as the candidate it acted as, when a campaign phrase hangs on the trigger's clause; null otherwise.</summary>
    private Actor? AsCampaigner(SentenceContext context, Candidate candidate, Actor source, ActorMention? sourceMention, EventDate date)
    {
        if (CampaignPhrases.Count == 0 || sourceMention is null || !(sourceMention.IsPerson || sourceMention.Head == EntryKind.Person) || source.Role == "PTY" || !source.IsResolved || source.Country == "IGO"
            || context.Tree is not { } tree || CampaignPhraseStart(context.Tokens, context.Sentence) is not { } phrase || !tree.Governs(phrase, candidate.Trigger))
            return null;
        var published = context.Document.Source.PublicationDate;
        if ((date.Date ?? published) is { } when && OfficesOf(source.Name).Any(o => o.Office is { } office && !office.EndsWith("-elect", StringComparison.Ordinal)
            && o.ValidThroughout(when.First, when.Last)))
            return null;
        return source with { Role = "PTY" };
    }

    /// <summary>The character start of the first campaign phrase of the sentence ("campaign trail", "while campaigning"), or null.</summary>
    private int? CampaignPhraseStart(Token[] tokens, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (CampaignPhrases.Contains(tokens[i].Lower)) return tokens[i].Start;
            if (i + 1 < sentence.EndToken && CampaignPhrases.Contains(tokens[i].Lower + "_" + tokens[i + 1].Lower)) return tokens[i + 1].Start;
        }
        return null;
    }
}
