namespace Kronika.Actors;

// What the recognizer remembers of a document as it reads it.
public sealed partial class ActorRecognizer
{
    /// <summary>What a document has said about its actors so far: people by surname, the last person and countries.</summary>
    private sealed class DocumentMemory
    {
        private readonly Dictionary<string, Actor> _people = new(StringComparer.Ordinal);
        private readonly List<Actor> _countries = [];

        public Actor? LastPerson { get; private set; }

        /// <summary>The story's setting, read from the whole document before this reading (<see cref="StorySetting.None"/> during that first reading).</summary>
        public StorySetting Setting { get; set; } = StorySetting.None;

        /// <summary>Whether a quotation opened in an earlier sentence of the paragraph is still open.</summary>
        public bool InQuotation { get; set; }

        /// <summary>The speaker of the last attributed quotation: who "we" is in a quotation that goes on.</summary>
        public Actor? QuotationSpeaker { get; set; }

        /// <summary>The last person who was the subject of a clause: what a subject "he" or "she" refers to.</summary>
        public Actor? LastSubjectPerson { get; set; }

        /// <summary>The last country, body or group that was the subject of a clause: what a subject "it" refers to.</summary>
        public Actor? LastSubject { get; set; }

        /// <summary>The plural group that opened the sentence just recognized ("Hundreds of demonstrators gathered..."), or null.</summary>
        public Actor? OpeningGroup { get; set; }
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
        /// <remarks>
        /// The subject of the sentence the word stands in is not what it refers to: "Turkey backs some of the rebel groups"
        /// does not make the rebels Turkish.
        /// </remarks>
        public Actor? LastWithRole(string word, string role, int sentenceStart) =>
            _lastByWord.GetValueOrDefault(word)
            ?? (LastSubjectAt < sentenceStart && LastSubject is { Country.Length: 3 } subject && subject.Country != "IGO" ? subject : null)
            ?? _lastByRole.GetValueOrDefault(role);

        /// <summary>The first token of the mention that set <see cref="LastSubject"/>.</summary>
        public int LastSubjectAt { get; set; } = -1;

        /// <summary>The last two distinct places, bodies or groups named (not people, not pair phrases): what a bare "the two" means.</summary>
        public Actor[]? LastTwo(IReadOnlyCollection<Actor> except, bool separatistOnly = false)
        {
            var two = _recent.Where(a => !except.Contains(a) && (!separatistOnly || a.Role == "SEP")).TakeLast(2).ToArray();
            return two.Length == 2 ? two : null;
        }

        private readonly HashSet<(string Person, string Word)> _titleWords = [];

        // The people named with a state's country, oldest first.
        private readonly List<Actor> _recentPeople = [];

        /// <summary>The last two people named who belong to two different states ("Ardern ... Abe": "the two leaders"), or null.</summary>
        public Actor[]? LastTwoPeople()
        {
            if (_recentPeople.Count < 2) return null;
            var last = _recentPeople[^1];
            var other = _recentPeople.LastOrDefault(p => p.Country != last.Country);
            return other is null ? null : [other, last];
        }

        /// <summary>Whether the person was named with the title word ("President Barack Obama": "president").</summary>
        public bool WasTitled(Actor person, string word) => _titleWords.Contains((person.Name, word));

        /// <summary>The last mention noted: the possessor of a role word that follows it ("Assad's government").</summary>
        public ActorMention? LastMention { get; private set; }

        private readonly Dictionary<string, char> _sexes = new(StringComparer.Ordinal);
        private readonly List<Actor> _peopleInOrder = [];

        /// <summary>The sex the text has given a person ('f', 'm'), or null.</summary>
        public char? SexOf(Actor person) => _sexes.TryGetValue(person.Name, out var sex) ? sex : null;

        public void NoteSex(Actor person, char sex) => _sexes[person.Name] = sex;

        /// <summary>The last person named whom the text has given the sex <paramref name="sex"/>.</summary>
        public Actor? LastPersonOf(char sex)
        {
            for (int k = _peopleInOrder.Count - 1; k >= 0; k--)
                if (SexOf(_peopleInOrder[k]) == sex) return _peopleInOrder[k];
            return null;
        }

