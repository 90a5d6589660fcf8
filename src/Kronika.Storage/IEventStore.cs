using Kronika.Documents;
using Kronika.Events;
using Kronika.Stories;

namespace Kronika.Storage;

/// <summary>Row counts of a store: mentions are the coded event records, events the real-world events they merge into.</summary>
public readonly record struct StoreCounts(long Documents, long Sentences, long Mentions, long Events, long Refused);

/// <summary>
/// Where coded documents and the events merged from them are kept; every stage and command reads and writes through
/// this interface, so another database (PostgreSQL) can take SQLite's place without touching them. Storing is
/// idempotent: a document already stored (same content id) is not stored again, and a refusal already recorded is
/// not recorded twice.
/// </summary>
public interface IEventStore : IDisposable
{
    bool Contains(string documentId);

    /// <summary>
    /// Claims a document before coding it, so that concurrent runs on one store never code it twice: stored already,
    /// claimed by another run that is still alive, or claimed now for this store. Storing the document ends its claim;
    /// <see cref="ReleaseClaims"/> (and disposing) ends the others. A claim whose run died, even killed with no
    /// clean-up, does not hold: a rerun codes the document.
    /// </summary>
    DocumentClaim Claim(string documentId);

    /// <summary>Ends every claim of this store that storing did not (documents whose coding failed).</summary>
    void ReleaseClaims();

    /// <summary>
    /// Stores a document with its sentences and event mentions in one transaction; false when it was already stored
    /// (by this run or a concurrent one: checked inside the transaction), in which case nothing is written.
    /// </summary>
    bool Store(CodedDocument document);

    void Refuse(InputRefusal refusal);

    /// <summary>The first stored copy of which this document is a near-duplicate (a syndicated copy), or null.</summary>
    string? DuplicateOf(string documentId);

    /// <summary>The event records (mentions) coded from one document.</summary>
    IEnumerable<EventRecord> EventsOf(string documentId);

    /// <summary>
    /// Merges the mentions stored since the last call into events (<see cref="EventMerger"/>), redoing only the pairs
    /// of countries they touch; returns how many pairs were redone (0 when nothing new was stored).
    /// </summary>
    int UpdateEvents();

    /// <summary>The events a query selects, in timeline order; with their mentions when asked.</summary>
    IEnumerable<StoryEvent> Events(TimelineQuery query, bool withMentions = false);

    /// <summary>A dyad's series (both directions), or that of all events when the dyad is null; of the modalities asked for, else of all.</summary>
    IReadOnlyList<SeriesRow> Series(Dyad? dyad, SeriesPeriod by, ModalityFilter? modalities = null);

    /// <summary>Adds events made elsewhere (generated, or imported from another dataset) without mentions.</summary>
    void Import(IEnumerable<StoryEvent> events);

    /// <summary>Whether any event has this country (or region, or IGO) code on either side: codes of users' own actor tables are known only here.</summary>
    bool HasActor(string countryCode);

    /// <summary>A stored document's text, or null.</summary>
    string? DocumentText(string documentId);

    StoreCounts Counts();
}
