using Kronika.Documents;

namespace Kronika.Time;

/// <summary>How an event's date was obtained, as the event record reports it.</summary>
public static class DateBases
{
    /// <summary>The text states the date ("in August 2008").</summary>
    public const string Explicit = "explicit";
    /// <summary>Resolved against the publication date ("on Friday", "last week").</summary>
    public const string Relative = "relative";
    /// <summary>No time given: the report date is assumed.</summary>
    public const string Publication = "publication";
}

/// <summary>A time expression in a document: its character range, text, normalized value and basis.</summary>
public sealed record TimeExpression(int Start, int End, string Text, PartialDate Value, string Basis)
{
    /// <summary>"since 2008": the start of a state that lasts, not the date of an act.</summary>
    public bool IsSince { get; init; }

    /// <summary>What the value was taken from when the text names an occurrence rather than a date
    /// ("the war in August 2008", "RUS presidential election 2012-03-04"); null for calendar expressions.</summary>
    public string? Anchor { get; init; }

    /// <summary>The character offset of the occurrence noun this expression dates ("war" in "the war in August 2008"), or -1.</summary>
    public int DatesNoun { get; init; } = -1;

    /// <summary>Whether it modifies that noun from before ("the 2008 war"): then it names which occurrence is meant, and dates no clause around it.</summary>
    public bool BeforeNoun { get; init; }
}
