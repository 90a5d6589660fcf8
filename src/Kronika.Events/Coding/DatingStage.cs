namespace Kronika.Events;

/// <summary>
/// Component "dating": each candidate's date: the expressions that govern its trigger (a date hanging on an event noun
/// is its own), a clause offset from the main clause's time, background tense, a described occurrence, the narrative frame.
/// </summary>
public sealed partial class EventCoder
{
    private void DateCandidates(SentenceContext context)
    {
        var (document, tokens, sentence, tree, times, frame) = (context.Document, context.Tokens, context.Sentence, context.Tree!, context.Times, context.Frame);
        foreach (var candidate in context.Standing)
        {
            var match = candidate.Match;
            // "apologize for the 2008 war": a date that says which occurrence is meant dates no act around it.
            var dating = times.Where(t => t.Start >= sentence.Start && t.End <= sentence.End && !(t.BeforeNoun && t.DatesNoun != tokens[match.Trigger].Start)
                && tree.Governs(t.Start, match.Trigger)).ToList();
            // "attacks on two tankers in the Gulf of Oman on Thursday": a date that hangs on the event noun is its own, whatever is nearer.
            if (tokens[match.Trigger].Pos == PartOfSpeech.Noun && dating.Where(t => HangsOn(tree, t, match.Trigger)).ToList() is { Count: > 0 } ownDates)
                dating = ownDates;
            var date = EventDater.Date(dating, sentence.Start, sentence.End, tokens[match.Trigger].Start, document.Source);
            // "The offer came on Tuesday, three months after the two sides struck a deal": the deal is three months before the offer.
            if (ClauseOffset(document, sentence, tokens[match.Trigger].Start) is { } offset && !dating.Any(t => t.Start > offset.End))
            {
                if ((dating.LastOrDefault(t => !t.IsSince) ?? MainClauseDate(document, tree, sentence, times, frame)) is { } main
                    && main.Value.MovedBy((offset.Before ? 1 : -1) * offset.Count, offset.Unit) is { } shifted)
                {
                    // "three months" is a round figure: the moved date is no finer than its unit.
                    var value = offset.Unit is "day" or "week" || shifted.Precision < DatePrecision.Month ? shifted
                        : offset.Unit == "month" ? PartialDate.OfMonth(shifted.Year, shifted.Month) : PartialDate.OfYear(shifted.Year);
                    date = EventDater.From(new TimeExpression(offset.Start, offset.End, offset.Text, value, main.Basis), document.Source);
                }
            }
            // "Washington had imposed sanctions on Eritrean officials in 2021" (in a 2022 report): where the dates cannot tell, the past perfect says background.
            else if (date.Date is { } dated && date.Basis is not DateBases.Publication && !date.Historical && !EventDater.IsRecent(dated, document.Source)
                && IsToldAsBackground(tree, tokens, sentence, match.Trigger))
                date = date with { Historical = true };
            else if (date.Basis is DateBases.Publication or "")
            {
                // "had left the talks", "have on previous occasions refused": told as background, the act is historical even undated.
                if (IsToldAsBackground(tree, tokens, sentence, match.Trigger))
                    date = new EventDate(null, "", Historical: true);
                // "the brief war in August 2008 that saw Russia come under condemnation": a clause describing a dated occurrence happened then.
                else if (DescribedOccurrence(document, times, sentence, tokens[match.Trigger].Start) is { } described)
                    date = EventDater.From(described, document.Source);
                // "... until the war in August 2008. Russia's forces secured the territories": the narrative goes on at the time it reached.
                else if (frame is not null && ContinuesNarrative(tree, tokens, sentence, match.Trigger, recentFrame: NarrativeFrame.IsRecent(frame, document.Source)))
                    date = EventDater.From(frame, document.Source);
            }
            candidate.Date = date;
        }
    }
}
