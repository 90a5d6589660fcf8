namespace Kronika.Stories;

/// <summary>
/// Which modalities of events a series, timeline, report or export counts. An analyst's default leaves out what a
/// report says did not happen (denied) or might happen (hypothetical); intended events (offers, plans, threats) are
/// kept, since CAMEO codes the stated intent as an act of its own (the 03 and 13 codes), and flagged where counted.
/// </summary>
public sealed class ModalityFilter
{
    public const string Asserted = "asserted";
    public const string Intended = "intended";
    public const string Denied = "denied";
    public const string Hypothetical = "hypothetical";

    /// <summary>The modalities from the most factual to the least: an event told in several ways takes the first its reports give.</summary>
    public static readonly IReadOnlyList<string> Names = [Asserted, Intended, Hypothetical, Denied];

    private readonly HashSet<string> _included;

    private ModalityFilter(IEnumerable<string> included) => _included = new HashSet<string>(included, StringComparer.Ordinal);

    /// <summary>Asserted and intended events: what the reading commands show unless --modality says otherwise.</summary>
    public static readonly ModalityFilter Default = new([Asserted, Intended]);

    public static readonly ModalityFilter All = new(Names);

    /// <summary>The included modalities, in <see cref="Names"/> order.</summary>
    public IReadOnlyList<string> Included => Names.Where(_included.Contains).ToList();

    public bool IsAll => _included.Count == Names.Count;

    /// <summary>
    /// An event's modality is included; one with none (an event imported from another dataset without it) counts as
    /// asserted, the way event datasets without modality report their events.
    /// </summary>
    public bool Includes(string modality) => _included.Contains(modality.Length == 0 ? Asserted : modality);

    /// <summary>"all", or modalities separated by commas (any case); a FormatException names an unknown one and lists the known.</summary>
    public static ModalityFilter Parse(string text)
    {
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => n.ToLowerInvariant()).ToList();
        if (names is ["all"]) return All;
        if (names.Count == 0)
            throw new FormatException($"--modality \"{text}\": empty; expected all, or some of {string.Join(", ", Names)} separated by commas");
        foreach (var name in names)
            if (!Names.Contains(name))
                throw new FormatException($"--modality \"{text}\": unknown modality \"{name}\"; expected all, or some of {string.Join(", ", Names)} separated by commas");
        return new ModalityFilter(names);
    }

    /// <summary>The most factual of the modalities a merged event's reports give it.</summary>
    public static string MostFactual(IEnumerable<string> modalities)
    {
        var given = modalities.ToList();
        return Names.FirstOrDefault(given.Contains) ?? given.FirstOrDefault() ?? "";
    }

    public override string ToString() => IsAll ? "all" : string.Join(",", Included);
}
