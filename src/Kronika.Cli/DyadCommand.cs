using System.CommandLine;
using System.Globalization;
using Kronika.Outputs.Exports;
using Kronika.Stories;

namespace Kronika.Cli;

/// <summary>`kronika dyad RUS-GEO --by month|quarter|year [--csv]`: events per quad class and mean Goldstein weight per period.</summary>
public static class DyadCommand
{
    /// <summary>The columns; `intended` (last, so the earlier columns keep their places) counts the period's stated intents, which `events` includes.</summary>
    public static readonly string[] Header = ["period", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "events", "mean_goldstein", "intended"];

    public static Command Create()
    {
        var db = StoreOption.Create();
        var dyad = new Argument<string>("dyad") { Description = "Two actors' countries, either direction (RUS-GEO)" };
        var by = new Option<string>("--by") { Description = "month, quarter or year", DefaultValueFactory = _ => "year" };
        var csv = new Option<bool>("--csv") { Description = "Print CSV (RFC 4180, with a header row)" };
        var modality = StoreOption.Modality();
        var command = new Command("dyad", "Print a dyad's events per quad class and mean Goldstein weight per period") { dyad, db, by, csv, modality };
        command.SetAction(parse =>
        {
            var pair = StoreOption.Dyad(parse.GetValue(dyad))!;
            var period = StoreOption.Parse(() => DyadSeries.ParsePeriod(parse.GetValue(by)!));
            var modalities = StoreOption.Modalities(parse.GetValue(modality)!);
            using var store = StoreOption.Open(parse.GetValue(db)!);
            StoreOption.CheckCodes(store, pair, null);
            Print(store.Series(pair, period, modalities), parse.GetValue(csv), Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    public static void Print(IReadOnlyList<SeriesRow> rows, bool csv, TextWriter output)
    {
        var lines = rows.Select(r => new[] { r.Period }
            .Concat(r.ByQuad.Select(n => n.ToString(CultureInfo.InvariantCulture)))
            .Append(r.Events.ToString(CultureInfo.InvariantCulture))
            .Append(r.MeanGoldstein.ToString("0.00", CultureInfo.InvariantCulture))
            .Append(r.Intended.ToString(CultureInfo.InvariantCulture)).ToArray()).ToList();
        if (csv)
        {
            var writer = new CsvWriter(output);
            foreach (var line in lines.Prepend(Header)) writer.WriteRow(line);
            return;
        }
        TextColumns.Write(output, Header, lines, numeric: i => i > 0);
    }
}
