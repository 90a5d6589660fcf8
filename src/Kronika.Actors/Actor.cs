namespace Kronika.Actors;

/// <summary>
/// A resolved actor in CAMEO terms: a country (ISO 3166 alpha-3, "IGO" for international
/// organisations, or a CAMEO region code such as "EUR"), an agent role ("GOV", "MIL", "SEP"...,
/// or "" when only the country is meant) and a display name.
/// </summary>
public sealed record Actor(string Country, string Role, string Name)
{
    public bool IsResolved => Country.Length > 0;
    /// <summary>
    /// Whether an event can have the actor: a country, or an agent role the text names without one ("police arrested
    /// ten union leaders": ---COP, as the CAMEO actor codebook writes an agent of unknown country).
    /// </summary>
    public bool CanAct => Country.Length > 0 || Role.Length > 0;

    /// <summary>
    /// Attackers the text does not name, known only by the place they struck ("a car bomb in Peru": PER, no role). Not the
    /// state, though their role is as empty as a bare country's: an act of theirs on the state's soldiers is a dyad.
    /// </summary>
    public bool Unidentified { get; init; }

    /// <summary>The name an unidentified attacker goes by in the events it does.</summary>
    public const string UnidentifiedName = "unidentified attackers";
    public override string ToString() => Role.Length > 0 ? $"{Country}{Role}" : Country;
}

/// <summary>What kind of dictionary entry a phrase is.</summary>
public enum EntryKind : byte
{
    /// <summary>A country or territory name ("Russia", "South Ossetia").</summary>
    Name,
    /// <summary>A nationality adjective or demonym ("Russian", "Georgians").</summary>
    Adjective,
    /// <summary>A capital or seat of power used for the government ("Moscow", "the Kremlin").</summary>
    Capital,
    /// <summary>An international organisation ("NATO", "the United Nations").</summary>
    Organization,
    /// <summary>A region acting collectively ("Europe", "the West").</summary>
    Region,
    /// <summary>A known person with a dated office.</summary>
    Person,
    /// <summary>A title that precedes a person's name ("foreign minister").</summary>
    Title,
    /// <summary>A noun for an institution or group ("government", "troops", "protesters").</summary>
    Group,
    /// <summary>A phrase that refers back to the two sides last mentioned ("the two countries").</summary>
    Pair,
    /// <summary>A fixed expression whose place word names no actor ("French fries", "Brazil nuts").</summary>
    NotActor,
}

/// <summary>One dictionary entry: the actor a phrase denotes, and for people their office ("foreign minister") and the period it lasted.</summary>
public sealed record ActorEntry(EntryKind Kind, string Country, string Role, string Name, bool Plural = false, DateOnly? From = null, DateOnly? To = null, string? Office = null)
{
    public bool ValidOn(DateOnly? date) =>
        date is not { } d || ((From is null || From <= d) && (To is null || d <= To));

    /// <summary>Whether the entry holds for the whole period from <paramref name="first"/> to <paramref name="last"/> (an office held throughout).</summary>
    public bool ValidThroughout(DateOnly first, DateOnly last) => ValidOn(first) && ValidOn(last);
}

/// <summary>A span of a sentence that names one or more actors.</summary>
public sealed record ActorMention(int FirstToken, int EndToken, int Start, int End, Actor[] Actors, EntryKind Head, string Text)
{
    public Actor Actor => Actors[0];
    public bool IsResolved => Actors.Length > 0 && Actors[0].IsResolved;
    /// <summary>Whether an event can have the mention's actor (<see cref="Actor.CanAct"/>).</summary>
    public bool CanAct => Actors.Length > 0 && Actors[0].CanAct;
    /// <summary>A person named by title or name, as opposed to a country, body or group.</summary>
    public bool IsPerson { get; init; }

    /// <summary>The rule that resolved the mention, in words (for `kronika actors`).</summary>
    public string Rule { get; init; } = "";

    /// <summary>Other readings of the phrase and why each lost ("Dmitry Medvedev, prime minister 2012-2020: not in office on 2010-05-01").</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];
}

/// <summary>
/// A place name that also names a place elsewhere ("Georgia", the US state), the cues that signal the other
/// place ("Atlanta", "Fulton County") and the cues that signal the dictionary's own ("Tbilisi", "Caucasus").
/// </summary>
public sealed record Homonym(string Name, string OtherCountry, string[] Cues, string[] HomeCues)
{
    /// <summary>Two distinct cues of the other place, or one where the text gives none of the dictionary's own, mean the other place.</summary>
    public bool MeansOtherPlace(string text)
    {
        int other = CountCues(text, Cues, stopAt: 2);
        return other >= 2 || (other == 1 && CountCues(text, HomeCues, stopAt: 1) == 0);
    }

    private static int CountCues(string text, string[] cues, int stopAt)
    {
        int found = 0;
        foreach (var cue in cues)
        {
            int at = text.IndexOf(cue, StringComparison.Ordinal);
            while (at >= 0)
            {
                bool whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + cue.Length >= text.Length || !char.IsLetterOrDigit(text[at + cue.Length]));
                if (whole) { found++; break; }
                at = text.IndexOf(cue, at + 1, StringComparison.Ordinal);
            }
            if (found >= stopAt) break;
        }
        return found;
    }
}
