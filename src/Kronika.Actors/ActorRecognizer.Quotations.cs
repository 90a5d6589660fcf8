using Kronika.Language;

namespace Kronika.Actors;

// Quotations: who "we" is inside a quotation, from its attribution.
public sealed partial class ActorRecognizer
{
    /// <summary>Verbs that attribute a quotation to its speaker ("..., the Russian ministry said").</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "add", "state", "declare", "write", "note", "insist", "warn", "stress", "announce", "explain", "claim", "argue", "reply", "respond", "continue",
    };

    /// <summary>A mention of the sentence with a word that modifies the given word ("Russian" in "the Russian statement").</summary>
    private static ActorMention? ModifierMention(DependencyTree tree, int word, List<ActorMention> output, int from)
    {
        for (int m = from; m < output.Count; m++)
            for (int t = output[m].FirstToken; t < output[m].EndToken; t++)
                if (tree.Contains(t) && tree.HeadOf(t) == word) return output[m];
        return null;
    }

    /// <summary>First-person words, which inside a quotation mean its speaker.</summary>
    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "we", "us", "our", "i", "me", "my" };

    /// <summary>
    /// "We are ready to assist," Lavrov said: first-person words inside a quotation are its speaker, named by the
    /// attribution of the sentence, else of the quotation it continues (a paragraph that goes on quoting).
    /// </summary>
    private static void ResolveQuotedSpeakers(AnalyzedDocument document, ReadOnlySpan<Token> tokens, DependencyTree tree, int offset, DocumentMemory memory, List<ActorMention> output)
    {
        var quoted = new bool[tokens.Length];
        bool inside = memory.InQuotation, anyQuote = inside;
        for (int k = 0; k < tokens.Length; k++)
        {
            var text = tokens[k].Text;
            if (text is "“" or "‘") { inside = true; anyQuote = true; continue; }
            if (text is "”" or "’") { inside = false; continue; }
            if (text is "\"" or "``" or "''") { inside = !inside; anyQuote = true; continue; }
            quoted[k] = inside;
        }
        // A quotation left open at the end of a paragraph closes with it.
        bool endsParagraph = tokens.Length > 0 && (tokens[^1].End >= document.Source.Text.Length || document.Source.Text[tokens[^1].End..Math.Min(document.Source.Text.Length, tokens[^1].End + 1)] == "\n");
        memory.InQuotation = inside && !endsParagraph;
        if (!anyQuote) return;

        int sentenceStart = output.FindIndex(m => m.FirstToken >= offset);
        if (sentenceStart < 0) sentenceStart = output.Count;
        Actor? speaker = null;
        bool attributed = false;
        for (int k = 0; k < tokens.Length && !attributed; k++)
        {
            if (quoted[k] || !SpeechVerbs.Contains(tokens[k].Lemma) || tokens[k].Pos != PartOfSpeech.Verb) continue;
            foreach (int child in tree.ChildrenOf(offset + k))
            {
                if (attributed) break;
                int j = child - offset;
                if (!quoted[j] && tokens[j].Relation == DependencyRelation.Nsubj)
                {
                    // The quotation is attributed even when its speaker resolves to no country: "we" is then nobody we know.
                    attributed = true;
                    speaker = output.Skip(sentenceStart).FirstOrDefault(m => m.FirstToken <= offset + j && offset + j < m.EndToken)?.Actor;
                    // "the Russian statement said": the speaker is the nationality of the statement, its government.
                    if (speaker is null && ModifierMention(tree, offset + j, output, sentenceStart) is { IsResolved: true } owner)
                        speaker = owner.Actor.Role.Length > 0 ? owner.Actor : owner.Actor with { Role = "GOV" };
                }
            }
        }
        if (attributed) memory.QuotationSpeaker = speaker;
        else speaker = memory.QuotationSpeaker;
        if (speaker is null || !speaker.IsResolved) return;

        var added = new List<ActorMention>();
        for (int k = 0; k < tokens.Length; k++)
        {
            if (!quoted[k] || !FirstPerson.Contains(tokens[k].Lower)) continue;
            if (output.Skip(sentenceStart).Any(m => m.FirstToken <= offset + k && offset + k < m.EndToken)) continue;
            added.Add(Make(document, offset, k, k + 1, [speaker], EntryKind.Name) with { Rule = "first person inside a quotation: its speaker" });
        }
        if (added.Count == 0) return;
        var sentence = output.Skip(sentenceStart).Concat(added).OrderBy(m => m.FirstToken).ToList();
        output.RemoveRange(sentenceStart, output.Count - sentenceStart);
        output.AddRange(sentence);
    }
}
