using Kronika.Language;

namespace Kronika.Actors;

/// <summary>
/// Finds the actors of each sentence of a document and resolves them to CAMEO codes, the way
/// an analyst reads them: "Georgian Defence Minister Georgy Baramidze" is GEO GOV, "Russian aircraft"
/// RUS MIL, "Moscow" the Russian government, "Russians" Russian civilians. People named once with
/// their title are remembered for the rest of the document ("Mr Baramidze", "he").
/// </summary>
public sealed class ActorRecognizer(ActorDictionary dictionary)
{
    /// <summary>Words that may stand between a nationality and its role noun without changing it.</summary>
    private static readonly HashSet<string> RoleModifiers = new(StringComparer.Ordinal)
    {
        "senior", "top", "deputy", "acting", "interim", "chief", "new", "outgoing", "incoming", "former", "then", "own", "first",
        "vice", "high-ranking", "high-level", "leading", "national", "state", "federal", "central", "local", "regional", "two", "three", "four", "several", "some", "many",
    };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr." };

    public ActorMention[] Recognize(AnalyzedDocument document)
    {
        var memory = new DocumentMemory();
        var mentions = new List<ActorMention>();
        var date = document.Source.PublicationDate?.Last;
        foreach (var sentence in document.Sentences)
            RecognizeSentence(document, sentence, date, memory, mentions);
        // "Georgia" in a story about Atlanta is the US state: every mention of that name becomes the other place.
        foreach (var homonym in dictionary.Homonyms)
        {
            if (!homonym.MeansOtherPlace(document.Source.Text)) continue;
            for (int k = 0; k < mentions.Count; k++)
                if (NamesPlace(mentions[k].Text, homonym.Name))
                    mentions[k] = mentions[k] with
                    {
                        // A state's own bodies keep their role: "Georgia lawmakers" are USA LEG.
                        Actors = mentions[k].Actors.Select(a => a with { Country = homonym.OtherCountry, Name = $"{a.Name} ({homonym.OtherCountry})" }).ToArray(),
                    };
        }
        return mentions.ToArray();
    }

