using System.CommandLine;
using Kronika.Events;
using Kronika.Storage;
using Kronika.Stories;

namespace Kronika.Cli;

/// <summary>A value on the command line that is malformed: printed with its reason, exit code <see cref="ExitCodes.Usage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>
/// What the commands that read the database share: `--db FILE` (as `run` writes it), opening the store (a missing
/// file is an error naming it) with the events of any newly stored mentions merged, and the parsing of dyads and dates.
/// </summary>
public static class StoreOption
{
    public static Option<string> Create() =>
        new("--db") { Description = "SQLite database written by `kronika run`", DefaultValueFactory = _ => "kronika.db" };

    public static IEventStore Open(string path)
    {
        var store = SqliteEventStore.OpenExisting(path);
        store.UpdateEvents();
        return store;
    }

    /// <summary>Parses a command-line value; a FormatException becomes a usage error with its message.</summary>
    public static T Parse<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    public static Dyad? Dyad(string? text) => text is null ? null : Parse(() => Stories.Dyad.Parse(text));

    /// <summary>`--modality`: which events the reading commands count and show; denied and hypothetical ones are left out unless asked for.</summary>
    public static Option<string> Modality() => new("--modality")
    {
        Description = "Modalities of the events to count and show: all, or some of asserted, intended, denied, hypothetical, comma-separated",
        DefaultValueFactory = _ => ModalityFilter.Default.ToString(),
    };

    public static ModalityFilter Modalities(string text) => Parse(() => ModalityFilter.Parse(text));

    public static TimelineQuery Query(string? dyad, string? actor, string? from, string? to, string modality = "all") => new(
        Dyad(dyad),
        actor is null ? null : Parse(() => System.Text.RegularExpressions.Regex.IsMatch(actor, "^[A-Za-z]{3}$")
            ? actor.ToUpperInvariant() : throw new FormatException($"--actor \"{actor}\": expected a three-letter actor code, as RUS")),
        from is null ? null : Parse(() => EventDates.ParseOption("--from", from)),
        to is null ? null : Parse(() => EventDates.ParseOption("--to", to)),
        Modalities(modality));

    /// <summary>
    /// A dyad or actor whose code no event can carry is a usage error naming it: "XXX-GEO" would otherwise print an
    /// empty series, as if the two had never met. A code is known from the shipped actor tables, or from the database's
    /// events (users' own tables may add codes).
    /// </summary>
    public static void CheckCodes(IEventStore store, Dyad? dyad, string? actor)
    {
        List<string> codes = dyad is null ? [] : [.. new[] { dyad.First, dyad.Second }.Distinct()];
        if (actor is not null) codes.Add(actor);
        if (codes.Count == 0) return;
        var shipped = Kronika.Actors.ActorCodes.LoadDefault();
        foreach (var code in codes)
            if (!shipped.Contains(code) && !store.HasActor(code))
                throw new UsageException((dyad is not null && code != actor ? $"dyad \"{dyad}\"" : $"--actor \"{actor}\"")
                    + $": unknown actor code \"{code}\"; expected a country code of data/actors/countries.tsv (RUS, GEO), a region of regions.tsv (EUR, WST), IGO, or a code the database's events carry");
    }

    /// <summary>The CAMEO code names of data/cameo.tsv, for display.</summary>
    public static Func<string, string> CodeNames()
    {
        var codebook = Codebook.LoadDefault();
        return code => codebook.TryGet(code, out var c) ? c.Name : "";
    }
}
