namespace Kronika.Storage;

/// <summary>What claiming a document for coding found (<see cref="IEventStore.Claim"/>).</summary>
public enum DocumentClaim
{
    /// <summary>The claim is this store's now: code the document and store it.</summary>
    Claimed,

    /// <summary>The document is stored already, by an earlier run or a concurrent one.</summary>
    Stored,

    /// <summary>A concurrent run that is still alive is coding it: ask again later.</summary>
    ClaimedElsewhere,
}

public static class DocumentClaims
{
    /// <summary>
    /// Waits while a concurrent run codes the document, then claims it: <see cref="DocumentClaim.Stored"/> once that
    /// run stored it, <see cref="DocumentClaim.Claimed"/> when that run died first. Never forever: claims expire.
    /// </summary>
    public static DocumentClaim AwaitClaim(this IEventStore store, string documentId, TimeSpan? poll = null)
    {
        DocumentClaim claim;
        while ((claim = store.Claim(documentId)) == DocumentClaim.ClaimedElsewhere)
            Thread.Sleep(poll ?? TimeSpan.FromMilliseconds(50));
        return claim;
    }
}
