namespace Kronika.Events;

/// <summary>
/// A known person's role at the event's date: the actor stage reads a person's office on the article's date, but an act the
/// text dates elsewhere ("in 2011", "five years ago") was done in the office held then. Only a stated or relative date
/// of the event's own sentence counts, for a person named there without a title, and only one an office covers throughout: an act of a year in which the person took office ("in 2016", of one
/// elected that November) keeps the article's reading, and so does one from before any office.
/// </summary>
public sealed partial class EventCoder
{
    /// <summary>The dated offices of a known person by name (<see cref="ActorDictionary.OfficesOf"/>); none when the coder has no dictionary.</summary>
    public Func<string, IReadOnlyList<ActorEntry>> OfficesOf { get; init; } = _ => [];

    internal const string OfficeAtEventDateRule = "office-at-event-date";

    /// <summary>The actor as it was at the event's date, and the rule that changed it (null when none did).</summary>
    private (Actor Actor, string? Rule) AtEventDate(Actor actor, ActorMention? mention, EventDate date, Sentence sentence)
    {
        if (date.Date is not { } when || date.Basis is not (DateBases.Explicit or DateBases.Relative) || actor.Unidentified) return (actor, null);
        // "In 2013 army chief Sisi ordered ...": a title the event's own sentence gives says the role the act was done in.
        if (mention is { IsPerson: true, Head: not EntryKind.Person }) return (actor, null);
        // A date carried over from an earlier sentence (the narrative frame) is a guess about when; it does not outweigh the article's date.
        if (date.Expression is not { } expression || expression.Start < sentence.Start || expression.End > sentence.End) return (actor, null);
        var offices = OfficesOf(actor.Name);
        if (offices.Count == 0) return (actor, null);
        // "In 2011 Putin blamed Clinton": an office held the whole time is the role the act was done in (every office kept
        // by OfficesOf has a start).
        if (offices.FirstOrDefault(o => o.ValidThroughout(when.First, when.Last)) is { } held
            && !(held.Country == actor.Country && held.Role == actor.Role))
            return (actor with { Country = held.Country, Role = held.Role }, OfficeAtEventDateRule);
        // Out of every office then, the reading stays: news goes on calling the person by the office of the article's day
        // ("the FBI investigated Trump" in the summer before he was elected is still coded for the president-elect).
        return (actor, null);
    }
}
