using Kronika.Language;

namespace Kronika.Actors;

/// <summary>A period of office: from its first day to its last, or to now when it has not ended.</summary>
public readonly record struct Term(DateOnly From, DateOnly? To);

/// <summary>A known person named with the title of an office they held ("Foreign Minister Sergei Lavrov"), and that office's terms.</summary>
public sealed record TitledMention(string Name, string Office, int Start, Term[] Terms);

/// <summary>
/// Finds people of the dictionary named with the title of their office. News gives a title to the
/// holder at the time of writing ("former" or "then" otherwise), so such a mention dates the article:
/// "US Secretary of State Colin Powell" was written between January 2001 and January 2005.
/// </summary>
public sealed class OfficeHolders(ActorDictionary dictionary)
{
    /// <summary>Words of titles, allowed lower-case between a nationality and a name ("Russian foreign minister Sergei Lavrov").</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "president", "minister", "prime", "foreign", "defence", "defense", "secretary", "of", "state", "general", "secretary-general",
        "chancellor", "king", "queen", "crown", "prince", "supreme", "leader", "high", "representative", "commission", "vice", "deputy",
        "former", "then", "late", "ex", "acting", "interim", "the", "for", "affairs",
    };

    /// <summary>Words that make a title not the office itself, or not held at the time of writing.</summary>
    private static readonly HashSet<string> NotTheHolder = new(StringComparer.Ordinal)
    {
        "former", "then", "late", "ex", "acting", "interim", "deputy", "vice", "outgoing", "incoming", "elect", "designate", "would-be",
    };

    private const int MaximumTitleWords = 6;

    public List<TitledMention> Find(AnalyzedDocument document)
    {
        var found = new List<TitledMention>();
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            for (int i = 1; i < tokens.Length; i++)
            {
                if (!tokens[i].IsCapitalized) continue;
                var (length, entries) = dictionary.LongestMatch(tokens, i, kind => kind == EntryKind.Person);
                if (entries is null) continue;
                var title = TitleBefore(tokens, i);
                if (title.Count > 0 && !title.Overlaps(NotTheHolder))
                {
                    foreach (var office in entries.Where(e => e.Office is not null && OfficeWords(e.Office).All(title.Contains)).GroupBy(e => (e.Name, e.Office!)))
                    {
                        var terms = office.Where(e => e.From is not null).Select(e => new Term(e.From!.Value, e.To)).ToArray();
                        if (terms.Length > 0)
                            found.Add(new TitledMention(office.Key.Name, office.Key.Item2, tokens[i].Start, terms));
                    }
                }
                i += length - 1;
            }
        }
        return found;
    }

    /// <summary>The words of the title right before a name, lower-cased, "defense" spelled "defence", hyphenated words split.</summary>
    private static HashSet<string> TitleBefore(ReadOnlySpan<Token> tokens, int nameStart)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (int k = nameStart - 1; k >= 0 && nameStart - k <= MaximumTitleWords; k--)
        {
            var token = tokens[k];
            if (!token.IsWord || !(token.IsCapitalized || TitleWords.Contains(token.Lower))) break;
            foreach (var part in token.Lower.Split('-')) words.Add(Normalize(part));
        }
        return words;
    }

    private static IEnumerable<string> OfficeWords(string office) =>
        office.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("of" or "the")).Select(Normalize);

    private static string Normalize(string word) => word == "defense" ? "defence" : word;
}
