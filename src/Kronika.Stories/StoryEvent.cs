using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Stories;

/// <summary>
/// One real-world event: every mention of it across documents merged, with its best date (the most precise its
/// reports give), the reports' first and last publication dates, and the outlets that carried it.
/// </summary>
public sealed record StoryEvent
{
    /// <summary>Stable id (63 bits of SHA-256 of the first of its mention ids): unchanged while its mentions are.</summary>
    public required long Id { get; init; }
    public required EventActor Source { get; init; }
    public required EventActor Target { get; init; }

    /// <summary>True when every report tells a mutual act ("Russia and Georgia held talks"): source and target may be swapped.</summary>
    public required bool Symmetric { get; init; }
    public required string Cameo { get; init; }
    public required string Root { get; init; }
    public required int QuadClass { get; init; }
    public required double Goldstein { get; init; }

    /// <summary>The best date: ISO at its precision ("2008-08-08", "2008-08", "2008", "1990s"), "" when no report dates it.</summary>
    public required string Date { get; init; }

    /// <summary>How the best date was found (explicit, relative, publication), from the report that gave it.</summary>
    public required string DateBasis { get; init; }

    /// <summary>True when every report tells it as background (more than 30 days before publication).</summary>
    public required bool Historical { get; init; }

    /// <summary>The most factual modality its reports give: asserted, intended, hypothetical or denied (see <see cref="ModalityFilter"/>).</summary>
    public required string Modality { get; init; }

    /// <summary>The PLOVER type and mode of its CAMEO code (data/plover.tsv), as its representative report gives them.</summary>
    public string PloverType { get; init; } = "";
    public string PloverMode { get; init; } = "";
    public required int NumMentions { get; init; }
    public required int NumArticles { get; init; }

    /// <summary>Distinct outlets (site, host, or document name), sorted.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>Publication dates of the first and last reports ("" when unknown).</summary>
    public required string FirstReported { get; init; }
    public required string LastReported { get; init; }

    /// <summary>The sentence of the representative report, its document's name and address.</summary>
    public required Evidence Evidence { get; init; }
    public required string Doc { get; init; }
    public string Url { get; init; } = "";

    /// <summary>True when a report tells it in a headline or an article's first sentence (GDELT's IsRootEvent).</summary>
    public bool Lead { get; init; }

    /// <summary>When it was first stored (UTC), for GDELT's DATEADDED.</summary>
    public DateTime Added { get; init; }

    /// <summary>Its reports, when loaded (the timeline and series do without them).</summary>
    public IReadOnlyList<EventMention> Mentions { get; init; } = [];

    public int NumSources => Sources.Count;
    public string DyadKey => Dyad.KeyOf(Source.Country, Target.Country);
    public PartialDate? When => EventDates.Parse(Date);
}
