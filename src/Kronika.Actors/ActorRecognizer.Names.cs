using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Actors;

// People's names: place names inside personal names, names with an appositive title.
public sealed partial class ActorRecognizer
{
    /// <summary>
    /// "Denzel Washington", "Chad Smith", "Paris Hilton", "Georgia O'Keeffe": a place name joined by the parse
    /// (a flat name) to a capitalised word that names nothing in the dictionary is part of a person's name.
    /// </summary>
    private bool InPersonalName(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int at)
    {
        var tree = document.TreeAt(offset + at);
        for (int other = at - 1; other <= at + 1; other += 2)
        {
            if (other < 0 || other >= tokens.Length) continue;
            var neighbour = tokens[other];
            if (!neighbour.IsWord || !neighbour.IsCapitalized || MonthNames.TryGet(neighbour.Text, out _) || WeekdayNames.Contains(neighbour.Lower)) continue;
            int atHead = tree.HeadOf(offset + at), otherHead = tree.HeadOf(offset + other);
            bool joined = (neighbour.Relation == DependencyRelation.Flat && otherHead == offset + at) || (tokens[at].Relation == DependencyRelation.Flat && atHead == offset + other)
                // "Cuba Gooding Jr.": both words compounds of the same capitalised name.
                || (other > at && tokens[at].Relation == DependencyRelation.Compound && neighbour.Relation == DependencyRelation.Compound && atHead >= 0 && atHead == otherHead
                    && atHead > offset + other && tree[atHead].Token is { IsCapitalized: true, Pos: PartOfSpeech.Propn });
            if (joined && dictionary.LongestMatch(tokens, other).Entries is null)
                return true;
        }
        return false;
    }

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

    private static bool NamesPlace(string mentionText, string name)
    {
        int at = mentionText.IndexOf(name, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(mentionText[at - 1])) && (at + name.Length == mentionText.Length || !char.IsLetter(mentionText[at + name.Length]));
    }
}
