using System.Globalization;
using System.Text.RegularExpressions;

namespace Kronika.Cli.Fuzzing;

/// <summary>An input the fuzzer flags: where it failed (the reader, a pipeline stage through the refusal net, a hang) and the error.</summary>
public sealed record FuzzFailure(FuzzInput Input, string Where, string Error)
{
    /// <summary>The exception type and the first Kronika frame, for counting failures of one cause together.</summary>
    public string Cause { get; init; } = Where;
}

/// <summary>
/// What a fuzz run found: inputs by kind, records read from them, documents coded, refusals by reason class, and
/// the failures: crashes (an exception that escaped reading, or a pipeline failure caught by the per-document
/// refusal net, which still counts since its cause is a bug) and hangs. Thread-safe: workers add as they finish.
/// </summary>
public sealed partial class FuzzReport(int seed, int threads, TimeSpan hangLimit)
{
    /// <summary>How many failures keep their input for the message and the saved folder; the rest are counted.</summary>
    public const int KeptFailures = 50;

    private readonly object _lock = new();
    private readonly SortedDictionary<string, int> _refusedBy = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _crashCauses = new(StringComparer.Ordinal);
    private readonly List<FuzzFailure> _crashes = [];
    private readonly List<FuzzFailure> _hangs = [];

    public int Seed { get; } = seed;
    public int Inputs { get; private set; }
    public int Records { get; private set; }
    public int Coded { get; private set; }
    public int Refused { get; private set; }
    public int Crashes { get; private set; }
    public int Hangs { get; private set; }
    public TimeSpan Elapsed { get; set; }
    public double SlowestSeconds { get; private set; }
    public int SlowestIndex { get; private set; } = -1;

    public IReadOnlyList<FuzzFailure> CrashDetails { get { lock (_lock) return [.. _crashes]; } }
    public IReadOnlyList<FuzzFailure> HangDetails { get { lock (_lock) return [.. _hangs]; } }
    public IReadOnlyDictionary<string, int> RefusedBy { get { lock (_lock) return new Dictionary<string, int>(_refusedBy); } }

    /// <summary>The outcome of one input as a worker tallies it, merged into the report in one step.</summary>
    public sealed class Outcome(FuzzInput input)
    {
        public FuzzInput Input { get; } = input;
        public int Records { get; set; }
        public int Coded { get; set; }
        public List<string> Refusals { get; } = [];
        public List<FuzzFailure> Crashes { get; } = [];
        public double Seconds { get; set; }
    }

    public void Add(Outcome outcome)
    {
        lock (_lock)
        {
            Inputs++;
            _kinds[outcome.Input.Extension] = _kinds.GetValueOrDefault(outcome.Input.Extension) + 1;
            Records += outcome.Records;
            Coded += outcome.Coded;
            foreach (var reason in outcome.Refusals)
            {
                Refused++;
                var cls = ReasonClass(reason);
                _refusedBy[cls] = _refusedBy.GetValueOrDefault(cls) + 1;
            }
            if (outcome.Crashes.Count > 0)
            {
                Crashes++;
                foreach (var crash in outcome.Crashes)
                    _crashCauses[crash.Cause] = _crashCauses.GetValueOrDefault(crash.Cause) + 1;
                if (_crashes.Count < KeptFailures) _crashes.Add(outcome.Crashes[0]);
            }
            if (outcome.Seconds > SlowestSeconds) (SlowestSeconds, SlowestIndex) = (outcome.Seconds, outcome.Input.Index);
        }
    }

    /// <summary>An input that ran past the limit; its worker is abandoned, so it is counted as an input here.</summary>
    public void AddHang(FuzzFailure hang)
    {
        lock (_lock)
        {
            Inputs++;
            Hangs++;
            _kinds[hang.Input.Extension] = _kinds.GetValueOrDefault(hang.Input.Extension) + 1;
            if (_hangs.Count < KeptFailures) _hangs.Add(hang);
        }
    }

    /// <summary>"not English: reads as Spanish (12 of 40 ...)" is "not English": the reason up to its details, numbers as N.</summary>
    public static string ReasonClass(string reason)
    {
        int cut = reason.IndexOfAny([':', '(', ';']);
        var head = (cut > 0 ? reason[..cut] : reason).Trim();
        return Number().Replace(head, "N");
    }

    [GeneratedRegex(@"(?<![\w-])[0-9][0-9,.]*")]
    private static partial Regex Number();

    public void Print(TextWriter output)
    {
        lock (_lock)
        {
            var seconds = Elapsed.TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz seed={Seed} threads={threads} hang_limit_s={hangLimit.TotalSeconds:0.#}"));
            output.WriteLine($"inputs        {Inputs,9}   ({string.Join(", ", _kinds.Select(k => $"{k.Key} {k.Value}"))})");
            output.WriteLine($"records       {Records,9}   (documents and refusals the readers gave)");
            output.WriteLine($"coded         {Coded,9}");
            output.WriteLine($"refused       {Refused,9}");
            foreach (var (reason, count) in _refusedBy.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal))
                output.WriteLine($"  {count,9}  {reason}");
            output.WriteLine($"crashes       {Crashes,9}");
            foreach (var (cause, count) in _crashCauses.OrderByDescending(c => c.Value))
                output.WriteLine($"  {count,9}  {cause}");
            output.WriteLine($"hangs         {Hangs,9}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seconds       {seconds,9:F1}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inputs/s      {(seconds > 0 ? Inputs / seconds : 0),9:F1}"));
            if (SlowestIndex >= 0)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest       {SlowestSeconds,9:F2} s (input {SlowestIndex})"));
        }
    }

    /// <summary>Writes each kept crash and hang as its input file and a note of what it is, for `kronika run` to reproduce.</summary>
    public int Save(string folder)
    {
        var failures = CrashDetails.Concat(HangDetails).ToList();
        if (failures.Count == 0) return 0;
        Directory.CreateDirectory(folder);
        foreach (var failure in failures)
        {
            var path = Path.Combine(folder, failure.Input.FileName);
            File.WriteAllBytes(path, failure.Input.Bytes);
            File.WriteAllText(path + ".txt", $"{failure.Where}: {failure.Error}\n\n{failure.Input.Describe(4000)}\n\nreproduce: kronika run {path}\n       or: kronika fuzz --seed {failure.Input.Seed} --from {failure.Input.Index} --count 1\n");
        }
        return failures.Count;
    }
}
