using System.Text.RegularExpressions;
using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Time;

/// <summary>
/// Recognizes the time expressions of English news in each sentence and normalizes them against
/// the publication date: full dates, months with or without years, years, decades ("the early
/// 1990s"), weekdays ("on Friday": the nearest such day on or before publication, after it in a
/// future-tense clause), and deictic expressions ("yesterday", "last week", "this year").
/// </summary>
public static partial class TimeRecognizer
{
    private const string Month = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

    // Digits are [0-9], not \d: \d also matches "٢٠٠٨" and "２００８", which int.Parse rejects.
    [GeneratedRegex(
        @"\b(?<since>(?i:since)\s+)?(?:" +
        Month + @"\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:1[89]|20)[0-9][0-9]))?\b" +
        @"|(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+(?<year>(?:1[89]|20)[0-9][0-9]))?\b" +
        @"|(?<iso>(?:1[89]|20)[0-9][0-9]-[0-9][0-9]-[0-9][0-9])\b" +
        @"|(?<prep>(?i:in|since|until|by|from|during|early|late|mid-?|last|next|this|of|end\s+of|beginning\s+of))\s*(?<=\s|-)(?:(?:early|late|mid-?)\s*)?" + Month + @"(?:\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9]))?(?:,?\s+(?:of\s+)?(?<year>(?:1[89]|20)[0-9][0-9]))?\b" +
        @"|" + Month + @",?\s+(?<year>(?:1[89]|20)[0-9][0-9])\b" +
        @"|the\s+(?:(?<part>early|mid|late)[\s-]+)?(?<decade>(?:1[89]|20)[0-9]0)s\b" +
        @"|(?<yearonly>(?<![0-9][,.]?)(?:1[89]|20)[0-9][0-9])(?![0-9,.][0-9]|\s*(?:%|percent|people|troops|soldiers|km|kilometres|miles|dollars|euros))\b" +
        @"|(?<same>(?:that|the)\s+same\s+(?<sameunit>year|month|day)|that\s+(?<sameunit>year|month|day))\b" +
        // "The March vote", "Kyrgyzstan's June referendum": a month before a noun, after a determiner or possessive.
        @"|(?<=(?:\b[Tt]he|\bits|\btheir|\p{L}['’]s)\s)" + Month + @"(?=\s+\p{Ll})" +
        @"|(?<rel>(?i:on\s+|last\s+|next\s+|this\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?i:yesterday|today|tomorrow)|(?i:last|this|next|earlier\s+this|later\s+this)\s+(?<unit>week|month|year))\b" +
        @")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Expression();

    /// <summary>
    /// Counted and weekend expressions, kept apart from <see cref="Expression"/> so that only sentences with one of
    /// their words ("ago", "later", "weekend"...) pay for them.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:" +
        // "the following day", "two weeks later": forward or back from the date the text gave last.
        @"(?<step>(?i:the)\s+(?<stepdir>following|next|previous)\s+(?<stepunit>day|week|month|year)|(?<stepn>(?i:" + CountWords.Pattern + @"))\s+(?<stepunit>day|week|month|year)s?\s+(?<stepdir>later|earlier))\b" +
        // "over the weekend", "last weekend": the weekend before publication.
        @"|(?<weekend>(?i:over\s+the|last|this\s+past|at\s+the)\s+weekend)\b" +
        // "two days ago", "a decade ago": back from publication.
        @"|(?<agon>(?i:" + CountWords.Pattern + @"))\s+(?<agounit>day|week|month|year|decade)s?\s+ago\b" +
        @")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CountedExpression();

    private static readonly HashSet<string> CountedWords = new(StringComparer.Ordinal) { "ago", "later", "earlier", "weekend", "following", "next", "previous" };

    [GeneratedRegex(@"\b(will|shall|'ll|won't|won’t|is to|are to|(?:is|are) due to|plans? to|going to|scheduled|expected to|set to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    /// <summary>The expressions of a document's sentences as matched, before they are resolved against a publication date.</summary>
    public sealed class Matched
    {
        internal readonly List<(Sentence Sentence, string Text, Match[] Matches)> Sentences = [];
    }

    public static TimeExpression[] Recognize(AnalyzedDocument document) => Resolve(document, Find(document));

    /// <summary>Finds the expressions of every sentence; <see cref="Resolve"/> gives their values, again once a publication date is inferred.</summary>
    public static Matched Find(AnalyzedDocument document)
    {
        var matched = new Matched();
        foreach (var sentence in document.Sentences)
        {
            if (!MayHoldTime(document.TokensOf(sentence))) continue;
            var text = document.TextOf(sentence);
            var matches = Matches(text, document.TokensOf(sentence)).ToArray();
            if (matches.Length > 0) matched.Sentences.Add((sentence, text, matches));
        }
        return matched;
    }

    /// <summary>The values of matched expressions against the document's publication date as it stands now.</summary>
    public static TimeExpression[] Resolve(AnalyzedDocument document, Matched matched)
    {
        var result = new List<TimeExpression>();
        var publication = document.Source.PublicationDate;
        foreach (var (sentence, text, matches) in matched.Sentences)
        {
            bool? futureSentence = null;
            int acceptedEnd = 0;
            foreach (var m in matches)
            {
                if (m.Index < acceptedEnd) continue;
                acceptedEnd = m.Index + m.Length;
                // Future tense is a clause's, not the sentence's: "officials who met on Tuesday said the talks will continue".
                // Only weekdays and months without a year need to know it.
                bool future = (m.Groups["weekday"].Success || m.Groups["month"].Success && !m.Groups["year"].Success)
                    && (futureSentence ??= FutureCue().IsMatch(text)) && FutureClause(document, sentence, sentence.Start + m.Index) != false;
                var value = m.Groups["same"].Success ? SameAs(result, m.Groups["sameunit"].Value)
                    : m.Groups["step"].Success ? StepFrom(result, m)
                    : Normalize(m, publication, future);
                // A value off the calendar is no date ("that same year" after one, "999 years later" chained).
                if (value is null || !value.Value.Date.IsValid) continue;
                int start = sentence.Start + m.Index, end = start + m.Length;
                result.Add(new TimeExpression(start, end, m.Value, value.Value.Date, value.Value.Basis) { IsSince = m.Groups["since"].Success || m.Groups["prep"].Value.Equals("since", StringComparison.OrdinalIgnoreCase) || PrecededBySince(text, m.Index) });
            }
        }
        return result.ToArray();
    }

    /// <summary>
    /// False when the clause that holds the character offset is plainly in the past tense (its verb a simple past,
    /// "officials who met on Tuesday"), though the sentence speaks of the future elsewhere; null otherwise, and the
    /// sentence's future cues decide.
    /// </summary>
    private static bool? FutureClause(AnalyzedDocument document, Sentence sentence, int offset)
    {
        var tokens = document.Tokens;
        int word = -1;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Start <= offset && offset < tokens[k].End) { word = k; break; }
        if (word < 0) return null;
        var tree = document.Tree(sentence);
        int p = word;
        for (int hops = 0; hops < 6 && !tokens[p].Pos.IsVerbal() && tree.HeadOf(p) >= 0; hops++) p = tree.HeadOf(p);
        if (tokens[p].Xpos != "VBD") return null;
        foreach (var c in tree.ChildrenOf(p))
            if (tokens[c].Relation is DependencyRelation.Aux or DependencyRelation.AuxPass) return null;
        return false;
    }

    private static readonly HashSet<string> TimeWords = new(
        [.. WeekdayNames.All, "yesterday", "today", "tomorrow", "week", "month", "year", "ago", "day", "weekend", "later", "earlier"], StringComparer.Ordinal);

    /// <summary>The calendar expressions of a sentence and, when it has one of their words, its counted ones, in text order.</summary>
    private static IEnumerable<Match> Matches(string text, ReadOnlySpan<Token> tokens)
    {
        bool counted = false;
        foreach (var t in tokens)
            if (CountedWords.Contains(t.Lower)) { counted = true; break; }
        var calendar = Expression().Matches(text);
        if (!counted) return calendar;
        return calendar.Concat(CountedExpression().Matches(text)).OrderBy(m => m.Index).ThenByDescending(m => m.Length);
    }

    /// <summary>A cheap test before the regular expression: only sentences with a number, a month, a weekday or a deictic word can hold a date.</summary>
    private static bool MayHoldTime(ReadOnlySpan<Token> tokens)
    {
        foreach (var t in tokens)
            if (t.Kind == TokenKind.Number || (t.Text.Length > 0 && char.IsDigit(t.Text[0])) || TimeWords.Contains(t.Lower) || MonthNames.TryGet(t.Text, out _)
                || t.Lower.StartsWith("mid-", StringComparison.Ordinal) || t.Lower.StartsWith("early-", StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>"that same year": the year (month, day) of the last date the document gave.</summary>
    private static (PartialDate Date, string Basis)? SameAs(List<TimeExpression> earlier, string unit)
    {
        if (earlier.Count == 0) return null;
        var last = earlier[^1];
        var precision = unit switch { "day" => DatePrecision.Day, "month" => DatePrecision.Month, _ => DatePrecision.Year };
        if (last.Value.Precision < precision) return null;
        var d = last.Value;
        var date = precision switch
        {
            DatePrecision.Day => d,
            DatePrecision.Month => PartialDate.OfMonth(d.Year, d.Month),
            _ => PartialDate.OfYear(d.Year),
        };
        return (date, last.Basis);
    }

    /// <summary>"the following day", "two weeks later", "a year earlier": the last date the document gave, moved; no finer than that date.</summary>
    private static (PartialDate Date, string Basis)? StepFrom(List<TimeExpression> earlier, Match m)
    {
        if (earlier.Count == 0) return null;
        var last = earlier[^1];
        var word = m.Groups["stepdir"].Value.ToLowerInvariant();
        int n = m.Groups["stepn"].Success ? CountWords.Parse(m.Groups["stepn"].Value) : 1;
        if (n < 0) return null;
        var moved = last.Value.MovedBy((word is "previous" or "earlier" ? -1 : 1) * n, m.Groups["stepunit"].Value.ToLowerInvariant());
        return moved is { } date ? (date, last.Basis) : null;
    }

    private static bool PrecededBySince(string text, int index) =>
        text.AsSpan(0, index).TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The value of one matched expression, or null when it needs a publication date that is unknown, or when it lies
    /// off the calendar ("999 decades ago", "next year" in a report dated 9999: no date).
    /// </summary>
    public static (PartialDate Date, string Basis)? Normalize(Match m, PartialDate? publication, bool future) =>
        ValueOf(m, publication?.IfValid, future) is { Date.IsValid: true } value ? value : null;

    private static (PartialDate Date, string Basis)? ValueOf(Match m, PartialDate? publication, bool future)
    {
        var pub = publication?.Precision == DatePrecision.Day ? publication.Value.First : (DateOnly?)null;
        if (m.Groups["weekend"].Success)
        {
            if (pub is not { } day) return null;
            // The last Saturday before the publication day; a weekend names no single day, so the month is what it gives.
            int back = ((int)day.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
            return MonthOf(CalendarMath.AddDays(day, -(back == 0 ? 7 : back)));
        }
        if (m.Groups["agon"].Success)
        {
            int n = CountWords.Parse(m.Groups["agon"].Value);
            if (n < 0 || publication is not { } p) return null;
            var unit = m.Groups["agounit"].Value.ToLowerInvariant();
            // A count of days is a day; weeks and months name a month; years and decades a year.
            if (unit == "day") return pub is { } d ? Day(CalendarMath.AddDays(d, -n)) : null;
            if (unit is "week" or "month")
            {
                if (p.Precision < DatePrecision.Month) return null;
                return MonthOf(unit == "week" ? CalendarMath.AddDays(p.First, -7L * n) : CalendarMath.AddMonths(p.First, -n));
            }
            return (PartialDate.OfYear(p.Year - n * (unit == "decade" ? 10 : 1)), DateBases.Relative);
        }
        if (m.Groups["iso"].Success)
            return PartialDate.TryParseIso(m.Groups["iso"].Value, out var iso) ? (iso, DateBases.Explicit) : null;
        if (m.Groups["decade"].Success)
            return (PartialDate.OfDecade(int.Parse(m.Groups["decade"].ValueSpan)), DateBases.Explicit);
        if (m.Groups["yearonly"].Success)
            return (PartialDate.OfYear(int.Parse(m.Groups["yearonly"].ValueSpan)), DateBases.Explicit);
        if (m.Groups["month"].Success && MonthNames.TryGet(m.Groups["month"].ValueSpan, out int month))
        {
            bool hasYear = m.Groups["year"].Success;
            int year;
            if (hasYear) year = int.Parse(m.Groups["year"].ValueSpan);
            else if (publication is { } p) year = YearOfMonth(p.Year, p.Precision >= DatePrecision.Month ? p.Month : 12, month, future, m.Groups["prep"].Value.ToLowerInvariant());
            else return null;
            var basis = hasYear ? DateBases.Explicit : DateBases.Relative;
            if (m.Groups["day"].Success)
            {
                int day = int.Parse(m.Groups["day"].ValueSpan);
                // The year may be off the calendar too ("December" in a report dated 9999, a future clause).
                if (!CalendarMath.IsDay(year, month, day)) return null;
                return (PartialDate.OfDay(year, month, day), basis);
            }
            return (PartialDate.OfMonth(year, month), basis);
        }
        if (m.Groups["weekday"].Success)
        {
            if (pub is not { } today) return null;
            var target = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value);
            var relText = m.Groups["rel"].Value;
            bool next = relText.StartsWith("next", StringComparison.OrdinalIgnoreCase) || (future && !relText.StartsWith("last", StringComparison.OrdinalIgnoreCase));
            // "last Tuesday": that day of the week (Monday to Sunday) before the publication's week.
            if (relText.StartsWith("last", StringComparison.OrdinalIgnoreCase))
            {
                int monday = -(((int)today.DayOfWeek + 6) % 7);
                return Day(CalendarMath.AddDays(today, monday - 7 + ((int)target + 6) % 7));
            }
            int delta = next ? ((int)target - (int)today.DayOfWeek + 7) % 7 : -(((int)today.DayOfWeek - (int)target + 7) % 7);
            if (next && delta == 0 && relText.StartsWith("next", StringComparison.OrdinalIgnoreCase)) delta = 7;
            return Day(CalendarMath.AddDays(today, delta));
        }
        if (m.Groups["rel"].Success)
        {
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            if (pub is { } today)
            {
                switch (rel)
                {
                    case "yesterday": return Day(CalendarMath.AddDays(today, -1));
                    case "today": return Day(today);
                    case "tomorrow": return Day(CalendarMath.AddDays(today, 1));
                }
            }
            if (publication is not { } p) return null;
            var anchor = p.First;
            var unit = m.Groups["unit"].Value;
            int step = rel.StartsWith("last") ? -1 : rel.StartsWith("next") ? 1 : 0;
            return unit switch
            {
                "week" when pub is { } t => MonthOf(CalendarMath.AddDays(t, 7 * step)),
                "month" when p.Precision >= DatePrecision.Month => MonthOf(CalendarMath.AddMonths(anchor, step)),
                "year" => (PartialDate.OfYear(p.Year + step), DateBases.Relative),
                _ => null,
            };
        }
        return null;
    }

    /// <summary>A day resolved against the publication date; none when the arithmetic left the calendar.</summary>
    private static (PartialDate Date, string Basis)? Day(DateOnly? day) => day is { } d ? (PartialDate.OfDay(d), DateBases.Relative) : null;

    /// <summary>The month of a day resolved against the publication date; none when the arithmetic left the calendar.</summary>
    private static (PartialDate Date, string Basis)? MonthOf(DateOnly? day) => day is { } d ? (PartialDate.OfMonth(d.Year, d.Month), DateBases.Relative) : null;

    /// <summary>The year of a month named without one: the latest such month not after publication, or the next one in a future clause.</summary>
    private static int YearOfMonth(int pubYear, int pubMonth, int month, bool future, string preposition)
    {
        // "until March" looks forward only in a future clause: "the embassy stayed closed until March" is past.
        bool forward = future || preposition is "next";
        if (forward) return month >= pubMonth ? pubYear : pubYear + 1;
        return month <= pubMonth ? pubYear : pubYear - 1;
    }
}
