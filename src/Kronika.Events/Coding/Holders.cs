namespace Kronika.Events;

/// <summary>
/// Demands for the release of one's own people ("Iran demanded the return of the remains of Iranians", "the president
/// pressed for the release of an American pastor"): the people to be freed are what is demanded, not whom it is
/// demanded of. The demand is made to whoever holds them: a state's people are held by their own government when the
/// demand comes from inside the state (protesters, parties), and by the other of the story's two main states when a
/// government demands it and the sentence names that state; else the sentence does not say (code set "release-demands").
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// Whether a target is the source's own people that a release demand names right after its words ("the release of
    /// their fighters"); a side named further on ("... taken hostage by the rebels") may be the holder and stays.
    /// </summary>
    private bool IsOwnReleased(Candidate candidate, Actor source, ActorMention target, Actor targetActor) =>
        ReleaseDemands.Contains(candidate.Cameo) && target.FirstToken > candidate.Trigger && target.FirstToken <= candidate.Match.End + 3
        && targetActor.Country.Length == 3 && targetActor.Country == source.Country;

    /// <summary>Who holds the source's own people a release demand names, and the trail step saying so; null when the story does not tell.</summary>
    private static (Actor Holder, string Step)? HolderOfOwnPeople(Actor source, string[] mainPair, ActorMention[] sentenceMentions)
    {
        if (source.Role != "GOV")
            return (new Actor(source.Country, "GOV", source.Country), "; held by: their own government");
        // ("pressed for the release of an American pastor during the meeting with the Turkish president": the other state is named there.)
        if (mainPair.Length == 2 && mainPair.Contains(source.Country)
            && sentenceMentions.Any(m => m.Actors.Any(a => a.Country.Length == 3 && a.Country != source.Country && mainPair.Contains(a.Country))))
        {
            var other = mainPair[0] == source.Country ? mainPair[1] : mainPair[0];
            return (new Actor(other, "GOV", other), "; held by: the other of the story's main pair");
        }
        return null;
    }
}
