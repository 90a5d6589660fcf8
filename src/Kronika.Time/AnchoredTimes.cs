using System.Text.RegularExpressions;
using Kronika.Actors;
using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Time;

/// <summary>
/// Time expressions whose value comes from something the text names rather than from calendar words:
/// an occurrence the article dated earlier ("a five-day war in August 2008" ... "in the aftermath of the
/// conflict"), a well-known event ("since the annexation of Crimea"), or a country's election ("two days
/// before it stages a presidential election"). Each carries its <see cref="TimeExpression.Anchor"/>.
/// </summary>
public sealed partial class AnchoredTimes
{
    private readonly ElectionCalendar _elections;
    private readonly Dictionary<string, string> _occurrenceClass;
    private readonly Regex _namedEvent;
    private readonly Dictionary<string, (PartialDate Date, string What)> _namedEventByName;
    /// <summary>The last word of every event name: a sentence without one names no event, and the expression is not tried.</summary>
    private readonly HashSet<string> _namedEventWords;
    private readonly Regex _reference;

    public AnchoredTimes(ElectionCalendar elections, IEnumerable<(string Noun, string Class)> occurrences, IEnumerable<(string Names, PartialDate Date, string What)> namedEvents)
    {
        _elections = elections;
        // Keyed by lower case and compared ordinally: tokens carry their lower-case form, and this runs on every token.
        _occurrenceClass = occurrences.ToDictionary(o => o.Noun.ToLowerInvariant(), o => o.Class, StringComparer.Ordinal);
        _namedEventByName = new(StringComparer.OrdinalIgnoreCase);
        foreach (var (names, date, what) in namedEvents)
            foreach (var name in names.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                _namedEventByName[name] = (date, what);
        _namedEventWords = _namedEventByName.Keys.Select(n => n.Split(' ')[^1].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var alternatives = _namedEventByName.Keys.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace("\\ ", "\\s+"));
        _namedEvent = new Regex(@"\b(?:" + Offset + @"(?<prep>" + TemporalPrepositions + @"|before)\s+)?(?:the\s+)?(?<name>" + string.Join("|", alternatives) + @")$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.RightToLeft);
        var nouns = string.Join("|", _occurrenceClass.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        // "in the aftermath of the conflict", "since their war", "during last year's talks": a temporal preposition before a definite occurrence noun.
        _reference = new Regex(@"\b" + Offset + @"(?<prep>" + TemporalPrepositions + @"|before)\s+(?:the|their|its|this|that|his|her|our)\s+(?:[\w-]+\s+){0,2}?(?<noun>" + nouns + @")$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.RightToLeft);
    }

    /// <summary>"three months" before "after the deal".</summary>
    private const string Offset = @"(?:(?<n>" + CountWords.Pattern + @")\s+(?<unit>day|week|month|year)s?\s+)?";

    /// <summary>Prepositions that place an act in time relative to an occurrence; "before" is left out: it says only that the act came earlier.</summary>
    private const string TemporalPrepositions = @"since|after|following|during|amid|in|in\s+the\s+aftermath\s+of|in\s+the\s+wake\s+of|at\s+the\s+end\s+of|at\s+the\s+start\s+of|at\s+the\s+height\s+of|in\s+the\s+run-up\s+to";

    public static AnchoredTimes LoadDefault(ElectionCalendar elections) => Load(elections, DataDirectory.File("time", "occurrences.tsv"), DataDirectory.File("time", "named-events.tsv"));

    /// <summary>Reads the occurrence nouns (noun, class) and named events (names, date, what); a malformed row is an error naming the file and line.</summary>
    public static AnchoredTimes Load(ElectionCalendar elections, string occurrencesPath, string namedEventsPath)
    {
        var occurrences = DataDirectory.ReadTable(occurrencesPath).Select(row => row.Fields.Length >= 2 && row.Fields[0].Trim().Length > 0
            ? (row.Fields[0].Trim(), row.Fields[1].Trim())
            : throw new FormatException($"{occurrencesPath}:{row.Line}: expected a noun and its class")).ToList();
        var named = DataDirectory.ReadTable(namedEventsPath).Select(row => row.Fields.Length >= 2 && PartialDate.TryParseIso(row.Fields[1].Trim(), out var date)
            ? (row.Fields[0].Trim(), date, row.Fields.Length > 2 ? row.Fields[2].Trim() : "")
            : throw new FormatException($"{namedEventsPath}:{row.Line}: expected names, a date YYYY[-MM[-DD]] and a description")).ToList();
        return new AnchoredTimes(elections, occurrences, named);
    }

    /// <summary>A dated occurrence of the text: its class ("war"), the date and where it was named.</summary>
    private readonly record struct Occurrence(string Class, TimeExpression Date, int Start, string Text);

    /// <summary>The calendar expressions with the anchored ones added, in text order.</summary>
    public TimeExpression[] Add(AnalyzedDocument document, IReadOnlyList<ActorMention> mentions, TimeExpression[] calendar)
    {
        var added = new List<TimeExpression>();
        var occurrences = new List<Occurrence>();
        var references = new List<int>();
        var nameEnds = new List<int>();
        var publication = document.Source.PublicationDate;
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            // Occurrences the sentence dates: "a five-day war in 2008", "the August 2008 war".
            bool mayNameElection = false;
            int firstNameEnd = nameEnds.Count;
            int firstReference = references.Count;
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (_namedEventWords.Contains(tokens[k].Lower)) nameEnds.Add(k);
                if (!_occurrenceClass.TryGetValue(tokens[k].Lower, out var cls)) continue;
                mayNameElection |= cls is "election" or "referendum";
                // A reference back needs an occurrence of its class named before it, or a date of its own ("after the 2008 war").
                bool earlier = occurrences.Exists(o => o.Class == cls);
                if ((DateOf(calendar, tokens[k], document.Source.Text) ?? DateOfClause(calendar, document.Tree(sentence), k)) is int at)
                {
                    var date = calendar[at] = calendar[at] with { DatesNoun = tokens[k].Start, BeforeNoun = calendar[at].End <= tokens[k].Start };
                    occurrences.Add(new Occurrence(cls, date, tokens[k].Start, tokens[k].Text));
                    if (date.BeforeNoun) references.Add(k);
                    else continue;
                }
                else if (earlier) references.Add(k);
            }
            for (int n = firstNameEnd; n < nameEnds.Count; n++)
            {
                // Read back from the name's last word: "Two years after the | invasion of Ukraine".
                int windowStart = Math.Max(sentence.Start, tokens[nameEnds[n]].Start - 120);
                var m = _namedEvent.Match(document.Source.Text, windowStart, tokens[nameEnds[n]].End - windowStart);
                if (!m.Success) continue;
                var (value, what) = _namedEventByName[Regex.Replace(m.Groups["name"].Value, @"\s+", " ")];
                if (Offsetted(m, value) is not { } at) continue;
                var expression = new TimeExpression(m.Index, m.Index + m.Length, m.Value, at, DateBases.Explicit) { IsSince = IsSince(m), Anchor = what + " " + value };
                if (m.Groups["prep"].Success) added.Add(expression);
                occurrences.Add(new Occurrence(ClassOfName(m.Value), expression, m.Index, m.Value));
            }
            for (int r = firstReference; r < references.Count; r++)
            {
                // Read back from the noun only: the expression ends at it ("In the aftermath of the | conflict").
                int windowStart = Math.Max(sentence.Start, tokens[references[r]].Start - 90);
                var m = _reference.Match(document.Source.Text, windowStart, tokens[references[r]].End - windowStart);
                if (!m.Success) continue;
                int start = m.Index, nounStart = m.Groups["noun"].Index;
                // "after the 2008 war": the occurrence carries its own date, which the preposition makes the clause's.
                var own = occurrences.FindLast(o => o.Start == nounStart);
                if (own.Text is null && Overlaps(calendar, start, start + m.Length) || Overlaps(added, start, start + m.Length)) continue;
                var cls = _occurrenceClass[m.Groups["noun"].Value.ToLowerInvariant()];
                var antecedent = own.Text is not null ? own : occurrences.FindLast(o => o.Class == cls && o.Start < nounStart);
                if (antecedent.Text is null) continue;
                if (Offsetted(m, antecedent.Date.Value) is not { } value) continue;
                added.Add(new TimeExpression(start, start + m.Length, m.Value, value, antecedent.Date.Basis)
                { IsSince = IsSince(m), Anchor = $"\"{antecedent.Text}\" {antecedent.Date.Text.Trim()}" });
            }
            if (publication is { } p && mayNameElection)
                foreach (var anchor in ElectionCalendar.Anchors(document.TextOf(sentence), sentence.Start))
                    if (ElectionOf(anchor, p, mentions, sentence) is { } vote && vote.Date.Precision == DatePrecision.Day
                        && CalendarMath.AddDays(vote.Date.First, anchor.Offset) is { } day)
                        added.Add(new TimeExpression(anchor.Start, anchor.Start + anchor.Text.Length, anchor.Text, PartialDate.OfDay(day), DateBases.Relative)
                        { Anchor = $"{vote.Country} {vote.Kind.ToString().ToLowerInvariant()} election {vote.Date}" });
        }
        if (added.Count == 0) return calendar;
        return calendar.Concat(added).OrderBy(t => t.Start).ToArray();
    }

    /// <summary>
    /// "three months after the deal": the occurrence's date moved by the offset, at the occurrence's precision;
    /// the date itself without an offset; null for a bare "before" (it says only that the act came earlier).
    /// </summary>
    private static PartialDate? Offsetted(Match m, PartialDate date)
    {
        // "twenty-five years after the war": an offset not read is not no offset.
        if (!m.Groups["n"].Success && UnitBefore().IsMatch(m.Result("$`"))) return null;
        bool before = m.Groups["prep"].Value.Equals("before", StringComparison.OrdinalIgnoreCase);
        if (!m.Groups["n"].Success) return before ? null : date;
        return date.MovedBy((before ? -1 : 1) * CountWords.Parse(m.Groups["n"].Value), m.Groups["unit"].Value.ToLowerInvariant());
    }

    [GeneratedRegex(@"\b(?:day|week|month|year)s?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitBefore();

    private static bool IsSince(Match m) => m.Groups["prep"].Value.Equals("since", StringComparison.OrdinalIgnoreCase);

    private string ClassOfName(string name)
    {
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Reverse())
            if (_occurrenceClass.TryGetValue(word, out var cls)) return cls;
        return name;
    }

    private static bool Overlaps(IEnumerable<TimeExpression> expressions, int start, int end) =>
        expressions.Any(e => e.Start < end && start < e.End);

    /// <summary>
    /// The calendar expression that dates an occurrence noun: right before it inside its phrase ("the August 2008
    /// war", "the 2008 South Ossetia war") or right after it ("war in August 2008", "the talks on Tuesday").
    /// </summary>
    private static int? DateOf(TimeExpression[] calendar, in Token noun, string text)
    {
        for (int i = 0; i < calendar.Length; i++)
        {
            var e = calendar[i];
            if (e.IsSince || e.DatesNoun >= 0) continue;
            if (e.End <= noun.Start && noun.Start - e.End <= 24 && PhraseBetween(text.AsSpan(e.End, noun.Start - e.End))) return i;
            if (e.Start >= noun.End && e.Start - noun.End <= 32 && PrepositionBetween().IsMatch(text.AsSpan(noun.End, e.Start - noun.End))) return i;
        }
        return null;
    }

    /// <summary>Verbs whose subject or object occurrence happens when the verb does ("a war began in November 2020", "signed a deal in 2018").</summary>
    private static readonly HashSet<string> HappeningVerbs = new(StringComparer.Ordinal)
    {
        "begin", "start", "erupt", "break", "end", "happen", "occur", "hold", "sign", "fight", "wage", "launch", "stage", "strike", "reach", "conclude", "call", "declare", "agree",
    };

    /// <summary>
    /// The calendar expression of the clause whose verb makes the occurrence happen: the noun is the verb's subject
    /// or object and the expression hangs on the same verb.
    /// </summary>
    private static int? DateOfClause(TimeExpression[] calendar, DependencyTree tree, int noun)
    {
        var tokens = tree.Document.Tokens;
        var sentence = tree.Sentence;
        int verb = tree.HeadOf(noun);
        if (verb < 0 || tokens[noun].Relation is not (DependencyRelation.Nsubj or DependencyRelation.NsubjPass or DependencyRelation.Obj)
            || !HappeningVerbs.Contains(tokens[verb].Lemma)) return null;
        for (int i = 0; i < calendar.Length; i++)
        {
            var e = calendar[i];
            if (e.IsSince || e.DatesNoun >= 0 || e.Start < tokens[sentence.FirstToken].Start || e.End > tokens[sentence.EndToken - 1].End) continue;
            // The word of the expression that hangs outside it.
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (tokens[k].Start < e.Start || tokens[k].End > e.End) continue;
                int head = tree.HeadOf(k);
                if (head >= 0 && (tokens[head].Start < e.Start || tokens[head].End > e.End))
                {
                    if (head == verb) return i;
                    break;
                }
            }
        }
        return null;
    }

    /// <summary>At most two words, capitalized or hyphenated modifiers ("South Ossetia", "five-day"), and no punctuation.</summary>
    private static bool PhraseBetween(ReadOnlySpan<char> between)
    {
        int words = 0;
        foreach (var range in between.Split(' '))
        {
            var w = between[range];
            if (w.IsEmpty) continue;
            if (++words > 2 || !(char.IsUpper(w[0]) || w.Contains('-'))) return false;
            foreach (var c in w) if (!char.IsLetter(c) && c != '-') return false;
        }
        return true;
    }

    /// <summary>Nothing, a preposition, or a place first ("a peace deal in Havana in June 2015", "attacks in Paris on November 13").</summary>
    [GeneratedRegex(@"^\s*(?:(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,?\s+)?(?:in|of|on|for)?\s*$")]
    private static partial Regex PrepositionBetween();

    /// <summary>The one election of a country of the sentence that the anchor can mean: the next one for a vote still to come, else the nearest within a year.</summary>
    private Election? ElectionOf(ElectionAnchor anchor, PartialDate publication, IReadOnlyList<ActorMention> mentions, Sentence sentence)
    {
        var countries = mentions.Where(m => m.Start >= sentence.Start && m.End <= sentence.End)
            .SelectMany(m => m.Actors).Select(a => a.Country).Where(c => c.Length == 3 && c != "IGO").Distinct();
        var pub = publication.First;
        var fits = countries.SelectMany(c => _elections.Of(c, anchor.Kind))
            .Where(e => anchor.ElectionAhead
                ? e.Date.Last >= pub && e.Date.First.DayNumber <= pub.DayNumber + 366
                : Math.Abs(e.Date.First.DayNumber - pub.DayNumber) <= 366)
            .Distinct().ToList();
        if (fits.Count == 0) return null;
        if (anchor.ElectionAhead) return fits.MinBy(e => e.Date.First);
        return fits.Count == 1 ? fits[0] : null;
    }
}
