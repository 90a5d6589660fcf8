namespace Kronika.Events;

/// <summary>
/// Component "modality": negation, intent and condition from the trigger's clause (a participle the parser hung on "had"
/// takes the auxiliary's clause); a code of the "intent" code set is an intent; a cooperative act stated as an intent takes the 03 code that
/// mirrors it (data/patterns/intents.tsv; trail: "; intents.tsv:CODE>INTENT"); a cooperative act refused ("will not lift the
/// ban") takes its refusal code of root 12 (data/patterns/refusals.tsv; trail: "; refusals.tsv:CODE>REFUSAL").
/// </summary>
public sealed partial class EventCoder
{
    private void SetModality(SentenceContext context)
    {
        var (tokens, tree) = (context.Tokens, context.Tree!);
        foreach (var candidate in context.Standing)
        {
            var (match, cameo) = (candidate.Match, candidate.Cameo);
            // "had shot down" parsed as "had" with the object "shot": the participle's clause is the auxiliary's.
            int clauseWord = tokens[match.Trigger].Pos == PartOfSpeech.Noun && IrregularVerbs.BaseOf(tokens[match.Trigger].Lower) is not null
                && tree.Head(match.Trigger) is >= 0 and var auxiliary && tokens[auxiliary].Lemma == "have" ? auxiliary : match.Trigger;
            var modality = tree.ModalityOf(clauseWord, out bool refused);
            // "will not lift the ban": an act refused is CAMEO's refusal of it, told as done (data/patterns/refusals.tsv).
            if (refused && refusals.For(cameo.Code) is { } refusal)
            {
                candidate.Rule += $"; refusals.tsv:{cameo.Code}>{refusal}";
                candidate.Cameo = codebook[refusal];
                candidate.Modality = Modalities.Asserted;
                continue;
            }
            if (modality == Modalities.Asserted && IntentActs.Contains(cameo)) modality = Modalities.Intended;
            // CAMEO codes a cooperative act stated as an intent with the 03 code that mirrors it.
            // "will boycott the summit" is a threat (13); "tried to intimidate" is no threat but the attempted act, coded as such.
            if (modality == Modalities.Intended && intents.For(cameo.Code) is { } intent && !(Threats.Contains(intent) && IsAttempted(tokens, tree, clauseWord)))
            {
                candidate.Rule += $"; intents.tsv:{cameo.Code}>{intent}";
                candidate.Cameo = codebook[intent];
            }
            candidate.Modality = modality;
        }
    }

    /// <summary>Whether a word is the complement of a verb of attempt ("tried to intimidate").</summary>
    private bool IsAttempted(Token[] tokens, SentenceTree tree, int word) =>
        tokens[word].Relation.Base() == DependencyRelation.Xcomp && tree.Head(word) is >= 0 and var head && AttemptVerbs.Contains(tokens[head].Lemma);
}
