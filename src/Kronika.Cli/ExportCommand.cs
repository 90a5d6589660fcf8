using System.CommandLine;
using Kronika.Outputs.Exports;

namespace Kronika.Cli;

/// <summary>`kronika export --format jsonl|csv|gdelt|parquet [--out FILE]`: the merged events in a format other tools read.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var format = new Option<string>("--format") { Description = "jsonl, csv, gdelt (GDELT 2.0 event table, tab-separated) or parquet", Required = true };
        var output = new Option<string>("--out") { Description = "File to write (standard output when left out; parquet needs a file)" };
        var dyad = new Option<string>("--dyad") { Description = "Only the events of this dyad (RUS-GEO)" };
        var modality = StoreOption.Modality();
        var command = new Command("export", "Export the merged events") { db, format, output, dyad, modality };
        command.SetAction(parse =>
        {
            var kind = StoreOption.Parse(() => EventExport.ParseFormat(parse.GetValue(format)!));
            var query = StoreOption.Query(parse.GetValue(dyad), null, null, null, parse.GetValue(modality)!);
            var path = parse.GetValue(output);
            if (path is null && kind == ExportFormat.Parquet)
                throw new UsageException("--format parquet: needs --out FILE (Parquet is a binary format)");
            using var store = StoreOption.Open(parse.GetValue(db)!);
            StoreOption.CheckCodes(store, query.Dyad, null);
            var events = store.Events(query, withMentions: kind == ExportFormat.Jsonl);
            if (path is null)
            {
                using var stdout = Console.OpenStandardOutput();
                EventExport.Write(kind, events, stdout);
                return ExitCodes.Success;
            }
            // Written beside the target and moved into place, so a failed export leaves no half file.
            var temporary = path + ".tmp";
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            int count;
            using (var file = File.Create(temporary)) count = EventExport.Write(kind, events, file);
            File.Move(temporary, path, overwrite: true);
            Console.Error.WriteLine($"Wrote {count} events to {path}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
