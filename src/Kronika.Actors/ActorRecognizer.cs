using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Actors;

/// <summary>
/// Finds the actors of each sentence of a document and resolves them to CAMEO codes, the way
/// an analyst reads them: "Georgian Defence Minister Georgy Baramidze" is GEO GOV, "Russian aircraft"
/// RUS MIL, "Moscow" the Russian government, "Russians" Russian civilians. People named once with
/// their title are remembered for the rest of the document ("Mr Baramidze", "he").
/// </summary>
public sealed partial class ActorRecognizer(ActorDictionary dictionary)
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
        memory.Setting = ReadSetting(document, date, otherPlaces);
        foreach (var sentence in document.Sentences)
            RecognizeSentence(document, sentence, date, memory, mentions, otherPlaces);
        return mentions.ToArray();
    }

    /// <summary>Whether the token at <paramref name="at"/> is the sentence's first word (after opening quotes or brackets).</summary>
    private static bool IsFirstWord(ReadOnlySpan<Token> tokens, int at)
    {
        for (int k = 0; k < at; k++)
            if (tokens[k].IsWord) return false;
        return tokens[at].IsWord;
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
        var tree = document.Tree(sentence);
        int offset = sentence.FirstToken;
        int i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            if (!token.IsWord) { i++; continue; }
            var (length, entries) = dictionary.LongestMatch(tokens, i);
            if (entries is not null && entries[0].Kind == EntryKind.NotActor) { i += length; continue; }
            if (entries is not null && entries[0].Kind is EntryKind.Capital or EntryKind.Name && DatelineEnd(tokens, i, length) is > 0 and var datelineEnd)
            {
                i = datelineEnd;
                continue;
            }
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
            else if (IsFirstWord(tokens, i) && memory.NamedAsWord(token.Text) is { } acronym)
            {
                // "Eta was formed...": a sentence's first word is capitalised anyway, so the dictionary takes "Eta" there for
                // no acronym; where the story has written the group so inside a sentence, it is the group here too.
                mention = Make(document, offset, i, i + 1, [acronym], EntryKind.Name);
                rule = "acronym written as a word, as the story writes it inside sentences";
            }
            else if (token.Lower is "he" or "she" && SpeakerOfPronoun(tokens, offset, tree, offset + i, output, memory.LastSubjectPerson, out var speaker))
            {
                speaker = OfPronounSex(speaker, token.Lower, memory);
                if (speaker is null) { i++; continue; }
                mention = Make(document, offset, i, i + 1, [speaker], EntryKind.Person, isPerson: true);
                rule = "pronoun: the person whose saying it is the subject of";
            }
            else if (token.Lower is "he" or "she" && OfPronounSex(token.Relation.IsNominalSubject() ? memory.LastSubjectPerson ?? memory.LastPerson : memory.LastPerson, token.Lower, memory) is { } person)
            {
                // A subject pronoun continues the last person who was a subject ("Karadze said Lavrov's comments... He added"), not the last named.
                mention = Make(document, offset, i, i + 1, [person], EntryKind.Person, isPerson: true);
                rule = "pronoun: the last person who was a subject, else the last person named";
            }
            else if (token.Lower == "they" && i == 0 && memory.OpeningGroup is { } opening)
            {
                // "Hundreds of demonstrators gathered outside the ministry. They called for...": a "they" opening a sentence
                // continues the plural group that opened the one before.
                mention = Make(document, offset, i, i + 1, [opening], EntryKind.Group);
                rule = "'they' opening a sentence: the plural group that opened the sentence before";
            }
            else if (token.Lower == "it" && token.Relation.IsNominalSubject() && memory.LastSubject is { } subject)
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
            else if (token.IsCapitalized && DescribedPerson(document, tokens, offset, i, date, memory) is { } described)
                mention = described;
            else if (token.IsCapitalized && token.Pos == PartOfSpeech.Propn && dictionary.FuzzyMatch(tokens, i) is { Entries: { } near } fuzzy)
            {
                mention = Compose(document, tokens, offset, i, fuzzy.Length, near, date, memory);
                rule = $"near spelling of \"{near[0].Name}\" ({fuzzy.Score}% alike); " + DictionaryRule(mention, date);
            }
            else if (token.Text.EndsWith("-led", StringComparison.OrdinalIgnoreCase) && BackedBy(tokens, i) is { } ledBy && LedGroup(tokens, i + 1) is { } ledRole)
            {
                // "the Saudi-led coalition": the leading state's forces ("an Iran-backed coalition" may be a party bloc).
                mention = Make(document, offset, i, i + 2, [new Actor(ledBy.Country, ledRole, Text(document, offset, i, i + 2))], EntryKind.Group);
                rule = $"led by {ledBy.Name}: the leader's forces";
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
            else if (token.Lower == "the" && BareTwo(tokens, i) && memory.LastTwo(SubjectOfGoverningVerb(tokens, tree, offset, i + 1, output)) is { } two)
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
            if (mention.IsPerson && SexOf(tokens, i, mention.EndToken - offset) is { } sex) memory.NoteSex(mention.Actor, sex);
            if (mention.IsPerson && IsMainSubject(tree, offset + i, mention.EndToken))
                memory.LastSubjectPerson = mention.Actor;
            if (!mention.IsPerson && mention.IsResolved && mention.Actor.Country != "" && IsSubject(tokens, i, mention.EndToken - offset))
            {
                memory.LastSubject = mention.Actor;
                memory.LastSubjectAt = mention.FirstToken;
            }
            i = mention.EndToken - offset;
        }
        ResolveQuotedSpeakers(document, tokens, tree, offset, memory, output);
        memory.OpeningGroup = OpeningGroup(tokens, offset, output);
    }

    /// <summary>
    /// The plural group of known country that opens a sentence, its first actor before any verb ("Hundreds of demonstrators
    /// gathered"), or null: what a "they" opening the next sentence refers to.
    /// </summary>
    private static Actor? OpeningGroup(ReadOnlySpan<Token> tokens, int offset, List<ActorMention> output)
    {
        var first = output.FirstOrDefault(m => m.FirstToken >= offset);
        if (first is null || first.IsPerson || first.Head is EntryKind.Name or EntryKind.Capital or EntryKind.Pair || first.Actors.Length != 1
            || first.Actor.Country.Length != 3 || first.Actor.Role.Length == 0) return null;
        if (tokens[first.EndToken - 1 - offset].Xpos is not ("NNS" or "NNPS")) return null;
        for (int k = 0; k < first.FirstToken - offset; k++)
            if (tokens[k].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux) return null;
        return first.Actor;
    }
}
