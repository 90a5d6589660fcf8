using Kronika.Actors;
using Kronika.Documents;
using Kronika.Language;

namespace Kronika.Time;

/// <summary>
/// Infers when an article was published when neither its metadata nor its text says so, from what
/// the text gives away: every past date it states is a lower bound (the article reports it), a dated
/// photo caption too, a copyright year bounds both ends, and each person named with the title of an
/// office ("US Secretary of State Colin Powell") places the article within that office's terms; a
/// report dated by an election still to come ("two days before it stages a presidential election")
/// places it between that day and the vote. The date is set only as precisely as the bounds allow:
/// a day, a month or a year, else not at all.
/// </summary>
public sealed class PublicationDateInference(ElectionCalendar elections)
{
    public static PublicationDateInference LoadDefault() => new(ElectionCalendar.LoadDefault());

    /// <summary>Lemmas that put a stated date ahead of the article ("his term expires in 2013").</summary>
    private static readonly HashSet<string> FutureWords = new(StringComparer.Ordinal)
    {
        "will", "shall", "expire", "upcoming", "next", "schedule", "due", "plan", "expect", "until", "by",
    };

    /// <summary>
    /// Sets the document's publication date (basis inferred) when it was unknown or known only to its
    /// year, and the bounds allow a narrower date; returns whether it changed. <paramref name="today"/>
    /// closes the terms of office that have not ended.
    /// </summary>
    public bool Apply(AnalyzedDocument document, IReadOnlyList<ActorMention> mentions, IEnumerable<TitledMention> titled, IReadOnlyList<TimeExpression> times, DateOnly today)
    {
        var source = document.Source;
        if (!NeedsInference(source)) return false;
        var evidence = new List<string>();
        DateOnly from = DateOnly.MinValue, to = today;
        if (source.PublicationDate is { } known)
        {
            (from, to) = (known.First, known.Last);
            evidence.Add(source.PublicationDateEvidence ?? $"year {known}");
        }
        // A caption dated after today contradicts the window (a typo, a placeholder): it bounds nothing.
        if (source.PublishedNotBefore is { } photo && photo > from && photo <= to)
        {
            from = photo;
            evidence.Add($"photo dated {photo:yyyy-MM-dd}");
        }
        if (LatestPastDate(document, times) is { } reported && reported.Value.First > from && reported.Value.First <= to)
        {
            from = reported.Value.First;
            evidence.Add($"reports \"{reported.Text}\"");
        }
        List<(DateOnly From, DateOnly To)> window = [(from, to)];
        foreach (var mention in titled)
        {
            var narrowed = Intersect(window, mention.Terms.Select(t => (t.From, t.To ?? today)));
            // A title the terms cannot all fit (a stale entry, "President Bush" in a retrospective) is left out.
            if (narrowed.Count == 0 || SameWindow(narrowed, window)) continue;
            window = narrowed;
            evidence.Add($"{mention.Office} {mention.Name} {string.Join(", ", mention.Terms.Select(t => $"{t.From:yyyy-MM-dd}..{(t.To is { } end ? end.ToString("yyyy-MM-dd") : "")}"))}");
        }
        var first = window.Min(w => w.From);
        var last = window.Max(w => w.To);
        if (first != DateOnly.MinValue && ElectionAhead(document, mentions, first, last) is { } vote)
        {
            (first, last) = (vote.From, vote.To);
            evidence.Add(vote.Why);
        }
        if (source.DatelineMonthDay is { } monthDay && first != DateOnly.MinValue && DatelineDay(monthDay, first, last) is { } dated)
        {
            (first, last) = (dated, dated);
            evidence.Add($"dateline {dated:MMMM d}");
        }
        // News reports the day's events: "Russia on Friday offered..." in the lead, within a window of a week, is the day itself.
        // (A window whose bounds crossed, last before first, holds no day: Narrowest below gives no date for it.)
        if (first != DateOnly.MinValue && first < last && last.DayNumber - first.DayNumber < 7 && LeadWeekday(document) is { } weekday)
        {
            for (int day = first.DayNumber; day <= last.DayNumber; day++)
            {
                var leadDay = DateOnly.FromDayNumber(day);
                if (leadDay.DayOfWeek != weekday) continue;
                (first, last) = (leadDay, leadDay);
                evidence.Add($"lead \"on {weekday}\"");
                break;
            }
        }
        var date = Narrowest(first, last);
        if (date is null || (source.PublicationDate is { } before && before.Precision >= date.Value.Precision)) return false;
        source.PublicationDate = date;
        source.PublicationDateBasis = DateBasis.Inferred;
        source.PublicationDateEvidence = string.Join("; ", evidence);
        return true;
    }

