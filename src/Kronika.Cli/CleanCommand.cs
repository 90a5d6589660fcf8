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
        // The metadata needs the whole reading pipeline (a publication date may be inferred from the text's people and
        // dates); the body alone needs only the document stage, so `--body` neither loads nor runs the parser.
        var pipeline = bodyOnly ? null : loadPipeline();
        var cleaner = bodyOnly ? DocumentCleaner.LoadDefault() : null;
        var inputs = new ReportedInputs(paths, reader);
        inputs.Each(document =>
        {
            if (pipeline is not null) pipeline.Read(document);
            else PipelineFailure.Guard(PipelineStage.Documents, document, () => cleaner!.Apply(document));
            if (!bodyOnly)
            {
                Console.WriteLine($"# {document.Name}  id={document.Id}  title={Field(document.Title, document.TitleBasis)}  author={Field(document.Author, document.AuthorBasis)}  site={Field(document.SiteName, document.SiteNameBasis)}  url={Field(document.Url, document.UrlBasis)}  published={document.PublicationDate?.ToString() ?? "-"} ({document.PublicationDateBasis.ToString().ToLowerInvariant()}{(document.PublicationDateEvidence is { } why ? ": " + why : "")})  encoding={document.Encoding}  mojibake_repaired={document.MojibakeRepairs}  replacement_chars={document.ReplacementCharacters}");
                // The page's dates that lost, when they disagree with the winner: a reader can judge the choice.
                if (document.MetadataDates.Select(c => c.Date).Distinct().Count() > 1)
                    Console.WriteLine($"#   dates in the markup: {string.Join(", ", document.MetadataDates)}");
            }
            var lines = document.Body.Select(span => (Span: span, Label: (string?)null));
            if (showNoise && !bodyOnly)
                lines = lines.Concat(document.Noise.Select(n => (Span: n.Span, Label: (string?)n.Label))).OrderBy(l => l.Span.Start);
            foreach (var (span, label) in lines)
            {
                var text = document.Text[span.Start..span.End];
                if (bodyOnly) { if (label is null) Console.WriteLine(text); }
                else Console.WriteLine(label is null ? $"  {text}" : $"- [{label}] {text}");
            }
        });
        return inputs.ExitCode;
    }

    /// <summary>A header value with the source it was read from: "Border reopens (og:title)", "-" when unknown.</summary>
    private static string Field(string? value, string? basis) => value is null ? "-" : basis is null ? value : $"{value} ({basis})";
}
