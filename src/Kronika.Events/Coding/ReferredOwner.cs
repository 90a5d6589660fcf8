namespace Kronika.Events;

// The owner of a thing a reaction refers back to by a definite noun: "Steele's reports ... said the reports were false".
public sealed partial class EventCoder
{
    /// <summary>
    /// "X published Steele's reports ... the President-elect later said the reports were false": the actor a definite noun
    /// after the trigger ("the reports", "the claims") was last written as the possession of ("Steele's reports", "US claims"),
    /// in this sentence before the noun or earlier in the story; null when the story never says whose it is, or it is the
    /// reacting side's own.
    /// </summary>
    private (Actor Actor, string Noun)? OwnerOfReferredNoun(SentenceContext context, PatternMatch match, Actor reactor)
    {
        var tokens = context.Tokens;
        int end = Math.Min(context.Sentence.EndToken, match.End + 1);
        for (int k = match.Trigger + 1; k < end; k++)
        {
            if (tokens[k].Pos != PartOfSpeech.Noun || tokens[k - 1].Lower is not ("the" or "these" or "those")) continue;
            // Only things someone says or makes are theirs to answer for: "Karlov's assassination" is the victim's.
            if (!ClaimNouns.Contains(tokens[k].Lemma)) return null;
            var lemma = tokens[k].Lemma;
            // The owner named last before the noun: a resolved mention followed by 's (or used as a modifier) and,
            // within three words, the same noun.
            ActorMention? owner = null;
            foreach (var mention in context.ByStart.Values)
            {
                if (mention.EndToken >= k - 1 || !mention.IsResolved || owner is not null && mention.FirstToken < owner.FirstToken) continue;
                int at = mention.EndToken;
                if (at < tokens.Length && tokens[at].Lower is "'s" or "’s") at++;
                for (int j = at; j < Math.Min(tokens.Length, at + 3); j++)
                {
                    if (tokens[j].Lemma == lemma && tokens[j].Pos == PartOfSpeech.Noun) { owner = mention; break; }
                    if (tokens[j].Pos is not (PartOfSpeech.Adj or PartOfSpeech.Noun or PartOfSpeech.Num)) break;
                }
            }
            if (owner is null || owner.Actor.Country == reactor.Country && owner.Actor.Role == reactor.Role) return null;
            return (owner.Actor, tokens[k].Text);
        }
        return null;
    }
}
