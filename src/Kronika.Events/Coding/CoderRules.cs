namespace Kronika.Events;

/// <summary>One row of data/rules/recodings.tsv: a candidate of a code of <c>From</c> (codes or roots <c>19*</c>, separated by commas) meeting every condition takes code <c>To</c>, or is dropped when <c>To</c> is null.</summary>
public sealed record Recoding(string Name, string From, string? To, IReadOnlyList<(string Kind, string Argument)> Conditions, string Where)
{
    /// <summary>The component name the rule trail shows: "recode:official-complaint", "drop:weapon-visit".</summary>
    public string ComponentName => (To is null ? "drop:" : "recode:") + Name;

    public bool AppliesTo(CameoCode cameo) => From.Split(',').Any(code => CodeSet.Matches(code, cameo.Code));
}

public enum EventRuleAction { Drop, SourceRole, TargetRole }

/// <summary>One row of data/rules/event-rules.tsv: an event of one of the codes meeting every condition is dropped or has a role changed.</summary>
public sealed record EventRule(string Name, IReadOnlyList<string> Codes, IReadOnlyList<string> Except, IReadOnlyList<(string Kind, string[] Values)> Conditions,
    EventRuleAction Action, string Role, string Where)
{
    /// <summary>The name the rule trail shows: "role:military-agreement-is-government", "drop:civilian-visit".</summary>
    public string TrailName => (Action == EventRuleAction.Drop ? "drop:" : "role:") + Name;

    public bool AppliesTo(CameoCode cameo) => Codes.Any(c => CodeSet.Matches(c, cameo.Code)) && !Except.Any(c => CodeSet.Matches(c, cameo.Code));
}

/// <summary>
/// The event coder's editable rules: the word sets of data/rules/word-sets.tsv, the code sets of code-sets.tsv, the
/// re-codings and drops of recodings.tsv and the per-event rules of event-rules.tsv. A malformed row is an error naming the file and line.
/// </summary>
public sealed class CoderRules
{
    /// <summary>The sets the coder consults; a set a file leaves out is empty.</summary>
    public static readonly string[] SetNames =
    [
        "prepositions", "coordinators", "asking-nouns", "weapons", "clause-openers", "locatives", "determiners", "proposal-nouns",
        "promise-verbs", "background-words", "reporting-verbs", "news-reactions", "place-nouns", "exchange-verbs", "shared-things", "mutual-words",
        "sequence-adverbs", "noun-makers", "time-and-cause-cases", "circumstances", "work-nouns", "noncommittal-verbs", "describing-verbs", "backing-verbs", "claim-nouns", "explosives", "attack-nouns", "peacekeepers", "attempt-verbs", "two-sided-verbs", "fight-nouns", "reason-prepositions", "killing-words", "office-titles",
        "opponent-nouns", "critic-words", "answer-nouns", "campaign-phrases",
        "argument-relations", "modifier-relations", "document-nouns",
    ];

    public static readonly string[] Conditions = ["all-sources-role", "source-word-in", "later-coded-content", "in-appositive", "in-quoted-title-after", "coordinated-with", "object-of", "two-sides-of", "kills", "target-word-in", "target-person-role", "always"];

    /// <summary>The recoding conditions that name a word set of word-sets.tsv.</summary>
    private static readonly string[] SetConditions = ["source-word-in", "in-quoted-title-after", "coordinated-with", "object-of", "two-sides-of", "kills", "target-word-in"];

    /// <summary>The recoding conditions whose argument is a role or a list of roles.</summary>
    private static readonly string[] RoleConditions = ["all-sources-role", "target-person-role"];

    private readonly Dictionary<string, HashSet<string>> sets;
    private readonly Dictionary<string, CodeSet> codeSets;

    public IReadOnlyList<Recoding> Recodings { get; }

    /// <summary>The per-event rules of data/rules/event-rules.tsv, in file order.</summary>
    public IReadOnlyList<EventRule> EventRules { get; }

