using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Storage;

/// <summary>Row counts of a store.</summary>
public readonly record struct StoreCounts(long Documents, long Sentences, long Events, long Refused);

/// <summary>
/// Where coded documents are kept. Storing is idempotent: a document already stored (same content
/// id) is not stored again, and a refusal already recorded is not recorded twice.
/// </summary>
public interface IEventStore : IDisposable
{
    bool Contains(string documentId);

    /// <summary>Stores a document with its sentences and events in one transaction; false when it was already stored.</summary>
    bool Store(CodedDocument document);

    void Refuse(InputRefusal refusal);

    /// <summary>The first stored copy of which this document is a near-duplicate (a syndicated copy), or null.</summary>
    string? DuplicateOf(string documentId);

    IEnumerable<EventRecord> EventsOf(string documentId);

    StoreCounts Counts();
}
