using Kronika.Documents;

namespace Kronika.Cli;

/// <summary>
/// The documents of a command's inputs, read one at a time; each refused input is reported on standard
/// error and counted, so the command can go on and end with <see cref="ExitCodes.SomeInputsRefused"/>.
/// </summary>
internal sealed class ReportedInputs(IEnumerable<string> paths, ReaderOptions? options = null)
{
    public int Refused { get; private set; }

    public int ExitCode => Refused > 0 ? ExitCodes.SomeInputsRefused : ExitCodes.Success;

    public IEnumerable<SourceDocument> Documents()
    {
        foreach (var item in new DocumentReader(options).Read(paths))
        {
            if (item.Refusal is { } refusal)
            {
                Console.Error.WriteLine($"refused {refusal}");
                Refused++;
                continue;
            }
            yield return item.Document!;
        }
    }
}
