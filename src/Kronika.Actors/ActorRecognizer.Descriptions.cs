using Kronika.Language;

namespace Kronika.Actors;

// People the text introduces by saying what they are: "Ana Rojas is a senior official of Chile's foreign ministry".
public sealed partial class ActorRecognizer
{
    /// <summary>Nouns of belonging to a body that say nothing of the role themselves: the body after them does.</summary>
    private static readonly HashSet<string> MembershipNouns = new(StringComparer.Ordinal)
    {
        "member", "officer", "agent", "employee", "operative", "staffer", "veteran", "head", "chief",
    };

    /// <summary>Words that say the person no longer holds what follows ("a former officer", "a retired agent").</summary>
    private static readonly HashSet<string> NoLonger = new(StringComparer.Ordinal) { "former", "retired", "onetime", "one-time", "ex" };

    /// <summary>The most words a relative clause between a name and its "is" may have (", who wrote ..., is").</summary>
    private const int MaximumRelativeClause = 40;

    /// <summary>
    /// A name no dictionary knows, the subject of "is/was a ... of/in &lt;body&gt;": "Mara Lind, who chairs the committee, is a
    /// member of Sweden's parliament" is SWE LEG; the body gives the country and the role, the noun the role where the body
    /// has none ("a spokesman for the Swedish government"). Someone who no longer belongs ("a former officer in Britain's
    /// Secret Intelligence Service") is left unresolved: a former spy is no spy, and with the country alone such a person
    /// drew more false events than true ones on the articles measured (each act of theirs becomes a state's).
    /// </summary>
    private ActorMention? DescribedPerson(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, DateOnly? date, DocumentMemory memory)
    {
        int end = start;
        while (end < tokens.Length && end - start < 4 && tokens[end].IsWord && tokens[end].IsCapitalized && tokens[end].Lower is not ("'s" or "’s")) end++;
        if (end - start < 2 || end >= tokens.Length) return null;
        int k = SkipRelativeClause(tokens, end);
        if (k + 1 >= tokens.Length || tokens[k].Lower is not ("is" or "was") || tokens[k + 1].Lower is not ("a" or "an" or "the")) return null;
        k += 2;
        bool noLonger = false;
        while (k < tokens.Length && (RoleModifiers.Contains(tokens[k].Lower) || NoLonger.Contains(tokens[k].Lower)))
        {
            noLonger |= NoLonger.Contains(tokens[k].Lower);
            k++;
        }
        if (noLonger || k >= tokens.Length) return null;
        var (length, nouns) = dictionary.LongestMatch(tokens, k, kind => kind is EntryKind.Title or EntryKind.Group);
        string nounRole = nouns?[0].Role ?? "";
        if (nouns is null && !MembershipNouns.Contains(tokens[k].Lower)) return null;
        int link = k + (nouns is null ? 1 : length);
        if (link + 1 >= tokens.Length || !(TitleLinks.Contains(tokens[link].Lower) || tokens[link].Lower == "with")) return null;
        int at = link + 1;
        while (at < tokens.Length && BodyModifiers.Contains(tokens[at].Lower)) at++;
        var (bodyLength, bodyEntries) = dictionary.LongestMatch(tokens, at);
        if (bodyEntries is null || bodyEntries[0].Kind is EntryKind.Person or EntryKind.Pair or EntryKind.NotActor) return null;
        if (Compose(document, tokens, offset, at, bodyLength, bodyEntries, date, memory) is not { IsResolved: true, IsPerson: false } body || body.Actor.Country == "IGO")
            return null;
        var who = new Actor(body.Actor.Country, body.Actor.Role.Length > 0 ? body.Actor.Role : nounRole, Text(document, offset, start, end));
        return Make(document, offset, start, end, [who], EntryKind.Title, isPerson: true) with { Rule = "name described as a member of a body (\"X is a ... of Y\")" };
    }

    /// <summary>Past ", who ... ," right after a name; <paramref name="at"/> when no such clause starts there.</summary>
    private static int SkipRelativeClause(ReadOnlySpan<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Length || tokens[at].Text != "," || tokens[at + 1].Lower is not ("who" or "whose")) return at;
        for (int k = at + 2; k < tokens.Length && k - at <= MaximumRelativeClause; k++)
            if (tokens[k].Text == ",") return k + 1;
        return at;
    }
}
