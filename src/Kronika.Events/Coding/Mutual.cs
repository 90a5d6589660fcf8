namespace Kronika.Events;

/// <summary>Mutual acts: codes that are reciprocal between coordinated sides, and acts on what two sides share.</summary>
public sealed partial class EventCoder
{
    /// <summary>"reopened their border", "met each other", "jointly agreed", "exchanged prisoners": an act of two sides that is mutual.</summary>
    private bool ActsOnWhatTheyShare(Token[] tokens, Sentence sentence, PatternMatch match)
    {
        // "Russia and Ukraine exchanged prisoners": an exchange goes both ways; "agreed to restore diplomatic relations": relations are between them.
        if (ExchangeVerbs.Contains(tokens[match.Trigger].Lemma)) return true;
        int end = Math.Min(sentence.EndToken, match.End + 6);
        for (int k = match.Trigger + 1; k < end; k++)
        {
            // "signed a ceasefire agreement", "agreed on Wednesday to a ceasefire": a ceasefire, a truce or a treaty binds the two who make it.
            if (SharedThings.Contains(tokens[k].Lower) || MutualWords.Contains(tokens[k].Lower)) return true;
            if (k + 1 < end && (tokens[k].Lower, tokens[k + 1].Lower) is ("each", "other") or ("one", "another")) return true;
        }
        return false;
    }

    /// <summary>Codes whose events are mutual when two coordinated sides do them (the "mutual" code set: consult, cooperate, fight...).
    /// Force ("mutual-without-object") is mutual only with no object of its own: "the two armies clashed", not "Russian
    /// and Syrian jets bombed the town".</summary>
    private bool IsReciprocal(CameoCode cameo, AnalyzedDocument document, PatternMatch match) =>
        MutualActs.Contains(cameo) && !(MutualWithoutObject.Contains(cameo) && HasObjectOfItsOwn(document, match));

    /// <summary>Whether the trigger has a direct object outside the pattern's own words ("waged a war" has none: the war is the act).</summary>
    private static bool HasObjectOfItsOwn(AnalyzedDocument document, PatternMatch match)
    {
        int obj = document.TreeAt(match.Trigger).ChildWith(match.Trigger, DependencyRelation.Obj);
        return obj >= 0 && (obj < match.Trigger || obj >= match.End);
    }
}
