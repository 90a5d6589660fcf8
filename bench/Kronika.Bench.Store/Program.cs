using System.Diagnostics;
using System.Globalization;
using Kronika.Events;
using Kronika.Storage;
using Kronika.Stories;

// Generates synthetic merged events into a fresh SQLite store, then times the queries the timeline and dyad
// commands run: a dyad's whole timeline, a dyad's timeline over one year, an actor's timeline over one year, and
// a dyad's series by month, quarter and year. Prints the median of several repetitions of each.
var options = Args.Parse(args);
var db = options.Db ?? Path.Combine(Path.GetTempPath(), $"kronika-bench-{Guid.NewGuid():N}.db");
Console.WriteLine($"kronika store benchmark: {options.Events:N0} events into {db} ({Environment.ProcessorCount} cores, {RuntimeInformation()})");
try
{
    var generation = Stopwatch.StartNew();
    var sizes = new Dictionary<string, int>();
    using (var store = new SqliteEventStore(db))
        store.Import(Synthetic.Events(options.Events, seed: 1, sizes));
    generation.Stop();
    Console.WriteLine($"generated and stored {options.Events:N0} events in {generation.Elapsed.TotalSeconds:F1} s: {options.Events / generation.Elapsed.TotalSeconds:N0} events/s; " +
                      $"database {new FileInfo(db).Length / 1e6:N0} MB");
    foreach (var (dyad, count) in sizes.OrderByDescending(kv => kv.Value).Take(3))
        Console.WriteLine($"  dyad {dyad}: {count:N0} events");
    Console.WriteLine($"  dyad RUS-GEO: {sizes.GetValueOrDefault("GEO-RUS"):N0} events; {sizes.Count:N0} dyads in all");

    // A fresh connection, as a command would open.
    using var reader = SqliteEventStore.OpenExisting(db);
    var rusGeo = Dyad.Parse("RUS-GEO");
    var largest = Dyad.Parse(sizes.MaxBy(kv => kv.Value).Key);
    var year = (From: EventDates.ParseOption("--from", "2014"), To: EventDates.ParseOption("--to", "2014"));
    (string Name, Func<int> Query)[] queries =
    [
        ("timeline --dyad RUS-GEO", () => reader.Events(new TimelineQuery(rusGeo)).Count()),
        ($"timeline --dyad {largest} (the largest dyad)", () => reader.Events(new TimelineQuery(largest)).Count()),
        ("timeline --dyad RUS-GEO --from 2014 --to 2014", () => reader.Events(new TimelineQuery(rusGeo, From: year.From, To: year.To)).Count()),
        ("timeline --actor GEO --from 2014 --to 2014", () => reader.Events(new TimelineQuery(Actor: "GEO", From: year.From, To: year.To)).Count()),
        ("dyad RUS-GEO --by month", () => reader.Series(rusGeo, SeriesPeriod.Month).Count),
        ("dyad RUS-GEO --by quarter", () => reader.Series(rusGeo, SeriesPeriod.Quarter).Count),
        ("dyad RUS-GEO --by year", () => reader.Series(rusGeo, SeriesPeriod.Year).Count),
        ($"dyad {largest} --by month", () => reader.Series(largest, SeriesPeriod.Month).Count),
    ];
    Console.WriteLine($"query (median of {options.Repeat}, after one warm-up)            ms     rows");
    foreach (var (name, query) in queries)
    {
        query();
        var times = new List<double>();
        int rows = 0;
        for (int i = 0; i < options.Repeat; i++)
        {
            var watch = Stopwatch.StartNew();
            rows = query();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"  {name,-50} {times[times.Count / 2],8:F1} {rows,8:N0}");
    }
    Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
}
finally
{
    if (options.Db is null)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(db + suffix);
    }
}

static string RuntimeInformation() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

/// <summary>Command-line options: --events N, --repeat N, --db FILE (kept; a temporary file otherwise).</summary>
internal sealed record Args(int Events, int Repeat, string? Db)
{
    public static Args Parse(string[] args)
    {
        var parsed = new Args(1_000_000, 9, null);
        for (int i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]}: needs a value");
            parsed = args[i] switch
            {
                "--events" => parsed with { Events = int.Parse(value, CultureInfo.InvariantCulture) },
                "--repeat" => parsed with { Repeat = int.Parse(value, CultureInfo.InvariantCulture) },
                "--db" => parsed with { Db = value },
                _ => throw new ArgumentException($"{args[i]}: unknown option (--events N, --repeat N, --db FILE)"),
            };
            i++;
        }
        return parsed;
    }
}

