using Kronika.Documents;

namespace Kronika.Stories;

/// <summary>
/// Which events a timeline shows: those of a dyad (either direction), of an actor's country (either side), and
/// whose dates overlap [From, To], of the modalities asked for (every modality when none is given). With a date bound,
/// undated events are left out.
/// </summary>
public sealed record TimelineQuery(Dyad? Dyad = null, string? Actor = null, PartialDate? From = null, PartialDate? To = null, ModalityFilter? Modalities = null)
{
    /// <summary>The first and last day the bounds allow, as stored ISO text.</summary>
    public string FromDay => From is { } f ? EventDates.Iso(f.First) : "0000-01-01";
    public string ToDay => To is { } t ? EventDates.Iso(t.Last) : "9999-12-31";
    public bool Dated => From is not null || To is not null;

    /// <summary>The earliest first day an event reaching <see cref="From"/> can have: no date spans more than a decade (from 0005, the calendar's first day).</summary>
    public string EarliestStart => From is { } f ? EventDates.Iso(CalendarMath.AddYears(f.First, -10) ?? DateOnly.MinValue) : "0000-01-01";

    public bool Matches(StoryEvent e)
    {
        if (Dyad is { } d && !d.Matches(e.Source.Country, e.Target.Country)) return false;
        if (Actor is { } a && e.Source.Country != a && e.Target.Country != a) return false;
        if (Modalities is { } m && !m.Includes(e.Modality)) return false;
        if (!Dated) return true;
        return e.When is { } w && string.CompareOrdinal(EventDates.Iso(w.Last), FromDay) >= 0 && string.CompareOrdinal(EventDates.Iso(w.First), ToDay) <= 0;
    }

    /// <summary>The events that match, in timeline order (what a store's query must also return).</summary>
    public IReadOnlyList<StoryEvent> Apply(IEnumerable<StoryEvent> events)
    {
        var list = events.Where(Matches).ToList();
        list.Sort(TimelineOrder.Compare);
        return list;
    }
}
