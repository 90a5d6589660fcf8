namespace Kronika.Events;

/// <summary>
/// Component "modality": negation, intent and condition from the trigger's clause (a participle the parser hung on "had"
/// takes the auxiliary's clause); a code of the "intent" code set is an intent; a cooperative act stated as an intent takes the 03 code that
/// mirrors it (data/patterns/intents.tsv; trail: "; intents.tsv:CODE>INTENT").
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
            var modality = tree.ModalityOf(clauseWord);
            if (modality == Modalities.Asserted && IntentActs.Contains(cameo)) modality = Modalities.Intended;
            // CAMEO codes a cooperative act stated as an intent with the 03 code that mirrors it.
            if (modality == Modalities.Intended && intents.For(cameo.Code) is { } intent)
            {
                candidate.Rule += $"; intents.tsv:{cameo.Code}>{intent}";
                candidate.Cameo = codebook[intent];
            }
            candidate.Modality = modality;
        }
    }
}
