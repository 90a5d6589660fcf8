using System.CommandLine;
using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Cli;

/// <summary>
/// `kronika clean PATH...`: shows what the document stage reads of each article: its metadata and body
/// lines, with `--show-noise` also the lines it drops marked with the rule that dropped them, with `--body` the body alone.
/// </summary>
public static class CleanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories or - for standard input" };
        var showNoise = new Option<bool>("--show-noise") { Description = "Also print the lines dropped as noise, marked with the reason" };
        var body = new Option<bool>("--body") { Description = "Print only the body text, without metadata" };
        var command = new Command("clean", "Show each article's metadata and cleaned body, and with --show-noise the lines dropped and why") { paths, showNoise, body };
        var actors = PipelineOption.AddTo(command);
        var metadata = MetadataOption.AddTo(command);
        command.SetAction(parse => Run(() => PipelineOption.Load(parse, actors), parse.GetValue(paths)!, metadata.Reader(parse), parse.GetValue(showNoise), parse.GetValue(body)));
        return command;
    }

    private static int Run(Func<Pipeline> loadPipeline, string[] paths, ReaderOptions reader, bool showNoise, bool bodyOnly)
    {
        // The whole reading pipeline, not only the cleaner: the publication date may be inferred from the text's people and dates.
        var pipeline = loadPipeline();
        var inputs = new ReportedInputs(paths, reader);
        foreach (var document in inputs.Documents())
        {
            pipeline.Read(document);
            if (!bodyOnly)
                Console.WriteLine($"# {document.Name}  id={document.Id}  title={document.Title ?? "-"}  author={document.Author ?? "-"}  site={document.SiteName ?? "-"}  published={document.PublicationDate?.ToString() ?? "-"} ({document.PublicationDateBasis.ToString().ToLowerInvariant()}{(document.PublicationDateEvidence is { } why ? ": " + why : "")})  encoding={document.Encoding}  mojibake_repaired={document.MojibakeRepairs}  replacement_chars={document.ReplacementCharacters}");
            var lines = document.Body.Select(span => (Span: span, Label: (string?)null));
            if (showNoise && !bodyOnly)
                lines = lines.Concat(document.Noise.Select(n => (Span: n.Span, Label: (string?)n.Label))).OrderBy(l => l.Span.Start);
            foreach (var (span, label) in lines)
            {
                var text = document.Text[span.Start..span.End];
                if (bodyOnly) { if (label is null) Console.WriteLine(text); }
                else Console.WriteLine(label is null ? $"  {text}" : $"- [{label}] {text}");
            }
        }
        return inputs.ExitCode;
    }
}
