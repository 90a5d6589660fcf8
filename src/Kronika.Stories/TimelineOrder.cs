namespace Kronika.Stories;

/// <summary>The order of a timeline: by when the event happened (its date's first day; the coarser date first on a tie), undated events last, then by id.</summary>
public static class TimelineOrder
{
    public static int Compare(StoryEvent? a, StoryEvent? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var (da, db) = (a.When, b.When);
        if (da is null != db is null) return da is null ? 1 : -1;
        if (da is { } x && db is { } y)
        {
            var c = x.First.CompareTo(y.First);
            if (c != 0) return c;
            c = x.Precision.CompareTo(y.Precision);
            if (c != 0) return c;
        }
        return a.Id.CompareTo(b.Id);
    }
}