/// <summary>
/// Synthetic events over 1980-2025: 80 countries, dyads drawn with Zipf-like weights (a few busy pairs, a long tail),
/// RUS-GEO holding 2% of all events; dates at day (70%), month (20%) and year (10%) precision; CAMEO codes spread over
/// the four quad classes.
/// </summary>
internal static class Synthetic
{
    private static readonly string[] Countries =
    [
        "USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "GEO", "ISR", "PSE", "IRN", "IRQ", "SYR", "TUR", "IND", "PAK", "AFG", "JPN", "PRK", "KOR",
        "SAU", "EGY", "LBN", "JOR", "YEM", "ARM", "AZE", "BLR", "POL", "ITA", "ESP", "CAN", "MEX", "BRA", "ARG", "VEN", "COL", "CUB", "NGA", "ZAF",
        "ETH", "SDN", "SOM", "KEN", "LBY", "MAR", "DZA", "TUN", "QAT", "ARE", "KAZ", "UZB", "MDA", "SRB", "HRV", "BIH", "GRC", "CYP", "NOR", "SWE",
        "FIN", "EST", "LVA", "LTU", "HUN", "ROU", "BGR", "CZE", "AUT", "CHE", "NLD", "BEL", "AUS", "NZL", "IDN", "PHL", "VNM", "THA", "MMR", "TWN",
    ];

    private static readonly (string Code, int Quad, double Goldstein)[] Codes =
    [
        ("010", 1, 0), ("036", 1, 4), ("040", 1, 1), ("042", 1, 1.9), ("046", 1, 7), ("051", 1, 3.4), ("057", 1, 8), ("061", 2, 6.4), ("071", 2, 7.4),
        ("081", 2, 5), ("111", 3, -2), ("112", 3, -2), ("130", 3, -4.4), ("138", 3, -7), ("163", 3, -8), ("172", 4, -5), ("173", 4, -5), ("190", 4, -10), ("192", 4, -9.5),
    ];

    public static IEnumerable<StoryEvent> Events(int count, int seed, Dictionary<string, int> sizes)
    {
        var random = new Random(seed);
        var start = new DateOnly(1980, 1, 1);
        int days = new DateOnly(2025, 12, 31).DayNumber - start.DayNumber;
        var added = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < count; i++)
        {
            string a, b;
            if (random.NextDouble() < 0.02) (a, b) = random.Next(2) == 0 ? ("RUS", "GEO") : ("GEO", "RUS");
            else
            {
                // Zipf-like: the index of a country falls off as 1/rank.
                a = Countries[Zipf(random)];
                b = Countries[Zipf(random)];
            }
            var key = Dyad.KeyOf(a, b);
            sizes[key] = sizes.GetValueOrDefault(key) + 1;
            var day = start.AddDays(random.Next(days));
            var precision = random.NextDouble();
            var date = precision < 0.7 ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : precision < 0.9 ? day.ToString("yyyy-MM", CultureInfo.InvariantCulture) : day.Year.ToString(CultureInfo.InvariantCulture);
            var (code, quad, goldstein) = Codes[random.Next(Codes.Length)];
            var mentions = 1 + (int)(-Math.Log(1 - random.NextDouble()) * 2);
            yield return new StoryEvent
            {
                Id = i + 1L,
                Source = new EventActor(a, "GOV", a, a), Target = new EventActor(b, random.Next(3) == 0 ? "MIL" : "GOV", b, b),
                Symmetric = code == "046", Cameo = code, Root = code[..2], QuadClass = quad, Goldstein = goldstein,
                Date = date, DateBasis = "explicit", Historical = random.Next(4) == 0, Modality = "asserted",
                NumMentions = mentions, NumArticles = Math.Max(1, mentions - random.Next(2)), Sources = [$"outlet{random.Next(500)}.example"],
                FirstReported = date, LastReported = date,
                Evidence = new Evidence($"{a} and {b}: synthetic event {i} coded {code}.", 0, 40), Doc = $"doc{i / 7}.txt",
                Url = $"https://outlet.example/{i / 7}", Added = added,
            };
        }
    }

    private static int Zipf(Random random)
    {
        // Inverse of the cumulative 1/rank weights, approximated by an exponential of a uniform draw.
        var index = (int)Math.Exp(random.NextDouble() * Math.Log(Countries.Length + 1)) - 1;
        return Math.Clamp(index, 0, Countries.Length - 1);
    }
}
