using Kronika.Language;

namespace Kronika.Actors;

// The country of a role word named without one: a place in its own clause, else the story's setting (per role, data/actors/setting-roles.tsv).
public sealed partial class ActorRecognizer
{
    private readonly IReadOnlyDictionary<string, SettingPolicy> _settingPolicies = SettingPolicy.LoadDefault();

    /// <summary>
    /// The story's setting from a first reading of the whole document, so that its first sentences (the headline, the
    /// lead) have it as much as its last: "police detained two men" in the lead of a story set in Peru are Peru's.
    /// </summary>
    private StorySetting ReadSetting(AnalyzedDocument document, DateOnly? date, Homonym[] otherPlaces)
    {
        var memory = new DocumentMemory();
        var mentions = new List<ActorMention>();
        foreach (var sentence in document.Sentences)
            RecognizeSentence(document, sentence, date, memory, mentions, otherPlaces);
        return StorySetting.Of(mentions);
    }

    /// <summary>
    /// The country of a role word the text gives none, and the rule that gave it: the place named in its clause
    /// ("a bomb in northern Peru killed four soldiers"), else the story's setting, as the role's policy allows; null for none.
    /// </summary>
    private (string Country, string Rule)? CountryFromContext(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int start, int end, string role, DocumentMemory memory)
    {
        if (!_settingPolicies.TryGetValue(role, out var policy)) return null;
        // "the family home", "a police station": a role word that only modifies a noun names no one to give a country.
        var last = tokens[end - 1];
        if (last.Relation is DependencyRelation.Amod or DependencyRelation.Compound && (last.Head < offset + start || last.Head >= offset + end)) return null;
        if (policy.Place != "no" && ClausePlace(document, tokens, offset, end, out bool alone) is { } place && (policy.Place == "yes" || alone))
            return (place, StorySetting.DerivedRule + "the country of the place named in its clause");
        if (memory.Setting.Country is { } home && (policy.Setting == "yes" || policy.Setting == "unless-foreign" && !memory.Setting.NamesOtherCountryIn(role)))
            return (home, StorySetting.DerivedRule + "the story's setting (the country it names most, over the whole text)");
        return null;
    }

    /// <summary>Modifiers of a place after "in": "in central Peru", "in the northern province of".</summary>
    private static bool PlaceModifier(Token token) => token.Lower == "the" || !token.IsCapitalized && token.Pos == PartOfSpeech.Adj;

    /// <summary>
    /// The country of an "in PLACE" phrase (a country or its capital) of the clause the role word ending at
    /// <paramref name="end"/> belongs to: both reach the same verb up the parse; <paramref name="alone"/> when the sentence names no other country.
    /// </summary>
    private string? ClausePlace(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int offset, int end, out bool alone)
    {
        alone = false;
        int verb = ClauseVerb(document, offset + end - 1);
        string? found = null;
        var countries = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord) continue;
            var (length, entries) = dictionary.LongestMatch(tokens, i, kind => kind is EntryKind.Name or EntryKind.Capital or EntryKind.Adjective);
            if (entries is null) continue;
            if (entries[0].Country.Length == 3 && entries[0].Country != "IGO") countries.Add(entries[0].Country);
            if (found is null && entries[0].Kind is not EntryKind.Adjective && entries[0].Role is "" or "GOV" && entries[0].Country.Length == 3 && entries[0].Country != "IGO"
                && AfterIn(tokens, i) && verb >= 0 && ClauseVerb(document, offset + i + length - 1) == verb)
                found = entries[0].Country;
            i += length - 1;
        }
        alone = found is not null && countries.Count == 1;
        return found;
    }

    /// <summary>Whether "in" stands before a place, past its modifiers ("in central", "in the north of" is not: that is a region, left alone).</summary>
    private static bool AfterIn(ReadOnlySpan<Token> tokens, int place)
    {
        int k = place - 1;
        for (int skipped = 0; k >= 0 && skipped < 3 && PlaceModifier(tokens[k]); skipped++) k--;
        return k >= 0 && tokens[k].Lower == "in";
    }

    /// <summary>The verb a word's clause hangs on: up the parse to the first verb, or -1.</summary>
    private static int ClauseVerb(AnalyzedDocument document, int word)
    {
        var all = document.Tokens;
        for (int hops = 0; hops < 8 && word >= 0; hops++)
        {
            if (all[word].Pos is PartOfSpeech.Verb) return word;
            word = all[word].Head;
        }
        return -1;
    }
}
