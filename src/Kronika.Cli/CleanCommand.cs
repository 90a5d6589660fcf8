using System.CommandLine;
using Kronika.Documents;

namespace Kronika.Cli;

/// <summary>`kronika clean PATH...`: shows what the document stage reads of each article: its body lines and the noise it drops, with why.</summary>
public static class CleanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories or - for standard input" };
        var body = new Option<bool>("--body") { Description = "Print only the body text" };
        var command = new Command("clean", "Show each article's body lines and the noise lines dropped, with their reasons") { paths, body };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(body)));
        return command;
    }

    private static int Run(string[] paths, bool bodyOnly)
    {
        var cleaner = DocumentCleaner.LoadDefault();
        var inputs = new ReportedInputs(paths);
        foreach (var document in inputs.Documents())
        {
            cleaner.Apply(document);
            if (!bodyOnly)
                Console.WriteLine($"# {document.Name}  id={document.Id}  title={document.Title ?? "-"}  author={document.Author ?? "-"}  site={document.SiteName ?? "-"}  published={document.PublicationDate?.ToString() ?? "-"} ({document.PublicationDateBasis.ToString().ToLowerInvariant()})  encoding={document.Encoding}  mojibake_repaired={document.MojibakeRepairs}  replacement_chars={document.ReplacementCharacters}");
            var lines = document.Body.Select(span => (Span: span, Label: (string?)null))
                .Concat(document.Noise.Select(n => (Span: n.Span, Label: (string?)n.Label)))
                .OrderBy(l => l.Span.Start);
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
