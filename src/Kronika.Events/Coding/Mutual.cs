namespace Kronika.Events;

/// <summary>Mutual acts: codes that are reciprocal between coordinated sides, and acts on what two sides share.</summary>
public sealed partial class EventCoder
{
    /// <summary>"reopened their border", "met each other", "jointly agreed", "exchanged prisoners": an act of two sides that is mutual.</summary>
    private bool ActsOnWhatTheyShare(Token[] tokens, Sentence sentence, PatternMatch match)
    {
        // "Russia and Ukraine exchanged prisoners": an exchange goes both ways; "agreed to restore diplomatic relations": relations are between them.
        if (tokens[match.Trigger].Lemma is "exchange" or "swap") return true;
        int end = Math.Min(sentence.EndToken, match.End + 6);
        for (int k = match.Trigger + 1; k < end; k++)
        {
            // "signed a ceasefire agreement", "agreed on Wednesday to a ceasefire": a ceasefire, a truce or a treaty binds the two who make it.
            if (tokens[k].Lower is "relations" or "ties" or "ceasefire" or "cease-fire" or "truce" or "armistice" or "treaty" or "pact" or "accord" or "agreement" or "deal") return true;
            if (tokens[k].Lower is "their" or "jointly" or "together" or "mutual" or "mutually" or "bilateral") return true;
            if (k + 1 < end && (tokens[k].Lower, tokens[k + 1].Lower) is ("each", "other") or ("one", "another")) return true;
        }
        return false;
    }

    /// <summary>Codes whose events are mutual when two coordinated sides do them: consult, cooperate, aid, fight.</summary>
    private bool IsReciprocal(CameoCode cameo) =>
        cameo.Root is "04" or "06" or "19" or "20" || cameo.Code.StartsWith("036", StringComparison.Ordinal) || cameo.Code.StartsWith("057", StringComparison.Ordinal) || cameo.Code == "050";
}
