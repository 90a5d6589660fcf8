using Kronika.Language.Treebank;

namespace Kronika.Language.Tagging;

/// <summary>Scoring of a trained tagger and lemmatizer against a gold treebank (gold tokenization).</summary>
public static class TaggerTraining
{
    /// <summary>
    /// The share of words whose predicted UPOS, XPOS and lemma equal the gold ones. Lemmas are
    /// predicted from the predicted tags and compared exactly (case included).
    /// </summary>
    public static (double Upos, double Xpos, double Lemma) Evaluate(PosTagger tagger, TreebankLemmatizer lemmatizer, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return Evaluate(tagger.Tag, lemmatizer, sentences);
    }

    /// <summary>As above, for any way of tagging a sentence (the tagger with the pipeline's repairs).</summary>
    public static (double Upos, double Xpos, double Lemma) Evaluate(Action<IReadOnlyList<string>, string[], string[]> tag, TreebankLemmatizer lemmatizer, IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(lemmatizer);
        ArgumentNullException.ThrowIfNull(sentences);
        long words = 0, upos = 0, xpos = 0, lemmas = 0;
        var forms = new List<string>();
        var up = new string[64];
        var xp = new string[64];
        foreach (var sentence in sentences)
        {
            forms.Clear();
            foreach (var w in sentence.Words) forms.Add(w.Form);
            if (up.Length < forms.Count) { up = new string[forms.Count * 2]; xp = new string[forms.Count * 2]; }
            tag(forms, up, xp);
            for (int i = 0; i < forms.Count; i++)
            {
                var gold = sentence.Words[i];
                words++;
                if (up[i] == gold.Upos) upos++;
                if (xp[i] == gold.Xpos) xpos++;
                if (lemmatizer.Lemmatize(gold.Form, up[i], xp[i]) == gold.Lemma) lemmas++;
            }
        }
        return words == 0 ? (0, 0, 0) : ((double)upos / words, (double)xpos / words, (double)lemmas / words);
    }
}
