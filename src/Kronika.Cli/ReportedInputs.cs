using Kronika.Documents;

namespace Kronika.Cli;

/// <summary>
/// The documents of a command's inputs, read one at a time; each refused input (or manifest line) is reported on
/// standard error and counted, so the command can go on and end with <see cref="ExitCodes.SomeInputsRefused"/>;
/// a manifest's warnings are reported and not counted. <see cref="Each"/> also refuses a document its pipeline fails on.
/// </summary>
internal sealed class ReportedInputs(IEnumerable<string> paths, ReaderOptions? options = null)
{
    public int Refused { get; private set; }

    public int ExitCode => Refused > 0 ? ExitCodes.SomeInputsRefused : ExitCodes.Success;

    public IEnumerable<SourceDocument> Documents()
    {
        foreach (var item in new DocumentReader(options).Read(paths))
        {
            if (item.Warning is { } warning)
                Console.Error.WriteLine($"warning {warning}");
            if (item.Refusal is { } refusal)
                Refuse(refusal);
            if (item.Document is { } document)
                yield return document;
        }
    }

    /// <summary>Runs <paramref name="work"/> on each document; one whose pipeline fails is refused like an unreadable input, and the others go on.</summary>
    public void Each(Action<SourceDocument> work)
    {
        foreach (var document in Documents())
            if (PipelineRefusal.Run(document, () => work(document)) is { } refusal)
                Refuse(refusal);
    }

    private void Refuse(InputRefusal refusal)
    {
        PipelineRefusal.Report(refusal);
        Refused++;
    }
}
