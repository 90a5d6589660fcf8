using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>
/// Codes documents on several threads while the caller's thread sees every result in the order the documents were
/// submitted: a run's database and events.jsonl are then the same whatever the thread count, and everything that is not
/// coding (claims, storing, writing, messages) stays on one thread, so the store needs no locking. At most
/// <see cref="Capacity"/> items are in flight, so memory does not grow with the corpus.
/// </summary>
internal sealed class OrderedCoding<T>
{
    private readonly Queue<(T Item, Task<Coded>? Work)> _inFlight = new();
    private readonly TaskFactory _workers;
    private readonly Func<SourceDocument, CodedDocument> _code;
    private readonly Action<T, Coded?> _finish;

    /// <param name="threads">Documents coded at once.</param>
    /// <param name="code">Codes one document (any thread).</param>
    /// <param name="finish">Called on the caller's thread, in submission order, with each item and its coding (null for an item submitted without a document).</param>
    public OrderedCoding(int threads, Func<SourceDocument, CodedDocument> code, Action<T, Coded?> finish)
    {
        if (threads < 1) throw new ArgumentOutOfRangeException(nameof(threads), threads, "at least one thread");
        // A scheduler of its own bounds the coding to the threads asked for, whatever else runs on the thread pool.
        _workers = new TaskFactory(new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler);
        _code = code;
        _finish = finish;
        // Enough queued work that a slow document does not leave the other threads idle, bounded all the same.
        Capacity = threads == 1 ? 1 : threads * 4;
    }

    /// <summary>The most items submitted and not yet finished.</summary>
    public int Capacity { get; }

    /// <summary>The outcome of coding one document: the coded document, or the refusal naming the failed stage.</summary>
    public sealed record Coded(CodedDocument? Document, InputRefusal? Refusal);

    /// <summary>Queues an item with the document to code for it (none: the item only keeps its place in the order).</summary>
    public void Submit(T item, SourceDocument? document)
    {
        while (_inFlight.Count >= Capacity) FinishNext();
        var work = document is null ? null : _workers.StartNew(() =>
        {
            var refusal = PipelineRefusal.Run(document, () => _code(document), out var coded);
            return new Coded(coded, refusal);
        });
        _inFlight.Enqueue((item, work));
        // Finish whatever is done at the head now, so output keeps pace with the coding.
        while (_inFlight.TryPeek(out var head) && (head.Work is null || head.Work.IsCompleted)) FinishNext();
    }

    /// <summary>Finishes every item submitted, in order.</summary>
    public void Drain()
    {
        while (_inFlight.Count > 0) FinishNext();
    }

    private void FinishNext()
    {
        var (item, work) = _inFlight.Dequeue();
        // GetResult rethrows what is not a pipeline failure (a bug outside the stages) as itself, not wrapped.
        _finish(item, work?.GetAwaiter().GetResult());
    }
}
