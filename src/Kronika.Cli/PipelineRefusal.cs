using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>
/// The one place a command turns a failure inside a document's pipeline (<see cref="PipelineFailure"/>) into that
/// document's refusal, so that a bug one article exposes costs that article, not the run: the others go on and the
/// command ends with <see cref="ExitCodes.SomeInputsRefused"/>.
/// </summary>
internal static class PipelineRefusal
{
    /// <summary>Runs one document's work; when a stage of its pipeline fails, the refusal naming the document and the stage.</summary>
    public static InputRefusal? Run(SourceDocument document, Action work) => Run(document, () => { work(); return 0; }, out _);

    /// <summary>Runs one document's work for its result; when a stage of its pipeline fails, the refusal naming the document and the stage.</summary>
    public static InputRefusal? Run<T>(SourceDocument document, Func<T> work, out T? result)
    {
        try
        {
            result = work();
            return null;
        }
        catch (PipelineFailure failure)
        {
            result = default;
            return new InputRefusal(document.Name, null, failure.Message);
        }
    }

    /// <summary>Reports a refusal on standard error as every reading command does.</summary>
    public static void Report(InputRefusal refusal) => Console.Error.WriteLine($"refused {refusal}");
}
