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
}