        /// <summary>The last person named whom the text has not given the sex <paramref name="sex"/>.</summary>
        public Actor? LastPersonNotOf(char sex)
        {
            for (int k = _peopleInOrder.Count - 1; k >= 0; k--)
                if (SexOf(_peopleInOrder[k]) != sex) return _peopleInOrder[k];
            return null;
        }

        private readonly Dictionary<string, Actor> _namedAsWord = new(StringComparer.Ordinal);

        /// <summary>The body a one-capital word names where the story wrote it inside a sentence ("Eta", "Nato"), or null.</summary>
        public Actor? NamedAsWord(string written) => _namedAsWord.GetValueOrDefault(written);

        public void Note(ActorMention mention)
        {
            LastMention = mention;
            // "Eta", "Nato", "Farc": one word, a capital and lower case, naming a body (an acronym written as a word).
            if (!mention.IsPerson && mention.Head is EntryKind.Name or EntryKind.Organization && mention.Actors.Length == 1 && mention.Actor.IsResolved
                && mention.Text.Length >= 3 && char.IsUpper(mention.Text[0]) && mention.Text.Skip(1).All(char.IsLower))
                _namedAsWord[mention.Text] = mention.Actor;
            foreach (var actor in mention.Actors)
            {
                // A list of countries' forces ("militias from Lebanon, Iraq and Afghanistan") is no one "the militias" can mean later.
                if (actor.Country.Length == 3 && actor.Country != "IGO" && actor.Role.Length > 0 && mention.Head is not EntryKind.Pair && mention.Actors.Length == 1)
                {
                    _lastByRole[actor.Role] = actor;
                    foreach (var word in mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        _lastByWord[word.ToLowerInvariant()] = actor;
                }
                if (mention.IsPerson)
                {
                    LastPerson = actor;
                    _peopleInOrder.Remove(actor);
                    _peopleInOrder.Add(actor);
                    if (actor.Country.Length == 3 && actor.Country != "IGO")
                    {
                        _recentPeople.RemoveAll(p => p.Name == actor.Name);
                        _recentPeople.Add(actor);
                    }
                    foreach (var word in mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        if (!char.IsUpper(word[0]) || mention.Head is EntryKind.Title or EntryKind.Name or EntryKind.Adjective)
                            _titleWords.Add((actor.Name, word.ToLowerInvariant()));
                    var parts = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length > 0 && mention.Head is not EntryKind.Person || parts.Length > 1)
                    {
                        _people[ActorDictionary.Fold(actor.Name)] = actor;
                        if (parts.Length > 1) RememberSurname(parts[^1], actor);
                        // The text's own spelling of the surname: "President Bashar Assad" is "Assad" later, though the
                        // dictionary writes "Bashar al-Assad".
                        var written = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        if (written.Length > 1 && written[^1].Length > 1 && (char.IsUpper(written[^1][0]) || ActorDictionary.ArabicArticleName(written[^1]))) RememberSurname(written[^1], actor);
                    }
                }
                else if (actor.IsResolved && mention.Head is not EntryKind.Pair)
                {
                    _recent.Remove(actor);
                    _recent.Add(actor);
                    // A region ("Europe's biggest economy") is no state of the story: not one of its pair, nor its home.
                    if (actor.Country == "IGO" || mention.Head is EntryKind.Region) continue;
                    _countries.Remove(_countries.FirstOrDefault(c => c.Country == actor.Country)!);
                    _countries.Add(actor);
                    _mentionCounts[actor.Country] = _mentionCounts.GetValueOrDefault(actor.Country) + 1;
                    if (mention.Head is EntryKind.Name or EntryKind.Capital or EntryKind.Adjective) _countryNames[actor.Country] = actor.Name;
                }
            }
        }

        /// <summary>Arabic surnames are written with and without their article: "al-Assad" is "Assad", "el-Sisi" "Sisi".</summary>
        private static readonly string[] SurnameArticles = ["al-", "el-", "Al-", "El-"];

        private void RememberSurname(string surname, Actor actor)
        {
            _people[ActorDictionary.Fold(surname)] = actor;
            foreach (var article in SurnameArticles)
                if (surname.StartsWith(article, StringComparison.Ordinal) && surname.Length > article.Length + 1)
                    _people[ActorDictionary.Fold(surname[article.Length..])] = actor;
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
