using System.Diagnostics;

namespace Kronika.Events;

/// <summary>The stages of <see cref="Pipeline"/>, in order (the names <see cref="StageTimings.Stages"/> prints).</summary>
public enum PipelineStage { Documents, Language, Actors, Time, Events }

/// <summary>
/// A failure inside one stage of one document's pipeline: a bug the input exposed, not a problem of the input. It
/// names the stage, so that a command can refuse that document ("001.txt: internal error in the time stage:
/// ArgumentOutOfRangeException: ...") and go on with the others; the cause is still to be fixed where it is thrown.
/// </summary>
public sealed class PipelineFailure(PipelineStage stage, Exception inner)
    : Exception($"internal error in the {StageTimings.Stages[(int)stage]} stage: {Describe(inner)}", inner)
{
    public PipelineStage Stage { get; } = stage;

    /// <summary>Runs one stage's work on a document; an exception it throws comes out as a <see cref="PipelineFailure"/> of that stage.</summary>
    public static T Guard<T>(PipelineStage stage, SourceDocument document, Func<T> work)
    {
        try
        {
            InjectFault(stage, document);
            return work();
        }
        // Cancellation is the caller's, and memory exhaustion the process's: neither is this document's failure.
        catch (Exception e) when (e is not (PipelineFailure or OperationCanceledException or OutOfMemoryException))
        {
            throw new PipelineFailure(stage, e);
        }
    }

    public static void Guard(PipelineStage stage, SourceDocument document, Action work) => Guard(stage, document, () => { work(); return 0; });

    /// <summary>
    /// KRONIKA_FAULT=STAGE:MARKER makes STAGE fail on every document whose text holds MARKER ("time:FAULT-HERE"): no known
    /// input makes a stage fail any more, and this is how the tests (or a user checking a deployment) see the failure
    /// become a refusal. Checked at the start of each stage; unset, it costs one environment lookup.
    /// </summary>
    private static void InjectFault(PipelineStage stage, SourceDocument document)
    {
        if (Environment.GetEnvironmentVariable("KRONIKA_FAULT") is not { } fault || fault.Split(':', 2) is not [var name, var marker]) return;
        if (name.Equals(StageTimings.Stages[(int)stage], StringComparison.OrdinalIgnoreCase) && marker.Length > 0 && document.Text.Contains(marker, StringComparison.Ordinal))
            throw new InvalidOperationException($"fault injected by KRONIKA_FAULT={fault}");
    }

    /// <summary>"ArgumentOutOfRangeException: Year must be between 1 and 9999. (at Kronika.Time.X.Y)", on one line.</summary>
    private static string Describe(Exception e)
    {
        var message = e.Message.ReplaceLineEndings(" ");
        // The first frame of Kronika's own code says where to look; the framework's frames above it rarely do.
        var frame = new StackTrace(e).GetFrames().Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("Kronika", StringComparison.Ordinal) == true);
        return frame is null ? $"{e.GetType().Name}: {message}" : $"{e.GetType().Name}: {message} (at {frame.DeclaringType!.FullName}.{frame.Name})";
    }
}
