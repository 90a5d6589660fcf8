using System.Text.RegularExpressions;

namespace Kronika.Events;

/// <summary>Background and time: dates that hang on the event noun, clause offsets, described occurrences, the narrative frame and background tense.</summary>
public sealed partial class EventCoder
{

    /// <summary>Whether a time expression hangs on a noun: its outside head reaches the noun in at most three steps through no verb.</summary>
    private bool HangsOn(SentenceTree tree, TimeExpression expression, int noun)
    {
        var (tokens, sentence) = (tree.Document.Tokens, tree.Sentence);
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Start < expression.Start || tokens[k].End > expression.End) continue;
            int head = tree.Head(k);
            if (head >= 0 && tokens[head].Start >= expression.Start && tokens[head].End <= expression.End) continue;
            for (int hops = 0; hops < 3 && head >= 0; hops++)
            {
                if (head == noun) return true;
                if (tokens[head].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux) return false;
                head = tree.Head(head);
            }
            return false;
        }
        return false;
    }


    /// <summary>
    /// Moves the narrative frame to the sentence's time: the expressions of its main clause when the parse finds
    /// any ("Russia on Friday offered ... since the two waged a war in 2008" is told on Friday), else all of them;
    /// an undated statement ends a background frame.
    /// </summary>
    private void AdvanceFrame(NarrativeFrame frame, int index, AnalyzedDocument document, Sentence sentence, SentenceTree? tree, ActorMention[] mentions, IReadOnlyList<TimeExpression> times)
    {
        var own = times.Where(t => t.Start >= sentence.Start && t.End <= sentence.End).ToList();
        if (own.Count == 0)
        {
            // An undated statement returns a background narrative to the news; a recent frame ("on Tuesday ... he told lawmakers") goes on.
            if (frame.At(index) is { } current && !NarrativeFrame.IsRecent(current, document.Source) && IsNewsReport(document.Tokens, document.Tree(sentence).Root)) frame.Reset();
            return;
        }
        // The tree the coder built for the sentence, or one built now that a date needs it.
        var main = MainClauseTimes(document.Tokens, sentence, tree ?? new SentenceTree(document, sentence, mentions), own).ToList();
        frame.Advance(index, main.Count > 0 ? main : own, document.Source.PublicationDate);
    }

    /// <summary>The expressions among a sentence's own that govern its root: the time of its main clause.</summary>
    private IEnumerable<TimeExpression> MainClauseTimes(Token[] tokens, Sentence sentence, SentenceTree tree, IEnumerable<TimeExpression> own)
    {
        int root = tree.Root;
        return root < 0 ? [] : own.Where(t => tree.Governs(t.Start, root));
    }

    [GeneratedRegex(@"\b(?<n>" + CountWords.Pattern + @")\s+(?<unit>day|week|month|year)s?\s+(?<dir>after|before)\s", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetClauseOpening();

    /// <summary>
    /// "came three months after [the two sides struck a deal]": the offset that opens the clause holding the trigger, when that
    /// clause follows its main clause (a preposed "Three months after X, Y did Z" puts Z in the main clause).
    /// </summary>
    private (int Start, int End, string Text, int Count, string Unit, bool Before)? ClauseOffset(AnalyzedDocument document, Sentence sentence, int triggerStart)
    {
        var text = document.Source.Text;
        if (triggerStart <= sentence.Start) return null;
        for (var m = OffsetClauseOpening().Match(text, sentence.Start, triggerStart - sentence.Start); m.Success; m = m.NextMatch())
        {
            bool preposed = text.AsSpan(sentence.Start, m.Index - sentence.Start).Trim().IsEmpty || text.AsSpan(sentence.Start, m.Index - sentence.Start).TrimEnd().EndsWith(",");
            if (preposed && text.AsSpan(m.Index + m.Length, triggerStart - m.Index - m.Length).Contains(',')) continue;
            int n = CountWords.Parse(m.Groups["n"].Value);
            return (m.Index, m.Index + m.Length - 1, m.Value.TrimEnd(), n, m.Groups["unit"].Value.ToLowerInvariant(), m.Groups["dir"].Value.Equals("before", StringComparison.OrdinalIgnoreCase));
        }
        return null;
    }

    /// <summary>The time of the sentence's main clause: an expression governing its root, else the narrative frame, else the publication date.</summary>
    private TimeExpression? MainClauseDate(AnalyzedDocument document, SentenceTree tree, Sentence sentence, IReadOnlyList<TimeExpression> times, TimeExpression? frame)
    {
        var own = times.Where(t => t.Start >= sentence.Start && t.End <= sentence.End && !t.IsSince);
        if (MainClauseTimes(document.Tokens, sentence, tree, own).FirstOrDefault() is { } main) return main;
        if (frame is not null) return frame;
        return document.Source.PublicationDate is { } published ? new TimeExpression(0, 0, "published", published, DateBases.Relative) : null;
    }

    [GeneratedRegex(@"^\s*,?\s*(?:that|which|when|where|in\s+which|during\s+which|after\s+which)\b[^;]{0,120}$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClauseOpening();

    /// <summary>The date of an occurrence noun ("the war in August 2008") whose relative clause holds the trigger.</summary>
    private TimeExpression? DescribedOccurrence(AnalyzedDocument document, IReadOnlyList<TimeExpression> times, Sentence sentence, int triggerStart)
    {
        TimeExpression? found = null;
        foreach (var t in times)
            if (t.Start >= sentence.Start && t.End <= triggerStart && t.DatesNoun >= 0 && !t.BeforeNoun
                && RelativeClauseOpening().IsMatch(document.Source.Text.AsSpan(t.End, triggerStart - t.End)))
                found = t;
        return found;
    }

    /// <summary>
    /// Whether an undated act continues the narrative of the sentences before it: the sentence is told in the simple
    /// past, outside quotation, and the act's own clause is not in the present. Reporting a statement ("Lavrov
    /// said") after a background sentence returns to the news, so a historical frame does not date it.
    /// </summary>
    private bool ContinuesNarrative(SentenceTree tree, Token[] tokens, Sentence sentence, int trigger, bool recentFrame)
    {
        int root = tree.Root;
        if (root < 0) return false;
        bool pastRoot = tokens[root].Xpos == "VBD"
            || tokens[root].Xpos == "VBN" && tree.Children(root).Any(c => tokens[c].Relation is DependencyRelation.Aux or DependencyRelation.AuxPass && tokens[c].Lower is "was" or "were");
        if (!pastRoot) return false;
        if (tokens[tree.PredicateOf(trigger)].Xpos is "VBZ" or "VBP") return false;
        // A sentence that names its own time ("promised in September") is not dated by the frame, even when that time could not be resolved.
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (MonthNames.TryGet(tokens[k].Text, out _) && tokens[k].Pos == PartOfSpeech.Propn || IsDayWord(tokens[k])
                || tokens[k].Lower is "week" or "month" or "year" && k > sentence.FirstToken && tokens[k - 1].Lower is "this" or "last" or "next")
                return false;
        // A quotation is its speaker's telling, not the story's narrative.
        if (tokens[sentence.FirstToken].Text is "\"" or "“" or "”" or "'" or "‘") return false;
        return recentFrame || !IsNewsReport(tokens, root);
    }

    /// <summary>
    /// Whether the trigger's clause tells background: past perfect ("had severed"), or a marker of an earlier time
    /// ("previously", "on previous occasions", "in the past") among the clause's words.
    /// </summary>
    private bool IsToldAsBackground(SentenceTree tree, Token[] tokens, Sentence sentence, int trigger)
    {
        int predicate = tree.PredicateOf(trigger);
        // Past perfect in a main clause; in reported speech ("denied its aircraft had entered") it is only the shift of tense.
        if (tree.Children(predicate).Any(c => tokens[c].Relation is DependencyRelation.Aux or DependencyRelation.AuxPass && tokens[c].Lower == "had") && tokens[predicate].Xpos == "VBN"
            && tokens[predicate].Relation is not (DependencyRelation.Ccomp or DependencyRelation.Advcl or DependencyRelation.Parataxis or DependencyRelation.Xcomp))
            return true;
        // The marker may hang on the auxiliary the parser made the head ("have on previous occasions refused").
        var clause = tree.Children(predicate).ToList();
        if (tree.Head(predicate) >= 0 && tokens[tree.Head(predicate)].Lemma == "have") clause.AddRange(tree.Children(tree.Head(predicate)));
        foreach (var c in clause)
        {
            if (tokens[c].Lower is "previously" or "formerly") return true;
            // "on previous occasions", "in the past": an oblique whose own words mark an earlier time.
            if (tokens[c].Relation.Base() == DependencyRelation.Obl && tree.Children(c).Any(m => BackgroundWords.Contains(tokens[m].Lower)) && tokens[c].Lower is "occasion" or "occasions" or "past" or "times")
                return true;
            if (tokens[c].Lower == "past" && tree.Children(c).Any(m => tokens[m].Lower == "in")) return true;
        }
        return false;
    }
}
