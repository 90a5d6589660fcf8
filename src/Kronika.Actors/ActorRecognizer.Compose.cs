using Kronika.Language;

namespace Kronika.Actors;

// Composing a mention from dictionary entries: nationality + role + name, titles, groups and their owners.
public sealed partial class ActorRecognizer
{
    private ActorMention? Compose(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, int length, IReadOnlyList<ActorEntry> entries, DateOnly? date, DocumentMemory memory)
    {
        var entry = Choose(entries, date);
        int end = start + length;
        // "history would judge the impact", "to police the border": a role word used as a verb names no one.
        if (entry.Kind is EntryKind.Title or EntryKind.Group && tokens[end - 1].Pos == PartOfSpeech.Verb) return null;
        switch (entry.Kind)
        {
            case EntryKind.Name or EntryKind.Adjective or EntryKind.Capital:
            {
                if (length == 1 && entry.Kind != EntryKind.Adjective && InPersonalName(document, tokens, offset, start)) return null;
                // A possessive name acts as a nationality: "Russia's forces", "Moscow's envoy".
                int next = end;
                bool possessive = next < tokens.Length && tokens[next].Lower is "'s" or "’s";
                if (possessive) next++;
                if (OwnBodyAfter(document, tokens, offset, start, next, entry, date, memory) is { } body) return body;
                if (RoleAfter(tokens, next, out int roleEnd, out bool titled) is { } roleEntry)
                {
                    var (name, nameEnd) = titled ? NameAfter(tokens, roleEnd) : (null, roleEnd);
                    // "Boko Haram commanders", "South Ossetian leaders": a group's or region's own role holds over the role word's.
                    var role = entry.Role is "" or "GOV" && roleEntry.Role.Length > 0 ? roleEntry.Role : entry.Role;
                    var actor = new Actor(entry.Country, role, name ?? Text(document, offset, start, roleEnd));
                    // The text's title says what the person acts as: "party founder Bidzina Ivanishvili" is the party, even for a former prime minister.
                    if (name is not null && KnownPerson(tokens, roleEnd, date) is { } known)
                        actor = known.Role == role ? known : known with { Country = entry.Country, Role = role };
                    // "Russia's ambassador", "Moscow's envoy": the role word heads the mention; it is no bare country (a rule for a
                    // country named bare in a war must not strip the ambassador's role).
                    var head = entry.Kind is EntryKind.Name or EntryKind.Capital && entry.Role is "" or "GOV" ? roleEntry.Kind : entry.Kind;
                    return Make(document, offset, start, nameEnd, [actor], head, isPerson: name is not null);
                }
                // "French and Spanish police", "Russian, Syrian and Iranian forces": one mention of each nationality in
                // that role, as "the people of Russia and Georgia" is.
                if (entry.Kind == EntryKind.Adjective && !possessive && CoordinatedRoleAfter(tokens, next, entry, out int seriesEnd) is { } series)
                    return Make(document, offset, start, seriesEnd, series, entry.Kind);
                // "the European Centre for Law and Justice", "the African Leadership Institute": a region's adjective that opens
                // the name of a body no table knows is part of that name; the body is not the region.
                if (entry.Kind == EntryKind.Adjective && dictionary.IsRegion(entry.Country) && !possessive && next < tokens.Length
                    && tokens[next].IsWord && tokens[next].IsCapitalized && tokens[next].Pos is PartOfSpeech.Propn or PartOfSpeech.Noun)
                    return null;
                string roleOfBare = entry.Kind switch
                {
                    EntryKind.Capital => "GOV",
                    EntryKind.Name => entry.Role.Length > 0 ? entry.Role : "GOV",
                    // "US claims", "Russian sanctions": the state's act is its government's.
                    _ => entry.Plural ? "CVL" : entry.Role.Length == 0 && next < tokens.Length && dictionary.IsStateAct(tokens[next].Lemma) ? "GOV" : entry.Role,
                };
                return Make(document, offset, start, possessive ? end + 1 : end, [new Actor(entry.Country, roleOfBare, entry.Name)], entry.Kind);
            }
            case EntryKind.Organization:
            {
                // "EU leaders", "UN officials", "NATO commanders": the organisation's people in the role word's role.
                int next = end < tokens.Length && tokens[end].Lower is "'s" or "’s" ? end + 1 : end;
                if (entry.Role.Length == 0 && RoleAfter(tokens, next, out int roleEnd, out bool titled) is { Role.Length: > 0 } roleEntry && !titled
                    && roleEntry.Role is not ("IGO" or "NGO"))
                    return Make(document, offset, start, roleEnd, [new Actor(entry.Country, roleEntry.Role, entry.Name)], entry.Kind);
                return Make(document, offset, start, end, [new Actor(entry.Country, entry.Role, entry.Name)], entry.Kind);
            }
            case EntryKind.Region:
                return Make(document, offset, start, end, [new Actor(entry.Country, entry.Role, entry.Name)], entry.Kind);
            case EntryKind.Person:
            {
                var valid = entries.FirstOrDefault(e => e.Kind == EntryKind.Person && e.ValidOn(date)) ?? LeaderElect(entries, date);
                // Out of office at the date: still of that country, but no longer its government; what the text has called
                // the person holds instead ("ExxonMobil CEO Rex Tillerson ... Tillerson's ties" is the executive both times).
                var actor = valid is not null ? TitledEarlier(tokens, start, date, valid, memory) ?? new Actor(valid.Country, valid.Role, valid.Name)
                    : memory.Person(entry.Name) is { Role.Length: > 0 } titled && titled.Name == entry.Name ? titled
                    : new Actor(entry.Country, "", entry.Name);
                return Make(document, offset, start, end, [actor], EntryKind.Person, isPerson: true);
            }
            case EntryKind.Title:
            {
                var (name, nameEnd) = NameAfter(tokens, end);
                if (name is null) return PossessedGroup(document, tokens, offset, start, end, entry, memory);
                Actor actor;
                if (KnownPerson(tokens, end, date) is { } known)
                    // Phoenix codes office holders by CountryInfo's GOV even as senators ("Sen. John McCain"): the text's title says what they act as.
                    actor = entry.Role.Length > 0 && entry.Role != known.Role && dictionary.IsPetrarchPerson(tokens, end, date) ? known with { Role = entry.Role } : known;
                else if (memory.Person(name.Split(' ')[^1]) is { } remembered)
                    // "Rex Tillerson ... Exxon CEO Rex Tillerson": a person the text has so far given only a country takes the
                    // role its title now gives; a role the text gave before stays.
                    actor = remembered.Role.Length == 0 && entry.Role.Length > 0 ? remembered with { Name = name, Role = entry.Role } : remembered with { Name = name };
                else if (dictionary.LongestMatch(tokens, end, kind => kind == EntryKind.Person).Entries?[0] is { } outOfOffice)
                    // "former president Lula": a known person out of office keeps the country, with the title's role (ELI for former officials).
                    actor = new Actor(outOfOffice.Country, entry.Role, outOfOffice.Name);
                else if (entry.Role == "GOV" && memory.LastSubject is { Country.Length: 3 } current && current.Country != "IGO")
                    // "Georgia welcomed the offer with caution. Deputy Foreign Minister Nino Kalandadze said...": an official
                    // named without a nationality speaks for the state the story has just been following.
                    actor = new Actor(current.Country, entry.Role, name);
                else if (TitledPersonCountry(document, tokens, offset, start, nameEnd, entry.Role, memory) is { } context)
                    return Make(document, offset, start, nameEnd, [new Actor(context.Country, entry.Role, name)], EntryKind.Title, isPerson: true) with { Rule = "title + name: " + context.Rule };
                else
                    actor = new Actor("", entry.Role, name);
                return Make(document, offset, start, nameEnd, [actor], EntryKind.Title, isPerson: true);
            }
            case EntryKind.Group:
                return PossessedGroup(document, tokens, offset, start, end, entry, memory);
            case EntryKind.Pair:
                // "Ardern spoke with Abe ... the two leaders affirmed": a pair of office holders is the last two such people of two states.
                if (NamesOfficeHolders(tokens[end - 1]) && memory.LastTwoPeople() is { } people)
                    return Make(document, offset, start, end, people, EntryKind.Pair) with { Rule = "pair of office holders: the last two people of two states named" };
                return memory.MainPair() is { } pair ? Make(document, offset, start, end, pair, EntryKind.Pair) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The actors of a series of coordinated nationalities closed by a role word, <paramref name="first"/> being the
    /// nationality before <paramref name="start"/> (" and Spanish police", ", Syrian and Iranian forces"), each in the
    /// role word's role (unless its own entry has one, as a region's does); null when the words there are not such a
    /// series.
    /// </summary>
    private Actor[]? CoordinatedRoleAfter(ReadOnlySpan<Token> tokens, int start, ActorEntry first, out int end)
    {
        end = start;
        var nationalities = new List<ActorEntry> { first };
        int i = start;
        while (i + 1 < tokens.Length && tokens[i].Lower is "and" or "," or "or")
        {
            var (length, entries) = dictionary.LongestMatch(tokens, i + 1, kind => kind == EntryKind.Adjective);
            if (entries is null) return null;
            nationalities.Add(entries[0]);
            i += 1 + length;
        }
        if (nationalities.Count < 2 || RoleAfter(tokens, i, out end, out _) is not { Role.Length: > 0 } role) return null;
        var roleWords = string.Join(' ', tokens[i..end].ToArray().Select(t => t.Text));
        return nationalities.Where(n => n.Country.Length > 0).DistinctBy(n => n.Country)
            .Select(n => new Actor(n.Country, n.Role is "" or "GOV" ? role.Role : n.Role, n.Name + " " + roleWords)).ToArray();
    }

    /// <summary>
    /// "Sen. John McCain ... John McCain said": a person of the PETRARCH files (whose CountryInfo codes lawmakers and party
    /// figures GOV) whom the text has titled in another role acts in that role at every mention, as the title itself does.
    /// </summary>
    private Actor? TitledEarlier(ReadOnlySpan<Token> tokens, int start, DateOnly? date, ActorEntry known, DocumentMemory memory) =>
        dictionary.IsPetrarchPerson(tokens, start, date) && memory.Person(known.Name) is { Role.Length: > 0 } titled
            && titled.Name == known.Name && titled.Country == known.Country && titled.Role != known.Role
            ? titled
            : null;

    /// <summary>
    /// The country of a titled person the text gives none: "police chief Ana Quispe" in a story set in Peru is Peru's, as the
    /// role word alone would be (setting-roles.tsv); "rebel spokesman Omar X" speaks for the rebels the story last named
    /// with their country, as "the rebels" would.
    /// </summary>
    private (string Country, string Rule)? TitledPersonCountry(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, int end, string role, DocumentMemory memory)
    {
        if (role.Length == 0) return null;
        if (CountryFromContext(document, tokens, offset, start, end, role, memory) is { } context) return context;
        return role is "REB" or "SEP" && memory.LastInRole(role) is { Country.Length: 3 } group && group.Country != "IGO"
            ? (group.Country, "the country of the last group in that role")
            : null;
    }

    /// <summary>
    /// "the U.S. Federal Bureau of Investigation", "Russia's FSB", "Israeli Mossad": a nationality before a body of its own
    /// country that has a role of its own is that body (and what the body composes: "US CIA Director John Brennan").
    /// </summary>
    private ActorMention? OwnBodyAfter(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, int next, ActorEntry nationality, DateOnly? date, DocumentMemory memory)
    {
        if (next >= tokens.Length || nationality.Country.Length == 0) return null;
        var (length, bodies) = dictionary.LongestMatch(tokens, next, kind => kind == EntryKind.Name);
        if (bodies is null || bodies[0].Country != nationality.Country || bodies[0].Role.Length == 0) return null;
        if (Compose(document, tokens, offset, next, length, bodies, date, memory) is not { } body) return null;
        return Make(document, offset, start, body.EndToken - offset, body.Actors, body.Head, body.IsPerson) with { Rule = "nationality + a body of its own country: the body" };
    }

    /// <summary>
    /// A president or prime minister elected and about to take office (their term starts within the transition, at most
    /// 70 days after the date; a US transition from election day is longer, and people.tsv gives it): the president-elect already speaks and acts for the incoming government, and coders
    /// code them so ("President-elect Trump said..." in December 2016). Ministers-designate are not yet in office.
    /// </summary>
    private static ActorEntry? LeaderElect(IReadOnlyList<ActorEntry> entries, DateOnly? date) =>
        date is { } d
            ? entries.FirstOrDefault(e => e.Kind == EntryKind.Person && e.From is { } from && from > d && from <= d.AddDays(70) && IsLeaderOffice(e.Office))
            : null;

    private static bool IsLeaderOffice(string? office) =>
        office is "president" or "prime minister" or "chancellor" or "premier";

    /// <summary>A person of the dictionary named at a position, in office at the date.</summary>
    private Actor? KnownPerson(ReadOnlySpan<Token> tokens, int start, DateOnly? date) =>
        dictionary.LongestMatch(tokens, start, kind => kind == EntryKind.Person).Entries?.FirstOrDefault(e => e.ValidOn(date)) is { } known
            ? new Actor(known.Country, known.Role, known.Name)
            : null;

    /// <summary>
    /// "its military aircraft", "their troops": the possessor is the last country-level actor;
    /// "the citizens of Georgia", "the president of Russia": the country named after "of" (for a state's organs, "in").
    /// </summary>
    private ActorMention PossessedGroup(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, int end, ActorEntry entry, DocumentMemory memory)
    {
        int of = end;
        // "police in Nigeria", "the authorities in Moscow": a state's own organs in a country are that country's (not troops,
        // rebels or civilians there, who may be anyone's).
        // "militias from Lebanon, Iraq and Afghanistan", "volunteers from Chechnya": where they come from is whose they are.
        if (of + 1 < tokens.Length && (tokens[of].Lower is "of" or "from" || tokens[of].Lower == "in" && entry.Role is "COP" or "JUD" or "GOV" or "LEG" or "OPP"))
        {
            int at = tokens[of + 1].Lower == "the" ? of + 2 : of + 1;
            var (length, owners) = dictionary.LongestMatch(tokens, at, kind => kind is EntryKind.Name or EntryKind.Capital);
            // "the director of the FBI", "the chairman of Gazprom": a title with no role of its own is the body's head, in its role.
            if (entry.Kind == EntryKind.Title && entry.Role.Length == 0 && tokens[of].Lower == "of" && owners is not null && owners[0].Country.Length == 3
                && owners[0].Country != "IGO" && owners[0].Role.Length > 0 && owners[0].Role != "GOV" && !(at + length < tokens.Length && tokens[at + length].Lower is "'s" or "’s"))
                return Make(document, offset, start, at + length, [new Actor(owners[0].Country, owners[0].Role, Text(document, offset, start, at + length))], EntryKind.Title);
            // Countries and capitals only: "residents of the Luhansk People's Republic" leave the breakaway region its own mention.
            if (owners is not null && owners[0].Country.Length > 0 && owners[0].Role is "" or "GOV" && !(at + length < tokens.Length && tokens[at + length].Lower is "'s" or "’s"))
            {
                int stop = at + length;
                var actors = new List<Actor> { new(owners[0].Country, entry.Role, Text(document, offset, start, stop)) };
                // "the people of Russia and Georgia", "militias from Lebanon, Iraq and Afghanistan": the role word is of each.
                while (stop + 1 < tokens.Length && tokens[stop].Lower is "and" or ","
                    && dictionary.LongestMatch(tokens, stop + 1, kind => kind is EntryKind.Name or EntryKind.Capital) is { Entries: { } more } next
                    && more[0].Country.Length > 0 && more[0].Role is "" or "GOV" && actors.All(a => a.Country != more[0].Country))
                {
                    bool last = tokens[stop].Lower == "and";
                    stop += 1 + next.Length;
                    actors.Add(new Actor(more[0].Country, entry.Role, Text(document, offset, start, stop)));
                    if (last) break;
                }
                return Make(document, offset, start, stop, actors.ToArray(), entry.Kind);
            }
        }
        int before = start - 1;
        while (before >= 0 && RoleModifiers.Contains(tokens[before].Lower)) before--;
        string country = "";
        // "President Obama said ... the Russian president knew ... The president said": a bare title continues the person
        // the story follows as its subject, named with that title, not the last one named with the word.
        if (before >= 0 && tokens[before].Lower == "the" && entry.Kind == EntryKind.Title && memory.LastSubjectPerson is { Country.Length: 3 } protagonist
            && protagonist.Country != "IGO" && memory.WasTitled(protagonist, tokens[end - 1].Lower))
            return Make(document, offset, start, end, [protagonist], EntryKind.Title, isPerson: true);
        if (before >= 0 && tokens[before].Lower is "its" or "their" && memory.LastCountry is { } owner)
            country = owner.Country;
        else if (before > 0 && tokens[before].Lower is "'s" or "’s" && memory.LastMention is { EndToken: var ownerEnd, Actor: { Country.Length: 3 } possessor }
                 && ownerEnd == offset + before && possessor.Country != "IGO")
            // "Assad's government", "Putin's spokesman": the possessor named just before decides the country.
            country = possessor.Country;
        else if (before >= 0 && tokens[before].Lower == "the" && entry.Role.Length > 0 && memory.LastWithRole(tokens[end - 1].Lower, entry.Role, offset) is { } earlier)
            // "The minister said", "the guerrillas": the country of the last actor in that role.
            country = earlier.Country;
        // "police detained his mother", "a bomb in northern Peru killed four soldiers": a role word the text gives no country
        // takes the place of its clause or the story's setting, as data/actors/setting-roles.tsv allows for its role.
        if (country.Length == 0 && CountryFromContext(document, tokens, offset, start, end, entry.Role, memory) is { } context)
            return Make(document, offset, start, end, [new Actor(context.Country, entry.Role, Text(document, offset, start, end))], entry.Kind) with { Rule = context.Rule };
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
            // (A finite verb is never one, whatever the parse hung it on: "Syria attacked rebels".)
            if (!tokens[i].IsCapitalized && tokens[i].IsWord && (tokens[i].Pos == PartOfSpeech.Adj || tokens[i].Relation is DependencyRelation.Amod or DependencyRelation.Compound)
                && tokens[i].Xpos is not ("VBD" or "VBZ" or "VBP") && adjectives < 2) { adjectives++; i++; continue; }
            return null;
        }
        return null;
    }

    /// <summary>The capitalised name after a title: "Foreign Minister Sergei Lavrov" → "Sergei Lavrov".</summary>
    private static (string? Name, int End) NameAfter(ReadOnlySpan<Token> tokens, int start)
    {
        int i = start;
        var parts = new List<string>();
        while (i < tokens.Length && parts.Count < 4 && tokens[i].IsWord && (tokens[i].IsCapitalized || parts.Count > 0 && ActorDictionary.ArabicArticleName(tokens[i].Text)) && tokens[i].Lower is not ("'s" or "’s"))
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

    /// <summary>Whether a pair phrase's last word is a person's title in the plural ("leaders", "presidents", "prime ministers"), not a state or side.</summary>
    private bool NamesOfficeHolders(Token last)
    {
        if (!last.Lower.EndsWith('s') || last.Lower.Length < 4) return false;
        var singular = last with { Text = last.Text[..^1], Lower = last.Lower[..^1] };
        return dictionary.LongestMatch([singular], 0, kind => kind == EntryKind.Title).Entries is not null;
    }
}