    /// <summary>
    /// The days between a report dated by a coming election of a country of its sentence and that
    /// election, when exactly one election of the calendar fits the window.
    /// </summary>
    private (DateOnly From, DateOnly To, string Why)? ElectionAhead(AnalyzedDocument document, IReadOnlyList<ActorMention> mentions, DateOnly first, DateOnly last)
    {
        foreach (var sentence in document.Sentences)
        {
            var text = document.TextOf(sentence);
            foreach (var anchor in ElectionCalendar.Anchors(text, sentence.Start))
            {
                if (!anchor.ElectionAhead) continue;
                var countries = mentions.Where(m => m.Start >= sentence.Start && m.End <= sentence.End)
                    .SelectMany(m => m.Actors).Select(a => a.Country).Where(c => c.Length == 3 && c != "IGO").Distinct();
                // Day numbers, not AddDays: the offset is the text's ("999 weeks before the vote").
                var fits = countries.SelectMany(c => elections.Of(c, anchor.Kind))
                    .Where(e => e.Date.Last >= first && e.Date.First.DayNumber + (long)anchor.Offset <= last.DayNumber).Distinct().ToList();
                if (fits.Count != 1) continue;
                var vote = fits[0];
                if (CalendarMath.AddDays(vote.Date.First, anchor.Offset) is not { } opens || CalendarMath.AddDays(vote.Date.Last, -1) is not { } closes) continue;
                var from = Max(first, opens);
                var to = Min(last, closes);
                if (from <= to) return (from, to, $"\"{anchor.Text}\" ({vote.Country} {vote.Kind.ToString().ToLowerInvariant()} election {vote.Date})");
            }
        }
        return null;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>The weekday the lead sentence reports its news on ("Russia on Friday offered"), unless in a future clause.</summary>
    private static DayOfWeek? LeadWeekday(AnalyzedDocument document)
    {
        if (document.Sentences.Length == 0) return null;
        var lead = document.Sentences[0];
        if (InFutureClause(document, lead.Start)) return null;
        foreach (var token in document.TokensOf(lead))
            if (Enum.TryParse<DayOfWeek>(token.Text, ignoreCase: false, out var day) && token.IsCapitalized && token.Text.Length > 5)
                return day;
        return null;
    }

    /// <summary>The one day of the window with a dateline's month and day ("March 2" in 2012), if there is exactly one.</summary>
    private static DateOnly? DatelineDay((int Month, int Day) monthDay, DateOnly first, DateOnly last)
    {
        DateOnly? found = null;
        for (int year = first.Year; year <= last.Year; year++)
        {
            if (CalendarMath.Day(year, monthDay.Month, monthDay.Day) is not { } day || day < first || day > last) continue;
            if (found is not null) return null;
            found = day;
        }
        return found;
    }

    /// <summary>Whether the document's publication date is still to be inferred (not given by metadata or printed in the text).</summary>
    public static bool NeedsInference(SourceDocument source) => source.PublicationDateBasis is not (DateBasis.Metadata or DateBasis.Stated);

    /// <summary>The single day, month or year that holds the whole window, if any.</summary>
    public static PartialDate? Narrowest(DateOnly first, DateOnly last)
    {
        if (first == DateOnly.MinValue || last < first) return null;
        if (first == last) return PartialDate.OfDay(first);
        if (first.Year == last.Year && first.Month == last.Month) return PartialDate.OfMonth(first.Year, first.Month);
        if (first.Year == last.Year) return PartialDate.OfYear(first.Year);
        return null;
    }

    /// <summary>The latest date the text states of something that has happened (not in a future or conditional clause).</summary>
    private static TimeExpression? LatestPastDate(AnalyzedDocument document, IReadOnlyList<TimeExpression> times)
    {
        TimeExpression? latest = null;
        foreach (var time in times)
        {
            if (time.Basis != DateBases.Explicit || InFutureClause(document, time.Start)) continue;
            if (latest is null || time.Value.First > latest.Value.First) latest = time;
        }
        return latest;
    }

    private static bool InFutureClause(AnalyzedDocument document, int offset)
    {
        foreach (var sentence in document.Sentences)
        {
            if (offset < sentence.Start || offset >= sentence.End) continue;
            foreach (var token in document.TokensOf(sentence))
                if (token.Xpos == "MD" || FutureWords.Contains(token.Lemma))
                    return true;
            return false;
        }
        return false;
    }

    private static List<(DateOnly From, DateOnly To)> Intersect(List<(DateOnly From, DateOnly To)> window, IEnumerable<(DateOnly From, DateOnly To)> terms)
    {
        var result = new List<(DateOnly, DateOnly)>();
        foreach (var term in terms)
            foreach (var w in window)
            {
                var from = term.From > w.From ? term.From : w.From;
                var to = term.To < w.To ? term.To : w.To;
                if (from <= to) result.Add((from, to));
            }
        return result;
    }

    private static bool SameWindow(List<(DateOnly From, DateOnly To)> a, List<(DateOnly From, DateOnly To)> b) =>
        a.Min(w => w.From) == b.Min(w => w.From) && a.Max(w => w.To) == b.Max(w => w.To);
}
