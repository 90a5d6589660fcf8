using System.CommandLine;
using Kronika.Documents;

namespace Kronika.Cli;

/// <summary>
/// The options of every command that reads inputs: `--metadata FILE`, a manifest (CSV or JSON Lines) giving the date,
/// address, source, title and author of the files it names, and `--no-metadata`, which ignores the manifests found in
/// the input folders (metadata.csv, metadata.jsonl) so that dates are inferred from the text alone.
/// </summary>
public sealed record MetadataOption(Option<string?> Manifest, Option<bool> Off)
{
    public static MetadataOption AddTo(Command command)
    {
        var option = new MetadataOption(
            new Option<string?>("--metadata") { Description = "Manifest (CSV with a header, or JSON Lines) of file, date, url, source, title, author for the input files" },
            new Option<bool>("--no-metadata") { Description = "Ignore the metadata.csv / metadata.jsonl manifests of the input folders (dates from the text alone)" });
        command.Options.Add(option.Manifest);
        command.Options.Add(option.Off);
        return option;
    }

    /// <summary>The reader options these options ask for; a missing manifest is an error naming it, both options together a usage error.</summary>
    public ReaderOptions Reader(ParseResult parse, ReaderOptions? options = null)
    {
        var manifest = parse.GetValue(Manifest);
        bool off = parse.GetValue(Off);
        if (manifest is not null && off)
            throw new UsageException("--metadata and --no-metadata exclude each other: --no-metadata reads no manifest at all");
        if (manifest is not null && !File.Exists(manifest))
            throw new FileNotFoundException($"metadata manifest {manifest}: no such file");
        return (options ?? new ReaderOptions()) with { Metadata = manifest, FolderMetadata = !off };
    }
}
