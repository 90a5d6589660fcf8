namespace Kronika.Events;

/// <summary>Reference back to earlier acts: a definite event noun with no actor of its own names an act told before.</summary>
public sealed partial class EventCoder
{

    private bool IsBackReference(Token[] tokens, Sentence sentence, PatternMatch match, ActorMention? source, List<ActorMention> targets)
    {
        int t = match.Trigger;
        if (tokens[t].Pos != PartOfSpeech.Noun || t == sentence.FirstToken || tokens[t - 1].Lower is not ("the" or "this" or "that")) return false;
        // Its own actors sit right around it: "the visit by Pelosi", "the talks between Russia and Georgia".
        bool ownSource = source is not null && source.FirstToken >= match.End && source.FirstToken <= match.End + 3;
        bool ownTarget = targets.Any(m => m.FirstToken >= match.End && m.FirstToken <= match.End + 3);
        return !ownSource && !ownTarget;
    }
}
