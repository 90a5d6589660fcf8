using System.Runtime.InteropServices;
using Kronika.Actors.Dictionaries;
using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Actors;

/// <summary>The three PETRARCH dictionary formats Kronika reads.</summary>
public enum PetrarchFormat : byte { Actors, Agents, Discards }

// The PETRARCH/Phoenix dictionaries, read after Kronika's own tables: Kronika's entries win where both name a phrase.
public sealed partial class ActorDictionary
{
    private PetrarchCodes? _petrarchCodes;
    private HashSet<string>? _petrarchSkips;

    /// <summary>How many phrases of PETRARCH dictionaries were added, and how many were left out (known already, or noise).</summary>
    public int PetrarchAdded { get; private set; }
    public int PetrarchSkipped { get; private set; }

    /// <summary>The format of a PETRARCH dictionary, by its name (".actors", "agents", "discards") or else by its first entries.</summary>
    public static PetrarchFormat? DetectPetrarch(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.Contains("discard")) return PetrarchFormat.Discards;
        if (name.Contains(".agents") || name.EndsWith("agents.txt")) return PetrarchFormat.Agents;
        if (name.Contains(".actors") || name.EndsWith(".actor") || name.EndsWith("actors.txt")) return PetrarchFormat.Actors;
        if (name.EndsWith(".tsv")) return null;
        // By content: agent codes carry a '~' ("[~GOV]"), actor records '+' synonyms or codes without one.
        foreach (var line in PetrarchText.Lines(path).Take(50))
        {
            var text = line.Text.Trim();
            if (text.Contains("[~") || text.Contains("~]")) return PetrarchFormat.Agents;
            if (text.Contains('[') || text.StartsWith('+')) return PetrarchFormat.Actors;
        }
        return null;
    }

    /// <summary>The shipped PETRARCH dictionaries of data/actors/petrarch/, when that folder is there.</summary>
    private void LoadShippedPetrarch(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.GetFiles(folder, "Phoenix.*.txt").Order(StringComparer.Ordinal))
            if (DetectPetrarch(file) is { } format) LoadPetrarch(file, format);
    }

    public void LoadPetrarch(string path, PetrarchFormat format)
    {
        _petrarchCodes ??= PetrarchCodes.LoadDefault();
        _petrarchSkips ??= LoadSkips();
        switch (format)
        {
            case PetrarchFormat.Actors:
                // Records are prepared in parallel (mapped, tokenized, checked against Kronika's tables, which nothing writes
                // meanwhile), then added in the file's order: startup time counts, and the country file has 30,000 phrases.
                foreach (var phrase in PetrarchActorReader.Read(path).AsParallel().AsOrdered().SelectMany(PrepareActor).ToList()) Insert(phrase);
                break;
            case PetrarchFormat.Agents:
                foreach (var forms in PetrarchAgentReader.Read(path).GroupBy(a => a.Line)) AddPetrarchAgent([.. forms]);
                break;
            case PetrarchFormat.Discards:
                foreach (var discard in PetrarchDiscardReader.Read(path))
                    AddPetrarch(discard.Phrase.ToLowerInvariant(), [new ActorEntry(EntryKind.NotActor, "", "", discard.Phrase.ToLowerInvariant())]);
                break;
        }
    }

    private static HashSet<string> LoadSkips()
    {
        var path = Path.Combine(DataDirectory.Path, "actors", "petrarch", "not-used.txt");
        return File.Exists(path)
            ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Select(Fold).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    /// <summary>
    /// An actor record. A record with dated codes is a person: each full name (two words or more; a bare surname
    /// would make "Brown" or "Lee" an actor) becomes a dated office, the undated default code last, for when no term
    /// covers the article's date. Other records name organisations (IGO..., NGO...), groups and institutions with a
    /// role ("AFGHAN NATIONAL ARMY" AFGMIL), companies (MNC...) or countries; their one-word names must not be words.
    /// </summary>
    private List<PreparedPhrase> PrepareActor(PetrarchActor record)
    {
        var prepared = new List<PreparedPhrase>(record.Phrases.Count);
        var codes = record.Codes.Where(c => !c.IsNull).Select(c => (c, Mapped: _petrarchCodes!.Actor(c.Code))).Where(c => c.Mapped is not null).ToList();
        if (codes.Count == 0)
        {
            prepared.AddRange(record.Phrases.Select(_ => PreparedPhrase.LeftOut));
            return prepared;
        }
        bool person = record.Codes.Any(c => !c.IsDefault);
        var name = PhoenixCase(record.Phrases[0]);
        var entries = new List<ActorEntry>();
        foreach (var (code, mapped) in codes.OrderBy(c => c.c.IsDefault))
        {
            var (country, role, organization) = mapped!.Value;
            // An office of an organisation ("IGOUNO" for Ban Ki-moon) is its government, as people.tsv has it.
            if (person && organization && role.Length == 0) role = "GOV";
            entries.Add(person ? new ActorEntry(EntryKind.Person, country, role, name, From: code.From, To: code.To)
                : new ActorEntry(organization ? EntryKind.Organization : EntryKind.Name, country, role, name));
            if (!person) break;
        }
        foreach (var phrase in record.Phrases)
        {
            int words = phrase.Count(c => c == ' ') + 1;
            // One word: a person's surname, or a place name such as "Mobile" or "Victoria": both make false actors.
            // Countries are Kronika's own (countries.tsv); what a country record adds is its longer names.
            bool usable = words >= 2 && !(entries[0].Kind == EntryKind.Name && entries[0].Role.Length == 0 && !person && IsCity(phrase));
            prepared.Add(usable ? Prepare(PhoenixCase(phrase), entries, person, phrase) : PreparedPhrase.LeftOut);
        }
        return prepared;
    }

    /// <summary>A country record's multi-word phrase that does not contain the country's name is a city or a province.</summary>
    private bool IsCity(string phrase) => !PhoenixCase(phrase).Split(' ').Any(w => LongestMatch([new Token(0, w.Length, w, TokenKind.Word)], 0, k => k is EntryKind.Name or EntryKind.Adjective).Entries is not null);

    /// <summary>
    /// The forms of one agent line as Kronika role words (group nouns: used only where role words are, after a nationality,
    /// "the", "its"...). Phoenix lists many plain nouns as agents ("child", "village", "sovereign", "revolt"), so a form is
    /// taken only where Kronika already has the word as a role: a one-word agent when Kronika has its other number with the
    /// same role ("striker" beside "strikers"), a longer one when Kronika has its head noun ("riot police", not "military presence").
    /// </summary>
    private void AddPetrarchAgent(PetrarchAgent[] forms)
    {
        if (forms[0].BeforeActor || _petrarchCodes!.Role(forms[0].Code) is not { } role) { PetrarchSkipped += forms.Length; return; }
        foreach (var agent in forms)
        {
            var phrase = agent.Phrase.ToLowerInvariant();
            // "THE COURT": Kronika's role words carry no article; the recognizer reads "the court" as the last court named.
            if (phrase.StartsWith("the ")) phrase = phrase[4..];
            int space = phrase.LastIndexOf(' ');
            bool usable = space < 0
                ? forms.Any(f => f != agent && !f.Phrase.Contains(' ') && KronikaRole(f.Phrase.ToLowerInvariant()) == role)
                : NumberForms(phrase[(space + 1)..]).Any(head => KronikaRole(head) is not null);
            if (!usable) { PetrarchSkipped++; continue; }
            AddPetrarch(phrase, [new ActorEntry(EntryKind.Group, "", role, phrase, Plural: agent.Plural)]);
        }
    }

    /// <summary>A noun and its regular other number: "forces" and "force", "academy" and "academies".</summary>
    private static IEnumerable<string> NumberForms(string noun)
    {
        yield return noun;
        yield return PetrarchAgentReader.RegularPlural(noun).ToLowerInvariant();
        if (noun.EndsWith("ies")) yield return noun[..^3] + "y";
        else if (noun.EndsWith("sses")) yield return noun[..^2];
        else if (noun.EndsWith('s')) yield return noun[..^1];
    }

    /// <summary>The role Kronika's own roles.tsv gives a phrase, or null.</summary>
    private string? KronikaRole(string phrase) =>
        KronikaEntries(phrase).FirstOrDefault(e => e.Kind is EntryKind.Group or EntryKind.Title)?.Role;

    /// <summary>A phrase ready to join the trie, with its tokens and entries; no tokens when it is left out.</summary>
    private readonly record struct PreparedPhrase(List<Token>? Tokens, List<ActorEntry> Entries)
    {
        public static readonly PreparedPhrase LeftOut = new(null, []);
    }

    /// <summary>Adds a phrase unless Kronika's own tables already name it or not-used.txt leaves it out.</summary>
    private void AddPetrarch(string phrase, List<ActorEntry> entries) => Insert(Prepare(phrase, entries));

    /// <summary>A phrase tokenized once for all its entries, or left out; reads the trie only, so records may be prepared in parallel.</summary>
    private PreparedPhrase Prepare(string phrase, List<ActorEntry> entries, bool person = false, string? written = null)
    {
        var tokens = _tokenizer.Tokenize(phrase);
        if (_petrarchSkips!.Contains(Fold(phrase)) || KronikaEntries(tokens).Any()) return PreparedPhrase.LeftOut;
        // "SECRETARY-GENERAL BAN KI-MOON", "PRESIDENT KARZAI", "SENATE FOREIGN RELATIONS COMMITTEE CHAIRMAN BOB CORKER":
        // Kronika composes a title, body or nationality with a name itself, and the text's title decides the role
        // ("former president X"); a name that swallowed what comes before it would override that.
        if (person && LongestMatch(CollectionsMarshal.AsSpan(tokens), 0, kind => kind is not (EntryKind.Person or EntryKind.NotActor)).Length is > 0 and var title && title < tokens.Count)
            return PreparedPhrase.LeftOut;
        if (person && written is not null && OpensWithAcronymBodyAndTitle(written, tokens)) return PreparedPhrase.LeftOut;
        return new PreparedPhrase(tokens, entries);
    }

    /// <summary>
    /// "CIA DIRECTOR JOHN BRENNAN": a body known by its acronym, a title, a name. <see cref="PhoenixCase"/> writes the
    /// acronym as a word ("Cia"), which the body's entry does not match, so the body is looked for as the file writes it;
    /// the title after it must follow too, so that a first name spelled like an acronym ("IRA") keeps its person.
    /// </summary>
    private bool OpensWithAcronymBodyAndTitle(string written, List<Token> cased)
    {
        var raw = _tokenizer.Tokenize(written);
        int body = LongestMatch(CollectionsMarshal.AsSpan(raw), 0, kind => kind is EntryKind.Name or EntryKind.Organization).Length;
        return body > 0 && body < cased.Count && raw.Count == cased.Count
            && LongestMatch(CollectionsMarshal.AsSpan(cased), body, kind => kind == EntryKind.Title).Length > 0;
    }

    private void Insert(PreparedPhrase phrase)
    {
        if (phrase.Tokens is null) { PetrarchSkipped++; return; }
        foreach (var entry in phrase.Entries)
        {
            _petrarchOwned.Add(entry);
            Add(phrase.Tokens, entry);
        }
        PetrarchAdded++;
    }

    /// <summary>The entries Kronika's own tables give a phrase (PETRARCH's are left out: a person's second office may add to them).</summary>
    private IEnumerable<ActorEntry> KronikaEntries(string phrase) => KronikaEntries(_tokenizer.Tokenize(phrase));

    private IEnumerable<ActorEntry> KronikaEntries(IReadOnlyList<Token> tokens)
    {
        var node = _root;
        foreach (var token in tokens)
            if (node.Children is null || !node.Children.TryGetValue(Fold(token.Text), out node)) return [];
        return node.Entries is { } entries ? entries.Select(e => e.Entry).Where(e => !_petrarchOwned.Contains(e)) : [];
    }

    private readonly HashSet<ActorEntry> _petrarchOwned = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether the person named at <paramref name="start"/>, in office at the date, comes from a PETRARCH dictionary.</summary>
    public bool IsPetrarchPerson(ReadOnlySpan<Token> tokens, int start, DateOnly? date) =>
        LongestMatch(tokens, start, kind => kind == EntryKind.Person).Entries?.FirstOrDefault(e => e.ValidOn(date)) is { } person && _petrarchOwned.Contains(person);

    /// <summary>
    /// "MOHAMMAD ZAHIR SHAH" as "Mohammad Zahir Shah": the Phoenix files are upper case, and Kronika matches short
    /// all-capital words exactly ("US", "UN"). Words with a full stop ("U.N.") or without a vowel ("ANSF" has one, "NRC" not) stay capitals.
    /// </summary>
    private static string PhoenixCase(string words) =>
        string.Join(' ', words.Split(' ').Select(w => w.Contains('.') || !w.Any(c => "AEIOUYaeiouy".Contains(c)) ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
