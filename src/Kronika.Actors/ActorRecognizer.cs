using Kronika.Documents;
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
        // "Georgia" in a story about Atlanta is the US state: decided once from the whole text, before any mention is
        // read, so that what refers back to it later ("the state Senate", "its governor") takes the same country.
        var otherPlaces = dictionary.Homonyms.Where(h => h.MeansOtherPlace(document.Source.Text)).ToArray();
        foreach (var sentence in document.Sentences)
            RecognizeSentence(document, sentence, date, memory, mentions, otherPlaces);
        return mentions.ToArray();
    }

    /// <summary>A mention that names a place this document means elsewhere, moved to that place's country.</summary>
    private static ActorMention AsOtherPlace(ActorMention mention, Homonym[] otherPlaces)
    {
        foreach (var homonym in otherPlaces)
            if (NamesPlace(mention.Text, homonym.Name))
                return mention with
                {
                    Rule = $"homonym: {homonym.Name} is the place in {homonym.OtherCountry} here (its cues outweigh the home cues); " + mention.Rule,
                    // A state's own bodies keep their role: "Georgia lawmakers" are USA LEG.
                    Actors = mention.Actors.Select(a => a with { Country = homonym.OtherCountry, Name = $"{a.Name} ({homonym.OtherCountry})" }).ToArray(),
                };
        return mention;
    }

    private void RecognizeSentence(AnalyzedDocument document, Sentence sentence, DateOnly? date, DocumentMemory memory, List<ActorMention> output, Homonym[] otherPlaces)
    {
        var tokens = document.TokensOf(sentence);
        int offset = sentence.FirstToken;
        int i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            if (!token.IsWord) { i++; continue; }
            var (length, entries) = dictionary.LongestMatch(tokens, i);
            if (entries is not null && entries[0].Kind == EntryKind.NotActor) { i += length; continue; }
            if (entries is null && PairWithModifiers(tokens, i) is { } pairEnd && memory.MainPair() is { } mainPair)
            {
                var pairMention = Make(document, offset, i, pairEnd, mainPair, EntryKind.Pair) with { Rule = "pair phrase: the two countries the story is most about" };
                output.Add(pairMention);
                i = pairEnd;
                continue;
            }
            ActorMention? mention = null;
            string rule = "";
            if (entries is not null)
            {
                mention = Compose(document, tokens, offset, i, length, entries, date, memory);
                rule = DictionaryRule(mention, date);
                if (mention is not null && entries.Count > 1)
                    mention = mention with { Alternatives = Losers(entries, Choose(entries, date), date) };
            }
            else if (token.Lower is "he" or "she" && (token.Deprel is "nsubj" or "nsubj:pass" ? memory.LastSubjectPerson ?? memory.LastPerson : memory.LastPerson) is { } person)
            {
                // A subject pronoun continues the last person who was a subject ("Karadze said Lavrov's comments... He added"), not the last named.
                mention = Make(document, offset, i, i + 1, [person], EntryKind.Person, isPerson: true);
                rule = "pronoun: the last person who was a subject, else the last person named";
            }
            else if (token.Lower == "it" && token.Deprel is "nsubj" or "nsubj:pass" && memory.LastSubject is { } subject)
            {
                // "Moscow severed links. It banned the import...": a subject "it" continues the last state or body that was a subject.
                mention = Make(document, offset, i, i + 1, [subject], EntryKind.Name);
                rule = "subject 'it': the last state or body that was a subject";
            }
            else if (token.IsCapitalized && memory.Person(token.Text) is { } known && !(i > 0 && tokens[i - 1].IsCapitalized && !Honorifics.Contains(tokens[i - 1].Lower)))
            {
                mention = Make(document, offset, i, i + 1, [known], EntryKind.Person, isPerson: true);
                rule = "surname of a person named earlier in the document";
            }
            else if (token.IsCapitalized && AppositivePerson(document, tokens, offset, i, date, memory) is { } apposed)
            {
                mention = apposed;
                rule = "name with an appositive title (\"X, secretary general of ...\")";
            }
            else if (token.IsCapitalized && token.Upos == "PROPN" && dictionary.FuzzyMatch(tokens, i) is { Entries: { } near } fuzzy)
            {
                mention = Compose(document, tokens, offset, i, fuzzy.Length, near, date, memory);
                rule = $"near spelling of \"{near[0].Name}\" ({fuzzy.Score}% alike); " + DictionaryRule(mention, date);
            }
            else if (BackedBy(tokens, i) is { } backer && dictionary.LongestMatch(tokens, i + 1, kind => kind is EntryKind.Group) is { Entries: { } backed } group)
            {
                // "Moscow-backed rebels" are the rebels the story is about (South Ossetia's), not Russians; "Kremlin-backed forces" are the backer's.
                var role = backed[0].Role;
                // "Hamas-led gunmen", "Houthi-controlled forces": led by an armed group, they are that group.
                var actor = backer.Role is "REB" or "SEP" ? new Actor(backer.Country, backer.Role, backer.Name)
                    : role is "REB" or "SEP" && (memory.LastInRole(role) ?? memory.LastInRole(role == "REB" ? "SEP" : "REB")) is { } local ? local with { Role = role }
                    : role is "REB" or "SEP" ? new Actor("", role, Text(document, offset, i, i + 1 + group.Length))
                    : new Actor(backer.Country, role, Text(document, offset, i, i + 1 + group.Length));
                mention = Make(document, offset, i, i + 1 + group.Length, [actor], EntryKind.Group);
                rule = $"backed by {backer.Name}: " + (backer.Role is "REB" or "SEP" ? "the armed group's own force" : role is "REB" or "SEP" ? "the local armed group the story is about" : "the backer's own force");
            }
            else if (TwoRegions(tokens, i) is > 0 and var regionsEnd && memory.LastTwo([], separatistOnly: true) is { } regions)
            {
                // "Moscow says it will site bases in both regions": the last two breakaway regions named.
                mention = Make(document, offset, i, regionsEnd, regions, EntryKind.Pair);
                rule = "'both regions': the last two breakaway regions named";
            }
            else if (token.Lower == "the" && BareTwo(tokens, i) && memory.LastTwo(SubjectOfGoverningVerb(tokens, offset, i + 1, output)) is { } two)
            {
                // "...Abkhazia and South Ossetia and later recognized the two as independent states": the last two named.
                mention = Make(document, offset, i, i + 2, two, EntryKind.Pair);
                rule = "bare 'the two': the last two named, other than the verb's subject";
            }
            if (mention is not null && mention.Rule.Length == 0) mention = mention with { Rule = rule };

            if (mention is null) { i++; continue; }
            if (otherPlaces.Length > 0) mention = AsOtherPlace(mention, otherPlaces);
            output.Add(mention);
            memory.Note(mention);
            if (mention.IsPerson && IsMainSubject(tokens, offset, i, mention.EndToken - offset))
                memory.LastSubjectPerson = mention.Actor;
            if (!mention.IsPerson && mention.IsResolved && mention.Actor.Country != "" && IsSubject(tokens, i, mention.EndToken - offset))
                memory.LastSubject = mention.Actor;
            i = mention.EndToken - offset;
        }
        ResolveQuotedSpeakers(document, tokens, offset, memory, output);
    }

    /// <summary>Verbs that attribute a quotation to its speaker ("..., the Russian ministry said").</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "add", "state", "declare", "write", "note", "insist", "warn", "stress", "announce", "explain", "claim", "argue", "reply", "respond", "continue",
    };

    /// <summary>A mention of the sentence with a word that modifies the given word ("Russian" in "the Russian statement").</summary>
    private static ActorMention? ModifierMention(ReadOnlySpan<Token> tokens, int offset, int word, List<ActorMention> output, int from)
    {
        for (int m = from; m < output.Count; m++)
            for (int t = output[m].FirstToken - offset; t < output[m].EndToken - offset; t++)
                if (t >= 0 && t < tokens.Length && tokens[t].Head == offset + word) return output[m];
        return null;
    }

    /// <summary>First-person words, which inside a quotation mean its speaker.</summary>
    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "we", "us", "our", "i", "me", "my" };

    /// <summary>
    /// "We are ready to assist," Lavrov said: first-person words inside a quotation are its speaker, named by the
    /// attribution of the sentence, else of the quotation it continues (a paragraph that goes on quoting).
    /// </summary>
    private static void ResolveQuotedSpeakers(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, DocumentMemory memory, List<ActorMention> output)
    {
        var quoted = new bool[tokens.Length];
        bool inside = memory.InQuotation, anyQuote = inside;
        for (int k = 0; k < tokens.Length; k++)
        {
            var text = tokens[k].Text;
            if (text is "“" or "‘") { inside = true; anyQuote = true; continue; }
            if (text is "”" or "’") { inside = false; continue; }
            if (text is "\"" or "``" or "''") { inside = !inside; anyQuote = true; continue; }
            quoted[k] = inside;
        }
        // A quotation left open at the end of a paragraph closes with it.
        bool endsParagraph = tokens.Length > 0 && (tokens[^1].End >= document.Source.Text.Length || document.Source.Text[tokens[^1].End..Math.Min(document.Source.Text.Length, tokens[^1].End + 1)] == "\n");
        memory.InQuotation = inside && !endsParagraph;
        if (!anyQuote) return;

        int sentenceStart = output.FindIndex(m => m.FirstToken >= offset);
        if (sentenceStart < 0) sentenceStart = output.Count;
        Actor? speaker = null;
        bool attributed = false;
        for (int k = 0; k < tokens.Length && !attributed; k++)
        {
            if (quoted[k] || !SpeechVerbs.Contains(tokens[k].Lemma) || tokens[k].Upos != "VERB") continue;
            for (int j = 0; j < tokens.Length && !attributed; j++)
                if (!quoted[j] && tokens[j].Head == offset + k && tokens[j].Deprel is "nsubj")
                {
                    // The quotation is attributed even when its speaker resolves to no country: "we" is then nobody we know.
                    attributed = true;
                    speaker = output.Skip(sentenceStart).FirstOrDefault(m => m.FirstToken <= offset + j && offset + j < m.EndToken)?.Actor;
                    // "the Russian statement said": the speaker is the nationality of the statement, its government.
                    if (speaker is null && ModifierMention(tokens, offset, j, output, sentenceStart) is { IsResolved: true } owner)
                        speaker = owner.Actor.Role.Length > 0 ? owner.Actor : owner.Actor with { Role = "GOV" };
                }
        }
        if (attributed) memory.QuotationSpeaker = speaker;
        else speaker = memory.QuotationSpeaker;
        if (speaker is null || !speaker.IsResolved) return;

        var added = new List<ActorMention>();
        for (int k = 0; k < tokens.Length; k++)
        {
            if (!quoted[k] || !FirstPerson.Contains(tokens[k].Lower)) continue;
            if (output.Skip(sentenceStart).Any(m => m.FirstToken <= offset + k && offset + k < m.EndToken)) continue;
            added.Add(Make(document, offset, k, k + 1, [speaker], EntryKind.Name) with { Rule = "first person inside a quotation: its speaker" });
        }
        if (added.Count == 0) return;
        var sentence = output.Skip(sentenceStart).Concat(added).OrderBy(m => m.FirstToken).ToList();
        output.RemoveRange(sentenceStart, output.Count - sentenceStart);
        output.AddRange(sentence);
    }

    private ActorMention? Compose(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, int length, IReadOnlyList<ActorEntry> entries, DateOnly? date, DocumentMemory memory)
    {
        var entry = Choose(entries, date);
        int end = start + length;
        switch (entry.Kind)
        {
            case EntryKind.Name or EntryKind.Adjective or EntryKind.Capital:
            {
                if (length == 1 && entry.Kind != EntryKind.Adjective && InPersonalName(tokens, offset, start)) return null;
                // A possessive name acts as a nationality: "Russia's forces", "Moscow's envoy".
                int next = end;
                bool possessive = next < tokens.Length && tokens[next].Lower is "'s" or "’s";
                if (possessive) next++;
                if (RoleAfter(tokens, next, out int roleEnd, out bool titled) is { } roleEntry)
                {
                    var (name, nameEnd) = titled ? NameAfter(tokens, roleEnd) : (null, roleEnd);
                    var role = roleEntry.Role.Length > 0 ? roleEntry.Role : entry.Role;
                    var actor = new Actor(entry.Country, role, name ?? Text(document, offset, start, roleEnd));
                    // The text's title says what the person acts as: "party founder Bidzina Ivanishvili" is the party, even for a former prime minister.
                    if (name is not null && KnownPerson(tokens, roleEnd, date) is { } known)
                        actor = known.Role == role ? known : known with { Country = entry.Country, Role = role };
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
                else if (dictionary.LongestMatch(tokens, end, kind => kind == EntryKind.Person).Entries?[0] is { } outOfOffice)
                    // "former president Lula": a known person out of office keeps the country, with the title's role (ELI for former officials).
                    actor = new Actor(outOfOffice.Country, entry.Role, outOfOffice.Name);
                else if (entry.Role == "GOV" && memory.LastSubject is { Country.Length: 3 } current && current.Country != "IGO")
                    // "Georgia welcomed the offer with caution. Deputy Foreign Minister Nino Kalandadze said...": an official
                    // named without a nationality speaks for the state the story has just been following.
                    actor = new Actor(current.Country, entry.Role, name);
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

    /// <summary>
    /// "Denzel Washington", "Chad Smith", "Paris Hilton", "Georgia O'Keeffe": a place name joined by the parse
    /// (a flat name) to a capitalised word that names nothing in the dictionary is part of a person's name.
    /// </summary>
    private bool InPersonalName(ReadOnlySpan<Token> tokens, int offset, int at)
    {
        for (int other = at - 1; other <= at + 1; other += 2)
        {
            if (other < 0 || other >= tokens.Length) continue;
            var neighbour = tokens[other];
            if (!neighbour.IsWord || !neighbour.IsCapitalized || MonthNames.TryGet(neighbour.Text, out _) || Weekdays.Contains(neighbour.Lower)) continue;
            bool joined = (neighbour.Deprel == "flat" && neighbour.Head == offset + at) || (tokens[at].Deprel == "flat" && tokens[at].Head == offset + other)
                // "Cuba Gooding Jr.": both words compounds of the same capitalised name.
                || (other > at && tokens[at].Deprel == "compound" && neighbour.Deprel == "compound" && tokens[at].Head == neighbour.Head
                    && neighbour.Head - offset is var head && head > other && head < tokens.Length && tokens[head].IsCapitalized && tokens[head].Upos == "PROPN");
            if (joined && dictionary.LongestMatch(tokens, other).Entries is null)
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal) { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>How a dictionary match was resolved, for `kronika actors`.</summary>
    private static string DictionaryRule(ActorMention? mention, DateOnly? date)
    {
        if (mention is null) return "";
        return (mention.Head, mention.IsPerson) switch
        {
            (EntryKind.Person, _) => mention.Actor.Role.Length > 0 ? $"known person in office on {date?.ToString("yyyy-MM-dd") ?? "an unknown date"}" : "known person, out of office at the date: the country only",
            (EntryKind.Name or EntryKind.Adjective or EntryKind.Capital, true) => "nationality + title + name",
            (EntryKind.Title, true) => "title + name",
            (EntryKind.Name, false) => mention.Actor.Role is "" or "GOV" ? "country or territory name (a bare name acts as the government)" : "country or territory name with its role",
            (EntryKind.Capital, false) => "capital or seat of power: the government",
            (EntryKind.Adjective, false) => mention.Text.Contains(' ') ? "nationality + role word" : "nationality adjective: the country",
            (EntryKind.Organization, _) => "international organisation",
            (EntryKind.Region, _) => "region acting collectively",
            (EntryKind.Group or EntryKind.Title, false) => mention.IsResolved ? "role word, its country from the context (its/their, of X, the last in that role)" : "role word without a country",
            (EntryKind.Pair, _) => "pair phrase",
            _ => mention.Head.ToString(),
        };
    }

    /// <summary>Why the other entries of a phrase lost to the chosen one.</summary>
    private static string[] Losers(IReadOnlyList<ActorEntry> entries, ActorEntry chosen, DateOnly? date) =>
        entries.Where(e => !ReferenceEquals(e, chosen)).Select(e =>
        {
            var what = $"{e.Country}{e.Role} {e.Name}{(e.Office is { } office ? $" ({office} {e.From:yyyy-MM-dd}..{e.To:yyyy-MM-dd})" : "")}";
            return e.Kind == EntryKind.Person && !e.ValidOn(date) ? $"{what}: not in office on {date:yyyy-MM-dd}" : $"{what}: a {e.Kind.ToString().ToLowerInvariant()} ranks below a {chosen.Kind.ToString().ToLowerInvariant()}";
        }).Distinct().ToArray();

    private static readonly string[] BackingSuffixes = ["-backed", "-led", "-supported", "-sponsored", "-allied", "-funded", "-armed", "-controlled"];

    /// <summary>The state named in "Moscow-backed", "Kremlin-led", "Iranian-sponsored", if the word is such a compound.</summary>
    private ActorEntry? BackedBy(ReadOnlySpan<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        foreach (var suffix in BackingSuffixes)
        {
            if (!text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || text.Length <= suffix.Length) continue;
            var prefix = text[..^suffix.Length];
            var probe = new Token(0, prefix.Length, prefix, TokenKind.Word);
            return dictionary.LongestMatch([probe], 0, kind => kind is EntryKind.Name or EntryKind.Capital or EntryKind.Adjective).Entries?[0] is { Country.Length: 3 } state ? state : null;
        }
        return null;
    }

    private static readonly HashSet<string> RegionNouns = new(StringComparer.Ordinal) { "region", "regions", "province", "provinces", "territory", "territories", "republic", "republics", "enclave", "enclaves" };

    /// <summary>"both regions", "the two provinces": the end of the phrase, or 0.</summary>
    private static int TwoRegions(ReadOnlySpan<Token> tokens, int i)
    {
        int noun = tokens[i].Lower == "both" ? i + 1 : tokens[i].Lower == "the" && i + 1 < tokens.Length && tokens[i + 1].Lower == "two" ? i + 2 : -1;
        if (noun < 0) return 0;
        if (noun < tokens.Length && tokens[noun].Lower is "breakaway" or "rebel" or "separatist" or "disputed") noun++;
        return noun < tokens.Length && RegionNouns.Contains(tokens[noun].Lower) ? noun + 1 : 0;
    }

    /// <summary>"the two" standing alone, not "the two countries": followed by no noun.</summary>
    private static bool BareTwo(ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i + 1].Lower == "two"
        && (i + 2 >= tokens.Length || !tokens[i + 2].IsWord || tokens[i + 2].Upos is "ADP" or "VERB" or "AUX" or "CCONJ" or "SCONJ" or "ADV" or "PART");

    /// <summary>Prepositions that join a title to what it is the title of: "secretary general of", "spokesman for".</summary>
    private static readonly HashSet<string> TitleLinks = new(StringComparer.Ordinal) { "of", "for", "at", "to", "in" };

    /// <summary>Words between a title's preposition and its body that do not change it ("of the ruling Georgian Dream party").</summary>
    private static readonly HashSet<string> BodyModifiers = new(StringComparer.Ordinal) { "the", "ruling", "governing", "main", "opposition", "powerful", "influential" };

    /// <summary>
    /// A name no dictionary knows, followed by an appositive that says who the person is:
    /// "Kakha Kaladze, secretary general of the ruling Georgian Dream party," (GEO PTY),
    /// "Ana Rojas, Chile's foreign minister," (CHL GOV), "Omar Said, a spokesman for the Egyptian foreign ministry" (EGY GOV).
    /// </summary>
    private ActorMention? AppositivePerson(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, DateOnly? date, DocumentMemory memory)
    {
        int end = start;
        while (end < tokens.Length && end - start < 4 && tokens[end].IsWord && tokens[end].IsCapitalized && tokens[end].Lower is not ("'s" or "’s")) end++;
        if (end - start < 2 || end >= tokens.Length || tokens[end].Text != ",") return null;
        int k = end + 1;
        if (k < tokens.Length && tokens[k].Lower is "a" or "an" or "the") k++;
        while (k < tokens.Length && RoleModifiers.Contains(tokens[k].Lower)) k++;
        if (k >= tokens.Length) return null;
        var (length, entries) = dictionary.LongestMatch(tokens, k);
        if (entries is null) return null;
        Actor? who = null;
        if (entries[0].Kind == EntryKind.Title)
        {
            var title = entries[0];
            int link = k + length;
            // "secretary general of the ruling Georgian Dream party": the title's body gives the country, and its role when it has one.
            if (link < tokens.Length && TitleLinks.Contains(tokens[link].Lower))
            {
                int at = link + 1;
                while (at < tokens.Length && BodyModifiers.Contains(tokens[at].Lower)) at++;
                var (bodyLength, bodyEntries) = dictionary.LongestMatch(tokens, at);
                if (bodyEntries is not null && Compose(document, tokens, offset, at, bodyLength, bodyEntries, date, memory) is { IsResolved: true } body)
                    who = new Actor(body.Actor.Country, body.Actor.Role.Length > 0 ? body.Actor.Role : title.Role, Text(document, offset, start, end));
            }
        }
        else if (entries[0].Kind is EntryKind.Name or EntryKind.Adjective or EntryKind.Capital
            && Compose(document, tokens, offset, k, length, entries, date, memory) is { IsResolved: true } described && described.Actor.Role.Length > 0
            && described.Head is not EntryKind.Pair && described.EndToken - offset > k + length)
        {
            // "Ana Rojas, Chile's foreign minister": the nationality with its role word, not a bare country.
            who = new Actor(described.Actor.Country, described.Actor.Role, Text(document, offset, start, end));
        }
        return who is null ? null : Make(document, offset, start, end, [who], EntryKind.Title, isPerson: true);
    }

    /// <summary>
    /// The actors of the subject of the verb that governs a word ("Russia recognized the two": Russia), following
    /// coordinated verbs to their shared subject; when the parse gives none, a mention opening the clause before the verb.
    /// </summary>
    private static Actor[] SubjectOfGoverningVerb(ReadOnlySpan<Token> tokens, int offset, int word, List<ActorMention> mentions)
    {
        int verb = tokens[word].Head - offset;
        // "the two as independent states" may hang from a noun: climb to the verb.
        for (int climb = 0; climb < 3 && verb >= 0 && verb < tokens.Length && tokens[verb].Upos is not ("VERB" or "AUX"); climb++)
            verb = tokens[verb].Head - offset;
        for (int hop = 0; hop < 4 && verb >= 0 && verb < tokens.Length; hop++)
        {
            for (int k = 0; k < tokens.Length; k++)
                if (tokens[k].Head - offset == verb && tokens[k].Deprel is "nsubj" or "nsubj:pass")
                    return mentions.Where(m => m.FirstToken <= offset + k && offset + k < m.EndToken).SelectMany(m => m.Actors).ToArray();
            if (tokens[verb].Deprel != "conj") break;
            verb = tokens[verb].Head - offset;
        }
        // A mistagged subject ("Belgrade later recognized", Belgrade read as an adverb): the sentence's first mention, if no verb comes before it.
        var first = mentions.FirstOrDefault(m => m.FirstToken >= offset);
        if (first is null || first.FirstToken - offset >= word) return [];
        for (int k = 0; k < first.FirstToken - offset; k++)
            if (tokens[k].Upos is "VERB" or "AUX") return [];
        return first.Actors;
    }

    /// <summary>Whether a word of a mention is the subject of the sentence's main clause, not of a reported one.</summary>
    private static bool IsMainSubject(ReadOnlySpan<Token> tokens, int offset, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            // "Mr Baramidze": the name may hang from the honorific that is the subject.
            int word = k;
            for (int hop = 0; hop < 2 && tokens[word].Deprel is "flat" or "compound" && tokens[word].Head - offset is var up && up >= 0 && up < tokens.Length; hop++)
                word = up;
            int head = tokens[word].Head - offset;
            if (tokens[word].Deprel is "nsubj" or "nsubj:pass" && head >= 0 && head < tokens.Length && tokens[head].Deprel == "root")
                return true;
        }
        return false;
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
            var modifier = tokens[after + skip - 1];
            // Only adjectives and participles modify the pair's noun: "the two nuclear-armed neighbours", not "the two as independent states".
            if (!modifier.IsWord || modifier.IsCapitalized || modifier.Upos is not ("ADJ" or "VERB" or "NOUN" or "PROPN" or "NUM" or "")) return null;
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

    /// <summary>
    /// "its military aircraft", "their troops": the possessor is the last country-level actor;
    /// "the citizens of Georgia", "the president of Russia": the country named after "of".
    /// </summary>
    private ActorMention PossessedGroup(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, int end, ActorEntry entry, DocumentMemory memory)
    {
        int of = end;
        if (of + 1 < tokens.Length && tokens[of].Lower == "of")
        {
            int at = tokens[of + 1].Lower == "the" ? of + 2 : of + 1;
            var (length, owners) = dictionary.LongestMatch(tokens, at, kind => kind is EntryKind.Name or EntryKind.Capital);
            // Countries and capitals only: "residents of the Luhansk People's Republic" leave the breakaway region its own mention.
            if (owners is not null && owners[0].Country.Length > 0 && owners[0].Role is "" or "GOV" && !(at + length < tokens.Length && tokens[at + length].Lower is "'s" or "’s"))
            {
                int stop = at + length;
                var actors = new List<Actor> { new(owners[0].Country, entry.Role, Text(document, offset, start, stop)) };
                // "the people of Russia and Georgia": the role word is of both.
                if (stop + 1 < tokens.Length && tokens[stop].Lower == "and"
                    && dictionary.LongestMatch(tokens, stop + 1, kind => kind is EntryKind.Name or EntryKind.Capital) is { Entries: { } more } second
                    && more[0].Country.Length > 0 && more[0].Role is "" or "GOV" && more[0].Country != owners[0].Country)
                {
                    stop += 1 + second.Length;
                    actors.Add(new Actor(more[0].Country, entry.Role, Text(document, offset, start, stop)));
                }
                return Make(document, offset, start, stop, actors.ToArray(), entry.Kind);
            }
        }
        int before = start - 1;
        while (before >= 0 && RoleModifiers.Contains(tokens[before].Lower)) before--;
        string country = "";
        if (before >= 0 && tokens[before].Lower is "its" or "their" && memory.LastCountry is { } owner)
            country = owner.Country;
        else if (before >= 0 && tokens[before].Lower == "the" && entry.Role.Length > 0 && memory.LastWithRole(tokens[end - 1].Lower, entry.Role) is { } earlier)
            // "The minister said", "the guerrillas": the country of the last actor in that role.
            country = earlier.Country;
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

    /// <summary>
    /// A role word after a nationality, allowing modifiers and up to two capitalised words ("Georgian Dream party");
    /// <paramref name="titled"/> when the phrase ends in a title that a name may follow ("Georgian Dream Party founder").
    /// </summary>
    private ActorEntry? RoleAfter(ReadOnlySpan<Token> tokens, int start, out int end, out bool titled)
    {
        end = start;
        titled = false;
        int i = start;
        int names = 0, adjectives = 0;
        while (i < tokens.Length)
        {
            var (length, entries) = dictionary.LongestMatch(tokens, i, kind => kind is EntryKind.Title or EntryKind.Group);
            if (entries is not null)
            {
                end = i + length;
                titled = entries[0].Kind == EntryKind.Title;
                // "military officers", "defence ministry officials", "party founder": the first role word decides, the rest belong to the phrase.
                while (dictionary.LongestMatch(tokens, end, kind => kind is EntryKind.Group or EntryKind.Title) is { Entries: not null } next)
                {
                    end += next.Length;
                    titled = next.Entries[0].Kind == EntryKind.Title;
                }
                return entries[0];
            }
            if (RoleModifiers.Contains(tokens[i].Lower)) { i++; continue; }
            if (tokens[i].IsCapitalized && tokens[i].IsWord && names < 2) { names++; i++; continue; }
            // "Pakistani anti-corruption court", "Russian armoured vehicles": up to two adjectives before the role word.
            if (!tokens[i].IsCapitalized && tokens[i].IsWord && (tokens[i].Upos == "ADJ" || tokens[i].Deprel is "amod" or "compound") && adjectives < 2) { adjectives++; i++; continue; }
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

        /// <summary>Whether a quotation opened in an earlier sentence of the paragraph is still open.</summary>
        public bool InQuotation { get; set; }

        /// <summary>The speaker of the last attributed quotation: who "we" is in a quotation that goes on.</summary>
        public Actor? QuotationSpeaker { get; set; }

        /// <summary>The last person who was the subject of a clause: what a subject "he" or "she" refers to.</summary>
        public Actor? LastSubjectPerson { get; set; }

        /// <summary>The last country, body or group that was the subject of a clause: what a subject "it" refers to.</summary>
        public Actor? LastSubject { get; set; }
        public Actor? LastCountry => _countries.Count > 0 ? _countries[^1] : null;

        public Actor? Person(string word) => _people.GetValueOrDefault(ActorDictionary.Fold(word));

        private readonly List<Actor> _recent = [];
        private readonly Dictionary<string, Actor> _lastByRole = new(StringComparer.Ordinal);

        private readonly Dictionary<string, Actor> _lastByWord = new(StringComparer.Ordinal);

        /// <summary>The last actor of a country in a role, nothing else.</summary>
        public Actor? LastInRole(string role) => _lastByRole.GetValueOrDefault(role);

        /// <summary>
        /// What "the ministry" or "the court" refers to: the last actor named with that word ("Japan's foreign ministry"),
        /// else the country the story's last subject belongs to ("Russia offered... The foreign ministry said"),
        /// else the last of a country in that role ("GOV", "JUD", "REB").
        /// </summary>
        public Actor? LastWithRole(string word, string role) =>
            _lastByWord.GetValueOrDefault(word) ?? (LastSubject is { Country.Length: 3 } subject && subject.Country != "IGO" ? subject : null) ?? _lastByRole.GetValueOrDefault(role);

        /// <summary>The last two distinct places, bodies or groups named (not people, not pair phrases): what a bare "the two" means.</summary>
        public Actor[]? LastTwo(IReadOnlyCollection<Actor> except, bool separatistOnly = false)
        {
            var two = _recent.Where(a => !except.Contains(a) && (!separatistOnly || a.Role == "SEP")).TakeLast(2).ToArray();
            return two.Length == 2 ? two : null;
        }

        public void Note(ActorMention mention)
        {
            foreach (var actor in mention.Actors)
            {
                if (actor.Country.Length == 3 && actor.Country != "IGO" && actor.Role.Length > 0 && mention.Head is not EntryKind.Pair)
                {
                    _lastByRole[actor.Role] = actor;
                    foreach (var word in mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        _lastByWord[word.ToLowerInvariant()] = actor;
                }
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
                else if (actor.IsResolved && mention.Head is not EntryKind.Pair)
                {
                    _recent.Remove(actor);
                    _recent.Add(actor);
                    if (actor.Country == "IGO") continue;
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