    private void RecognizeSentence(AnalyzedDocument document, Sentence sentence, DateOnly? date, DocumentMemory memory, List<ActorMention> output)
    {
        var tokens = document.TokensOf(sentence);
        int offset = sentence.FirstToken;
        int i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            if (!token.IsWord) { i++; continue; }
            var (length, entries) = dictionary.LongestMatch(tokens, i);
            if (entries is null && PairWithModifiers(tokens, i) is { } pairEnd && memory.MainPair() is { } mainPair)
            {
                var pairMention = Make(document, offset, i, pairEnd, mainPair, EntryKind.Pair);
                output.Add(pairMention);
                i = pairEnd;
                continue;
            }
            ActorMention? mention = null;
            if (entries is not null)
                mention = Compose(document, tokens, offset, i, length, entries, date, memory);
            else if (token.Lower is "he" or "she" && memory.LastPerson is { } person)
                mention = Make(document, offset, i, i + 1, [person], EntryKind.Person, isPerson: true);
            else if (token.Lower == "it" && token.Deprel is "nsubj" or "nsubj:pass" && memory.LastSubject is { } subject)
                // "Moscow severed links. It banned the import...": a subject "it" continues the last state or body that was a subject.
                mention = Make(document, offset, i, i + 1, [subject], EntryKind.Name);
            else if (token.IsCapitalized && memory.Person(token.Text) is { } known && !(i > 0 && tokens[i - 1].IsCapitalized && !Honorifics.Contains(tokens[i - 1].Lower)))
                mention = Make(document, offset, i, i + 1, [known], EntryKind.Person, isPerson: true);

            if (mention is null) { i++; continue; }
            output.Add(mention);
            memory.Note(mention);
            if (!mention.IsPerson && mention.IsResolved && mention.Actor.Country != "" && IsSubject(tokens, i, mention.EndToken - offset))
                memory.LastSubject = mention.Actor;
            i = mention.EndToken - offset;
        }
    }

    private ActorMention? Compose(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, int length, IReadOnlyList<ActorEntry> entries, DateOnly? date, DocumentMemory memory)
    {
        var entry = Choose(entries, date);
        int end = start + length;
        switch (entry.Kind)
        {
            case EntryKind.Name or EntryKind.Adjective or EntryKind.Capital:
            {
                // A possessive name acts as a nationality: "Russia's forces", "Moscow's envoy".
                int next = end;
                bool possessive = next < tokens.Length && tokens[next].Lower is "'s" or "’s";
                if (possessive) next++;
                if (RoleAfter(tokens, next, out int roleEnd) is { } roleEntry)
                {
                    var (name, nameEnd) = roleEntry.Kind == EntryKind.Title ? NameAfter(tokens, roleEnd) : (null, roleEnd);
                    var actor = new Actor(entry.Country, roleEntry.Role.Length > 0 ? roleEntry.Role : entry.Role, name ?? Text(document, offset, start, roleEnd));
                    if (name is not null && KnownPerson(tokens, roleEnd, date) is { } known)
                        actor = known;
                    return Make(document, offset, start, nameEnd, [actor], entry.Kind, isPerson: name is not null);
                }
                string roleOfBare = entry.Kind switch
                {
                    EntryKind.Capital => "GOV",
                    EntryKind.Name => entry.Role.Length > 0 ? entry.Role : "GOV",
                    _ => entry.Plural ? "CVL" : entry.Role,
                };
                return Make(document, offset, start, possessive ? end + 1 : end, [new Actor(entry.Country, roleOfBare, entry.Name)], entry.Kind);
            }
            case EntryKind.Organization or EntryKind.Region:
                return Make(document, offset, start, end, [new Actor(entry.Country, entry.Role, entry.Name)], entry.Kind);
            case EntryKind.Person:
            {
                var valid = entries.FirstOrDefault(e => e.Kind == EntryKind.Person && e.ValidOn(date));
                // Out of office at the date: still of that country, but no longer its government.
                var actor = valid is not null ? new Actor(valid.Country, valid.Role, valid.Name) : new Actor(entry.Country, "", entry.Name);
                return Make(document, offset, start, end, [actor], EntryKind.Person, isPerson: true);
            }
            case EntryKind.Title:
            {
                var (name, nameEnd) = NameAfter(tokens, end);
                if (name is null) return PossessedGroup(document, tokens, offset, start, end, entry, memory);
                Actor actor;
                if (KnownPerson(tokens, end, date) is { } known)
                    actor = known;
                else if (memory.Person(name.Split(' ')[^1]) is { } remembered)
                    actor = remembered with { Name = name };
                else
                    actor = new Actor("", entry.Role, name);
                return Make(document, offset, start, nameEnd, [actor], EntryKind.Title, isPerson: true);
            }
            case EntryKind.Group:
                return PossessedGroup(document, tokens, offset, start, end, entry, memory);
            case EntryKind.Pair:
                return memory.MainPair() is { } pair ? Make(document, offset, start, end, pair, EntryKind.Pair) : null;
            default:
                return null;
        }
    }

    /// <summary>Whether any word of a mention is the subject of its clause (from the parse).</summary>
    private static bool IsSubject(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (tokens[k].Deprel is "nsubj" or "nsubj:pass") return true;
        return false;
    }

    /// <summary>"the two nuclear-armed neighbours": a pair phrase with up to two modifiers after "the two" or "both"; its end.</summary>
    private int? PairWithModifiers(ReadOnlySpan<Token> tokens, int i)
    {
        int after = tokens[i].Lower == "both" ? i + 1 : tokens[i].Lower == "the" && i + 1 < tokens.Length && tokens[i + 1].Lower == "two" ? i + 2 : -1;
        if (after < 0) return null;
        for (int skip = 1; skip <= 2 && after + skip < tokens.Length; skip++)
        {
            if (!tokens[after + skip - 1].IsWord || tokens[after + skip - 1].IsCapitalized) return null;
            // The head noun must make a pair phrase of its own ("the two neighbours", "both sides").
            var probe = dictionary.LongestMatch([tokens[i], .. (tokens[i].Lower == "the" ? [tokens[i + 1]] : Array.Empty<Token>()), tokens[after + skip]], 0, kind => kind == EntryKind.Pair);
            if (probe.Entries is not null) return after + skip + 1;
        }
        return null;
    }

    private static bool NamesPlace(string mentionText, string name)
    {
        int at = mentionText.IndexOf(name, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(mentionText[at - 1])) && (at + name.Length == mentionText.Length || !char.IsLetter(mentionText[at + name.Length]));
    }

    /// <summary>A person of the dictionary named at a position, in office at the date.</summary>
    private Actor? KnownPerson(ReadOnlySpan<Token> tokens, int start, DateOnly? date) =>
        dictionary.LongestMatch(tokens, start, kind => kind == EntryKind.Person).Entries?.FirstOrDefault(e => e.ValidOn(date)) is { } known
            ? new Actor(known.Country, known.Role, known.Name)
            : null;

    /// <summary>"its military aircraft", "their troops": the possessor is the last country-level actor.</summary>
    private static ActorMention PossessedGroup(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, int end, ActorEntry entry, DocumentMemory memory)
    {
        int before = start - 1;
        while (before >= 0 && RoleModifiers.Contains(tokens[before].Lower)) before--;
        string country = "";
        if (before >= 0 && tokens[before].Lower is "its" or "their" && memory.LastCountry is { } owner)
            country = owner.Country;
        return Make(document, offset, start, end, [new Actor(country, entry.Role, Text(document, offset, start, end))], entry.Kind);
    }

    /// <summary>The most specific entry: a person in office at the date, then names, capitals, organisations...</summary>
    private static ActorEntry Choose(IReadOnlyList<ActorEntry> entries, DateOnly? date)
    {
        ActorEntry? best = null;
        foreach (var e in entries)
        {
            if (best is null || Rank(e, date) < Rank(best, date)) best = e;
        }
        return best!;

        static int Rank(ActorEntry e, DateOnly? date) => e.Kind switch
        {
            EntryKind.Person => e.ValidOn(date) ? 0 : 1,
            EntryKind.Name => 2,
            EntryKind.Capital => 3,
            EntryKind.Organization => 4,
            EntryKind.Region => 5,
            EntryKind.Adjective => 6,
            EntryKind.Title => 7,
            EntryKind.Group => 8,
            _ => 9,
        };
    }

    /// <summary>A role word after a nationality, allowing modifiers and up to two capitalised words ("Georgian Dream party").</summary>
    private ActorEntry? RoleAfter(ReadOnlySpan<Token> tokens, int start, out int end)
    {
        end = start;
        int i = start;
        int names = 0;
        while (i < tokens.Length)
        {
            var (length, entries) = dictionary.LongestMatch(tokens, i, kind => kind is EntryKind.Title or EntryKind.Group);
            if (entries is not null)
            {
                end = i + length;
                // "military officers", "defence ministry officials": the first role word decides, the rest belong to the phrase.
                while (dictionary.LongestMatch(tokens, end, kind => kind is EntryKind.Group) is { Entries: not null } next)
                    end += next.Length;
                return entries[0];
            }
            if (RoleModifiers.Contains(tokens[i].Lower)) { i++; continue; }
            if (tokens[i].IsCapitalized && tokens[i].IsWord && names < 2) { names++; i++; continue; }
            return null;
        }
        return null;
    }

    /// <summary>The capitalised name after a title: "Foreign Minister Sergei Lavrov" → "Sergei Lavrov".</summary>
    private static (string? Name, int End) NameAfter(ReadOnlySpan<Token> tokens, int start)
    {
        int i = start;
        var parts = new List<string>();
        while (i < tokens.Length && parts.Count < 4 && tokens[i].IsWord && tokens[i].IsCapitalized && tokens[i].Lower is not ("'s" or "’s"))
        {
            parts.Add(tokens[i].Text);
            i++;
        }
        return parts.Count == 0 ? (null, start) : (string.Join(' ', parts), i);
    }

    private static string Text(AnalyzedDocument document, int offset, int start, int end) =>
        document.Source.Text[document.Tokens[offset + start].Start..document.Tokens[offset + end - 1].End];

    private static ActorMention Make(AnalyzedDocument document, int offset, int start, int end, Actor[] actors, EntryKind head, bool isPerson = false)
    {
        var first = document.Tokens[offset + start];
        var last = document.Tokens[offset + end - 1];
        return new ActorMention(offset + start, offset + end, first.Start, last.End, actors, head, document.Source.Text[first.Start..last.End]) { IsPerson = isPerson };
    }

    /// <summary>What a document has said about its actors so far: people by surname, the last person and countries.</summary>
    private sealed class DocumentMemory
    {
        private readonly Dictionary<string, Actor> _people = new(StringComparer.Ordinal);
        private readonly List<Actor> _countries = [];

        public Actor? LastPerson { get; private set; }

        /// <summary>The last country, body or group that was the subject of a clause: what a subject "it" refers to.</summary>
        public Actor? LastSubject { get; set; }
        public Actor? LastCountry => _countries.Count > 0 ? _countries[^1] : null;

        public Actor? Person(string word) => _people.GetValueOrDefault(ActorDictionary.Fold(word));

        public void Note(ActorMention mention)
        {
            foreach (var actor in mention.Actors)
            {
                if (mention.IsPerson)
                {
                    LastPerson = actor;
                    var parts = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length > 0 && mention.Head is not EntryKind.Person || parts.Length > 1)
                    {
                        _people[ActorDictionary.Fold(actor.Name)] = actor;
                        if (parts.Length > 1) _people[ActorDictionary.Fold(parts[^1])] = actor;
                    }
                }
                else if (actor.IsResolved && actor.Country != "IGO" && mention.Head is not EntryKind.Pair)
                {
                    _countries.Remove(_countries.FirstOrDefault(c => c.Country == actor.Country)!);
                    _countries.Add(actor);
                    _mentionCounts[actor.Country] = _mentionCounts.GetValueOrDefault(actor.Country) + 1;
                    if (mention.Head is EntryKind.Name or EntryKind.Capital or EntryKind.Adjective) _countryNames[actor.Country] = actor.Name;
                }
            }
        }

        private readonly Dictionary<string, int> _mentionCounts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _countryNames = new(StringComparer.Ordinal);

        /// <summary>
        /// "The two countries": the two states the story is about so far, the most mentioned ones (the more
        /// recent first on ties), in order of their last mention; not merely the last two named.
        /// </summary>
        public Actor[]? MainPair()
        {
            if (_countries.Count < 2) return null;
            var top = _countries.Select((actor, recency) => (actor, recency))
                .OrderByDescending(c => _mentionCounts.GetValueOrDefault(c.actor.Country)).ThenByDescending(c => c.recency)
                .Take(2).OrderBy(c => c.recency)
                .Select(c => new Actor(c.actor.Country, "GOV", _countryNames.GetValueOrDefault(c.actor.Country) ?? c.actor.Country)).ToArray();
            return top;
        }
    }
}
