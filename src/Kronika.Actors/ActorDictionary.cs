using AnyAscii;
using System.Globalization;
using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Actors;

/// <summary>
/// Every phrase Kronika knows as an actor, from the tables of data/actors/ (countries,
/// territories, organisations, regions, people, role words, pair phrases), indexed as a
/// token trie for longest-match lookup, then the PETRARCH/Phoenix dictionaries of data/actors/petrarch/ (ActorDictionary.Petrarch.cs).
/// Users extend it with their own files in the same formats, PETRARCH's included.
/// </summary>
public sealed partial class ActorDictionary
{
    private readonly TrieNode _root = new();
    private readonly Tokenizer _tokenizer;

    public ActorDictionary(Tokenizer tokenizer) => _tokenizer = tokenizer;

    public int Count { get; private set; }

    internal sealed class TrieNode
    {
        public Dictionary<string, TrieNode>? Children;
        public List<(ActorEntry Entry, string[] ExactCase)>? Entries;
    }

    /// <summary>The tables a dictionary is made of, by file name, with their loaders (countries first: the others may refer to them).</summary>
    private (string File, Action<string> Load)[] Tables() =>
    [
        ("countries.tsv", LoadCountries),
        ("territories.tsv", LoadTerritories),
        ("groups.tsv", LoadTerritories),
        ("organizations.tsv", LoadOrganizations),
        ("regions.tsv", LoadRegions),
        ("people.tsv", LoadPeople),
        ("roles.tsv", LoadRoles),
        ("pairs.txt", LoadPairs),
        ("homonyms.tsv", LoadHomonyms),
        ("not-actors.txt", LoadNotActors),
        ("state-acts.txt", LoadStateActs),
    ];

    /// <summary>
    /// Loads the shipped tables from data/actors/ (countries.tsv is required, the others are skipped when missing),
    /// then each user file or folder of <paramref name="extra"/> (`kronika run --actors FILE`).
    /// </summary>
    public static ActorDictionary LoadDefault(Tokenizer tokenizer, IEnumerable<string>? extra = null)
    {
        var dictionary = new ActorDictionary(tokenizer);
        var dir = Path.Combine(DataDirectory.Path, "actors");
        dictionary.LoadCountries(DataDirectory.File("actors", "countries.tsv"));
        foreach (var (file, load) in dictionary.Tables().Skip(1))
        {
            var path = Path.Combine(dir, file);
            if (File.Exists(path)) load(path);
        }
        dictionary.LoadShippedPetrarch(Path.Combine(dir, "petrarch"));
        foreach (var path in extra ?? []) dictionary.LoadUserTables(path);
        return dictionary;
    }

