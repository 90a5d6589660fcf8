namespace Kronika.Events.Dictionaries;

/// <summary>
/// A PETRARCH/TABARI CAMEO code as a verb dictionary writes it in brackets: "[042]", a paired "[042:043]" (the second
/// code is the event the other way round), "[:173]" (only the reverse event), or the null code "[---]" (no event).
/// </summary>
public sealed record PetrarchCode(string? Primary, string? Secondary)
{
    public static readonly PetrarchCode Null = new(null, null);

    /// <summary>Whether the code makes no event ("---").</summary>
    public bool IsNull => Primary is null && Secondary is null;

    /// <summary>The code Kronika gives the event: the primary, else the secondary of a paired code with an empty primary.</summary>
    public string? Event => Primary ?? Secondary;

    public override string ToString() => IsNull ? "---" : Secondary is null ? Primary! : $"{Primary}:{Secondary}";
}

/// <summary>A synonym set ("&amp;CURRENCY"): phrases of consecutive words; plurals are made for them unless the set or the phrase ends with "_".</summary>
public sealed record PetrarchSynset(string Name, int Line, IReadOnlyList<PetrarchPhrase> Phrases);

/// <summary>Words that must stand together ("NUCLEAR_WEAPON" is "nuclear weapon"), with the forms a plural adds to the last word.</summary>
public sealed record PetrarchPhrase(IReadOnlyList<string> Words, bool MakePlural)
{
    public override string ToString() => string.Join('_', Words) + (MakePlural ? "" : "_");
}

/// <summary>
/// A verb of a verb block: its phrase ("CORDON OFF"), which word is the verb ("+CORDON_OFF": 0), its irregular
/// forms written in "{...}" (null: regular forms are made; empty "{}": no other forms), and its own code, if any.
/// </summary>
public sealed record PetrarchVerb(IReadOnlyList<string> Words, int VerbIndex, IReadOnlyList<PetrarchVerbForm>? IrregularForms, PetrarchCode? Code, int Line)
{
    public string Verb => Words[VerbIndex];
}

/// <summary>One irregular form of a (possibly multi-word) verb: "+CAME_UPON" is the words "came upon", verb word 0.</summary>
public sealed record PetrarchVerbForm(IReadOnlyList<string> Words, int VerbIndex);

/// <summary>A block "--- NAME [code] ---": synonymous verbs, the block's code for the bare verb, and the patterns.</summary>
public sealed record PetrarchVerbBlock(string Name, PetrarchCode Code, int Line, List<PetrarchVerb> Verbs, List<PetrarchPattern> Patterns);

/// <summary>A pattern line "- BEFORE * AFTER [code]": the terms before and after the verb's position "*".</summary>
public sealed record PetrarchPattern(int Line, string Text, IReadOnlyList<PetrarchTerm> Before, IReadOnlyList<PetrarchTerm> After, PetrarchCode Code);

/// <summary>A transformation "~ a (a b ATTACK) SAY = a b 015": read and kept, not applied (Kronika codes embedded acts its own way).</summary>
public sealed record PetrarchTransformation(int Line, string Text);

/// <summary>One term of a pattern.</summary>
public abstract record PetrarchTerm;

/// <summary>A word, or words joined by "_" that must stand together.</summary>
public sealed record PetrarchWords(PetrarchPhrase Phrase) : PetrarchTerm;

/// <summary>A reference to a synonym set, "&amp;NAME": any of its phrases.</summary>
public sealed record PetrarchSynsetReference(PetrarchSynset Synset) : PetrarchTerm;

/// <summary>Words and synonym sets joined by "_" ("FIGHTER_&amp;AIRCRAFT"): they stand together, in this order.</summary>
public sealed record PetrarchJoined(IReadOnlyList<PetrarchTerm> Parts) : PetrarchTerm;

/// <summary>A noun phrase "{FINANCIAL AID}": its words in order, the head last.</summary>
public sealed record PetrarchNounPhrase(IReadOnlyList<PetrarchTerm> Terms) : PetrarchTerm;

/// <summary>A prepositional phrase "(FOR AID)", "(WITH +)", "(TO)": a preposition and what follows it.</summary>
public sealed record PetrarchPrepositionalPhrase(PetrarchTerm Preposition, IReadOnlyList<PetrarchTerm> Objects) : PetrarchTerm;

/// <summary>What an actor marker of a pattern stands for.</summary>
public enum PetrarchActorRole : byte
{
    /// <summary>"$": the source is the actor here.</summary>
    Source,
    /// <summary>"+": the target is the actor here.</summary>
    Target,
    /// <summary>"%": a compound actor, both sides of the event.</summary>
    Compound,
    /// <summary>"^": skip the next noun phrase.</summary>
    Skip,
}

/// <summary>An actor marker: "$", "+", "%" or "^".</summary>
public sealed record PetrarchActor(PetrarchActorRole Role) : PetrarchTerm;

/// <summary>A verb dictionary as read: synonym sets, verb blocks, transformations, and the patterns left out (an undefined synonym set).</summary>
public sealed record PetrarchVerbDictionary(
    string Path,
    IReadOnlyDictionary<string, PetrarchSynset> Synsets,
    IReadOnlyList<PetrarchVerbBlock> Blocks,
    IReadOnlyList<PetrarchTransformation> Transformations,
    IReadOnlyList<string> Ignored);