    private CoderRules(Dictionary<string, HashSet<string>> sets, Dictionary<string, CodeSet> codeSets, IReadOnlyList<Recoding> recodings, IReadOnlyList<EventRule> eventRules) =>
        (this.sets, this.codeSets, Recodings, EventRules) = (sets, codeSets, recodings, eventRules);

    /// <summary>A code set of code-sets.tsv (every one of <see cref="CodeSet.Names"/> is loaded).</summary>
    public CodeSet Codes(string name) => codeSets.TryGetValue(name, out var set) ? set : throw new ArgumentException($"no code set {name}", nameof(name));

    /// <summary>The words of a set (empty when the file has no row for it).</summary>
    public HashSet<string> Set(string name) =>
        sets.TryGetValue(name, out var words) ? words : SetNames.Contains(name) ? new HashSet<string>(StringComparer.Ordinal) : throw new ArgumentException($"no word set {name}", nameof(name));

    public static CoderRules LoadDefault(Codebook codebook) =>
        Load(DataDirectory.File("rules", "word-sets.tsv"), DataDirectory.File("rules", "recodings.tsv"), codebook);

    /// <summary>The given word sets and re-codings, with the shipped event-rules.tsv.</summary>
    public static CoderRules Load(string wordSetsPath, string recodingsPath, Codebook codebook) =>
        Load(wordSetsPath, recodingsPath, DataDirectory.File("rules", "event-rules.tsv"), codebook);

    public static CoderRules Load(string wordSetsPath, string recodingsPath, string eventRulesPath, Codebook codebook) =>
        new(LoadWordSets(wordSetsPath), CodeSet.Load(DataDirectory.File("rules", "code-sets.tsv"), codebook),
            LoadRecodings(recodingsPath, codebook), LoadEventRules(eventRulesPath, codebook));

    public static readonly string[] EventConditions = ["source-role", "target-role", "source-head", "target-head", "trigger-lemma", "always"];