    /// <summary>
    /// A user's own table, in the format of the shipped table its name ends with ("my-people.tsv" is read as
    /// people.tsv), or a folder of such tables. Anything else is an error naming the file.
    /// </summary>
    public void LoadUserTables(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path).Where(f => Tables().Any(t => Path.GetFileName(f).EndsWith(t.File, StringComparison.OrdinalIgnoreCase)) || DetectPetrarch(f) is not null).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0) throw new FileNotFoundException($"{path}: no actor tables in this folder (names must end with {string.Join(", ", Tables().Select(t => t.File))})", path);
            foreach (var file in files) LoadUserTables(file);
            return;
        }
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such actor table", path);
        var table = Tables().FirstOrDefault(t => Path.GetFileName(path).EndsWith(t.File, StringComparison.OrdinalIgnoreCase));
        // A Kronika table's name wins ("my-not-actors.txt"); any other file may be a PETRARCH dictionary.
        if (table.Load is null && DetectPetrarch(path) is { } petrarch) { LoadPetrarch(path, petrarch); return; }
        if (table.Load is null)
            throw new FormatException($"{path}: an actor table's name must end with one of {string.Join(", ", Tables().Select(t => t.File))}, which says its format, or be a PETRARCH dictionary (.actors, .agents, discards)");
        table.Load(path);
    }

    /// <summary>not-actors.txt: fixed expressions whose place words name no actor ("French fries", "Brazil nuts").</summary>
    public void LoadNotActors(string path)
    {
        foreach (var phrase in File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'))
            Add(phrase, new ActorEntry(EntryKind.NotActor, "", "", phrase));
    }

    private static string[] List(string[] fields, int index) =>
        index < fields.Length ? fields[index].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index].Trim() : "";

    /// <summary>countries.tsv: code, name, aliases, adjectives, capitals; "the Turkish capital" names the capital, as "Ankara" does.</summary>
    public void LoadCountries(string path)
    {
        foreach (var (line, f) in Rows(path, 2))
        {
            var code = Field(f, 0);
            var name = Field(f, 1);
            AddNamed(EntryKind.Name, code, "", name, List(f, 2), List(f, 3));
            foreach (var phrase in List(f, 4).Concat(List(f, 3).Select(adjective => adjective + " capital"))) Add(phrase, new ActorEntry(EntryKind.Capital, code, "GOV", name));
        }
    }

    /// <summary>territories.tsv: name, aliases, adjectives, country, role.</summary>
    public void LoadTerritories(string path)
    {
        foreach (var (line, f) in Rows(path, 4))
        {
            AddNamed(EntryKind.Name, Field(f, 3), Field(f, 4), Field(f, 0), List(f, 1), List(f, 2));
        }
    }

    /// <summary>organizations.tsv: code, name, aliases, adjectives. Organisations are country "IGO".</summary>
    public void LoadOrganizations(string path)
    {
        foreach (var (line, f) in Rows(path, 2))
        {
            var name = Field(f, 1);
            AddNamed(EntryKind.Organization, "IGO", "", name, [.. List(f, 2), .. List(f, 3)], []);
        }
    }

    /// <summary>regions.tsv: code, name, aliases, adjectives.</summary>
    public void LoadRegions(string path)
    {
        foreach (var (line, f) in Rows(path, 2))
        {
            AddNamed(EntryKind.Region, Field(f, 0), "", Field(f, 1), List(f, 2), List(f, 3));
            _regionCodes.Add(Field(f, 0));
        }
    }

    private readonly HashSet<string> _regionCodes = new(StringComparer.Ordinal);

    /// <summary>Whether a code is a region's (regions.tsv: "EUR", "AFR"), not a state's.</summary>
    public bool IsRegion(string code) => _regionCodes.Contains(code);

    /// <summary>Adds an actor's name, its aliases (as <paramref name="kind"/>) and its adjectives and demonyms.</summary>
    private void AddNamed(EntryKind kind, string country, string role, string name, string[] aliases, string[] adjectives)
    {
        foreach (var phrase in aliases.Prepend(name)) Add(phrase, new ActorEntry(kind, country, role, name));
        foreach (var phrase in adjectives) Add(phrase, new ActorEntry(EntryKind.Adjective, country, role, name, Plural: IsPluralDemonym(phrase)));
    }

    /// <summary>people.tsv: name, variants, country, role, title, start, end.</summary>
    public void LoadPeople(string path)
    {
        foreach (var (line, f) in Rows(path, 6))
        {
            var name = Field(f, 0);
            var from = ParseDate(Field(f, 5), start: true, path, line);
            var to = ParseDate(Field(f, 6), start: false, path, line);
            var entry = new ActorEntry(EntryKind.Person, Field(f, 2), Field(f, 3), name, From: from, To: to, Office: Field(f, 4));
            foreach (var phrase in List(f, 1).Prepend(name)) Add(phrase, entry);
            RememberOffice(entry);
        }
    }

    /// <summary>
    /// Nouns that name a force only as led or backed by a state ("Saudi-led coalition": the leader's forces; "the coalition"
    /// alone may be a governing one), with the role they then have (roles.tsv kind "led").
    /// </summary>
    public IReadOnlyDictionary<string, string> LedGroups => _ledGroups;
    private readonly Dictionary<string, string> _ledGroups = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>roles.tsv: phrase, role, kind (title, group or led).</summary>
    public void LoadRoles(string path)
    {
        foreach (var (line, f) in Rows(path, 3))
        {
            if (Field(f, 2) == "led")
            {
                _ledGroups[Field(f, 0)] = Field(f, 1);
                continue;
            }
            var kind = Field(f, 2) switch
            {
                "title" => EntryKind.Title,
                "group" => EntryKind.Group,
                var other => throw new FormatException($"{path}:{line}: kind must be 'title', 'group' or 'led', not '{other}'"),
            };
            var phrase = Field(f, 0);
            Add(phrase, new ActorEntry(kind, "", Field(f, 1), phrase, Plural: kind == EntryKind.Group && phrase.EndsWith('s')));
        }
    }

    /// <summary>Place names shared with a place elsewhere, with the cues that signal that other place.</summary>
    public IReadOnlyList<Homonym> Homonyms => _homonyms;
    private readonly List<Homonym> _homonyms = [];

    /// <summary>homonyms.tsv: name, country of the other place, its cues, cues of the dictionary's own place.</summary>
    public void LoadHomonyms(string path)
    {
        foreach (var (line, f) in Rows(path, 3))
            _homonyms.Add(new Homonym(Field(f, 0), Field(f, 1), List(f, 2), List(f, 3)));
    }

    /// <summary>state-acts.txt: nouns (lemmas) of acts a state does, whose nationality adjective names its government ("US claims").</summary>
    public void LoadStateActs(string path)
    {
        foreach (var noun in File.ReadLines(path).Select(l => l.Split('#')[0].Trim().ToLowerInvariant()).Where(l => l.Length > 0))
            _stateActs.Add(noun);
    }

    private readonly HashSet<string> _stateActs = new(StringComparer.Ordinal);

    /// <summary>Whether a noun (its lemma) names an act a state does (state-acts.txt).</summary>
    public bool IsStateAct(string lemma) => _stateActs.Contains(lemma);

    /// <summary>pairs.txt: one phrase a line that refers to the two sides last mentioned.</summary>
    public void LoadPairs(string path)
    {
        foreach (var phrase in File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'))
            Add(phrase, new ActorEntry(EntryKind.Pair, "", "", phrase, Plural: true));
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(string path, int minFields)
    {
        foreach (var row in DataDirectory.ReadTable(path))
        {
            if (row.Fields.Length < minFields)
                throw new FormatException($"{path}:{row.Line}: expected at least {minFields} tab-separated fields, found {row.Fields.Length}");
            yield return row;
        }
    }

    private static DateOnly? ParseDate(string text, bool start, string path, int line)
    {
        if (text.Length == 0) return null;
        if (!PartialDate.TryParseIso(text, out var date))
            throw new FormatException($"{path}:{line}: '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        return start ? date.First : date.Last;
    }

    private static bool IsPluralDemonym(string phrase) => phrase.EndsWith('s') && !phrase.EndsWith("ese") && !phrase.EndsWith("ss");

    /// <summary>Adds a phrase as written ("the West" needs its "the"); all-capital tokens ("US", "UN") must match exactly.</summary>
    public void Add(string phrase, ActorEntry entry) => Add(_tokenizer.Tokenize(phrase), entry);

    private void Add(IReadOnlyList<Token> tokens, ActorEntry entry)
    {
        if (tokens.Count == 0) return;
        var node = _root;
        foreach (var token in tokens)
        {
            node.Children ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
            var key = Fold(token.Text);
            if (!node.Children.TryGetValue(key, out var child))
                node.Children[key] = child = new TrieNode();
            node = child;
        }
        var exact = tokens.Select(t => IsAcronym(t.Text) ? t.Text : "").ToArray();
        node.Entries ??= [];
        if (!node.Entries.Any(e => e.Entry == entry)) node.Entries.Add((entry, exact));
        Count++;
    }

    /// <summary>Lowercase with diacritics removed and typographic apostrophes made plain, so "Tbilisi’s" and "Tbilisi's" match.</summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        foreach (var c in lower)
            if (c >= 128)
                // Transliterated, not merely stripped of marks: "Erdoğan", "Łukaszenka", "Зеленский" all meet their ASCII spellings.
                return lower.Transliterate().ToLowerInvariant();
        return lower;
    }

    /// <summary>A token's folded form; the lowercase form it already has when that is plain ASCII (no allocation on the hot path).</summary>
    private static string FoldToken(in Token token)
    {
        foreach (var c in token.Lower)
            if (c >= 128) return Fold(token.Text);
        return token.Lower;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>: its token length and entries (null when none).</summary>
    public (int Length, IReadOnlyList<ActorEntry>? Entries) LongestMatch(ReadOnlySpan<Token> tokens, int start, Func<EntryKind, bool>? accept = null)
    {
        var node = _root;
        int bestLength = 0;
        List<ActorEntry>? best = null;
        for (int i = start; i < tokens.Length; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(FoldToken(tokens[i]), out node)) break;
            if (node.Entries is null) continue;
            List<ActorEntry>? matching = null;
            foreach (var (entry, exact) in node.Entries)
            {
                if (accept is not null && !accept(entry.Kind)) continue;
                if (!CaseMatches(tokens, start, i - start + 1, entry, exact)) continue;
                (matching ??= []).Add(entry);
            }
            if (matching is not null)
            {
                bestLength = i - start + 1;
                best = matching;
            }
        }
        return (bestLength, best);
    }

    private Dictionary<(char, int), List<(string Name, int Tokens, List<ActorEntry> Entries)>>? _fuzzy;

    /// <summary>
    /// Names spelled slightly wrong ("Saakshavili", "Benjamin Netanyhau", "Afganistan"): the closest person's
    /// full name or country name, when at least <see cref="FuzzyThreshold"/>% alike (FuzzySharp's ratio) and
    /// long enough that one or two wrong letters cannot make another name: full names of two or more words
    /// of ten letters or more, single names of seven letters or more. Both must start with the same letters.
    /// </summary>
    public (int Length, IReadOnlyList<ActorEntry>? Entries, int Score) FuzzyMatch(ReadOnlySpan<Token> tokens, int start)
    {
        _fuzzy ??= BuildFuzzyIndex();
        int capitalized = 0;
        while (start + capitalized < tokens.Length && capitalized < 4 && tokens[start + capitalized].IsWord && tokens[start + capitalized].IsCapitalized
               && tokens[start + capitalized].Pos == PartOfSpeech.Propn) capitalized++;
        for (int n = capitalized; n >= 1; n--)
        {
            var words = new string[n];
            for (int k = 0; k < n; k++) words[k] = FoldToken(tokens[start + k]);
            var text = string.Join(' ', words);
            if (text.Length < (n == 1 ? 7 : 10)) continue;
            int bestScore = 0;
            List<ActorEntry>? best = null;
            for (int length = text.Length - 2; length <= text.Length + 2; length++)
            {
                if (!_fuzzy.TryGetValue((text[0], length), out var bucket)) continue;
                foreach (var (name, count, entries) in bucket)
                {
                    if (count != n || name[0] != text[0]) continue;
                    // The last word (the surname, or the one word) must start alike too: "Kaka Karadze" is not "Kaka Kaladze"'s neighbour "Kakha Kaladze" by first name alone.
                    if (n > 1 && name[name.LastIndexOf(' ') + 1] != words[^1][0]) continue;
                    int score = FuzzySharp.Fuzz.Ratio(text, name);
                    if (score > bestScore) (bestScore, best) = (score, entries);
                }
            }
            if (bestScore >= FuzzyThreshold && bestScore < 100) return (n, best, bestScore);
        }
        return (0, null, 0);
    }

    public const int FuzzyThreshold = 88;

    private Dictionary<(char, int), List<(string, int, List<ActorEntry>)>> BuildFuzzyIndex()
    {
        var index = new Dictionary<(char, int), List<(string, int, List<ActorEntry>)>>();
        var seen = new Dictionary<string, List<ActorEntry>>(StringComparer.Ordinal);
        void Walk(TrieNode node, List<string> path)
        {
            if (node.Entries is not null)
            {
                var fuzzyEntries = node.Entries.Select(e => e.Entry)
                    .Where(e => (e.Kind == EntryKind.Person && path.Count >= 2) || (e.Kind == EntryKind.Name && path.Count == 1))
                    // Kronika's own names only: near spellings of 20,000 Phoenix office holders would meet names of people no table knows.
                    .Where(e => !_petrarchOwned.Contains(e)).ToList();
                if (fuzzyEntries.Count > 0)
                {
                    var name = string.Join(' ', path);
                    if (!seen.TryGetValue(name, out var list))
                    {
                        seen[name] = list = [];
                        var key = (name[0], name.Length);
                        if (!index.TryGetValue(key, out var bucket)) index[key] = bucket = [];
                        bucket.Add((name, path.Count, list));
                    }
                    list.AddRange(fuzzyEntries);
                }
            }
            if (node.Children is null) return;
            foreach (var (word, child) in node.Children)
            {
                path.Add(word);
                Walk(child, path);
                path.RemoveAt(path.Count - 1);
            }
        }
        Walk(_root, []);
        return index;
    }
}