    /// <summary>
    /// Reads name, codes, conditions, action; a code the codebook lacks, an unknown condition, head kind or action, or a
    /// repeated name is an error naming the file and line.
    /// </summary>
    public static List<EventRule> LoadEventRules(string path, Codebook codebook)
    {
        var rules = new List<EventRule>();
        foreach (var (line, fields) in DataDirectory.ReadTable(path))
        {
            string at = $"{path}:{line}";
            if (fields.Length < 4 || fields.Take(4).Any(f => f.Trim().Length == 0))
                throw new FormatException($"{at}: expected a name, codes, conditions and an action");
            var (name, codesField, conditionsField, actionField) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim());
            var included = new List<string>();
            var excluded = new List<string>();
            foreach (var code in codesField.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                bool not = code.StartsWith('!');
                var bare = not ? code[1..] : code;
                if (!CodeSet.IsCodeOrRoot(codebook, bare))
                    throw new FormatException($"{at}: \"{code}\" is no CAMEO code or root");
                (not ? excluded : included).Add(bare);
            }
            if (included.Count == 0) throw new FormatException($"{at}: expected at least one code or root");
            var conditions = new List<(string Kind, string[] Values)>();
            foreach (var condition in conditionsField.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var (kind, argument) = KindAndArgument(condition);
                if (!EventConditions.Contains(kind) || (kind == "always") != (argument.Length == 0))
                    throw new FormatException($"{at}: unknown condition \"{condition}\"; the conditions are source-role=ROLE, target-role=ROLE, source-head=KIND,..., target-head=KIND,..., trigger-lemma=LEMMA,..., always");
                var values = argument.Split(',', StringSplitOptions.RemoveEmptyEntries);
                if (kind.EndsWith("-head", StringComparison.Ordinal) && values.FirstOrDefault(v => !Enum.TryParse<Kronika.Actors.EntryKind>(v, ignoreCase: true, out _)) is { } badKind)
                    throw new FormatException($"{at}: unknown mention kind \"{badKind}\"; the kinds are {string.Join(", ", Enum.GetNames<Kronika.Actors.EntryKind>()).ToLowerInvariant()}");
                if (kind.EndsWith("-role", StringComparison.Ordinal)) values = values.Select(v => v == "-" ? "" : v).ToArray();
                conditions.Add((kind, values));
            }
            string? role = null;
            var (actionKind, actionArgument) = KindAndArgument(actionField);
            if (actionKind is "source-role" or "target-role" && actionArgument.Length > 0) role = actionArgument == "-" ? "" : actionArgument;
            else if (actionField != "drop") throw new FormatException($"{at}: unknown action \"{actionField}\"; the actions are drop, source-role=ROLE, target-role=ROLE (- for none)");
            if (rules.Any(r => r.Name == name)) throw new FormatException($"{at}: rule \"{name}\" given twice");
            rules.Add(new EventRule(name, included, excluded, conditions, actionField == "drop" ? EventRuleAction.Drop : actionKind == "source-role" ? EventRuleAction.SourceRole : EventRuleAction.TargetRole, role ?? "", $"{Path.GetFileName(path)}:{line}"));
        }
        return rules;
    }

    /// <summary>"kind=argument" as its two parts; a field without "=" is a kind with an empty argument.</summary>
    private static (string Kind, string Argument) KindAndArgument(string field) =>
        field.IndexOf('=') is >= 0 and var eq ? (field[..eq], field[(eq + 1)..]) : (field, "");

    /// <summary>Reads set name and words (separated by spaces); an unknown or repeated set, or one without words, is an error.</summary>
    public static Dictionary<string, HashSet<string>> LoadWordSets(string path) =>
        NamedSets.Read(path, "word set", SetNames, "words").ToDictionary(p => p.Key, p => new HashSet<string>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Reads name, from, to, condition; a code the codebook lacks, an unknown condition or a repeated name is an error.</summary>
    public static List<Recoding> LoadRecodings(string path, Codebook codebook)
    {
        var recodings = new List<Recoding>();
        foreach (var (line, fields) in DataDirectory.ReadTable(path))
        {
            string where = $"{Path.GetFileName(path)}:{line}";
            if (fields.Length < 4 || fields.Take(4).Any(f => f.Trim().Length == 0))
                throw new FormatException($"{path}:{line}: expected a name, a from code, a to code (or -) and a condition");
            var (name, from, to, condition) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim());
            if (from.Split(',').FirstOrDefault(code => !CodeSet.IsCodeOrRoot(codebook, code)) is { } badFrom) throw new FormatException($"{path}:{line}: \"{badFrom}\" is no CAMEO code or root");
            if (to != "-" && !codebook.Contains(to)) throw new FormatException($"{path}:{line}: \"{to}\" is no CAMEO code (or - to drop)");
            // Several conditions, separated by spaces, must all hold.
            var conditions = new List<(string Kind, string Argument)>();
            foreach (var part in condition.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var (kind, argument) = KindAndArgument(part);
                if (!Conditions.Contains(kind) || (RoleConditions.Contains(kind) || SetConditions.Contains(kind)) == (argument.Length == 0))
                    throw new FormatException($"{path}:{line}: unknown condition \"{part}\"; the conditions are all-sources-role=ROLE, source-word-in=SET, later-coded-content, in-appositive, in-quoted-title-after=SET, coordinated-with=SET, object-of=SET, two-sides-of=SET, kills=SET, target-word-in=SET, target-person-role=ROLE,..., always");
                if (SetConditions.Contains(kind) && !SetNames.Contains(argument))
                    throw new FormatException($"{path}:{line}: unknown word set \"{argument}\"");
                conditions.Add((kind, argument));
            }
            if (recodings.Any(r => r.Name == name)) throw new FormatException($"{path}:{line}: rule \"{name}\" given twice");
            recodings.Add(new Recoding(name, from, to == "-" ? null : to, conditions, where));
        }
        return recodings;
    }
}
