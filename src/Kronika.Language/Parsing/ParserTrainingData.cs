using Kronika.Language.Treebank;

namespace Kronika.Language.Parsing;

/// <summary>
/// Prepares parser training data with predicted tags. A parser trained only on gold tags leans on them more
/// than a tagger deserves; the shipped model was trained on every gold sentence plus a copy of it whose UPOS
/// and XPOS come from a tagger that never saw it (k-fold jackknifing), and its best pass was chosen on the dev
/// set as tagged by the full tagger.
/// </summary>
public static class ParserTrainingData
{
    /// <summary>
    /// The gold sentences followed by a copy of each tagged by a tagger trained on the other folds: sentence i
    /// is in fold i mod <paramref name="folds"/>. <paramref name="trainTagger"/> trains a tagger on the sentences it
    /// is given and returns its tagging function (words, upos out, xpos out).
    /// </summary>
    public static List<ConlluSentence> WithJackknifedTags(IReadOnlyList<ConlluSentence> train, int folds,
        Func<IReadOnlyList<ConlluSentence>, Action<IReadOnlyList<string>, string[], string[]>> trainTagger)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(trainTagger);
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "jackknifing needs at least two folds");
        var copies = new ConlluSentence[train.Count];
        for (int k = 0; k < folds; k++)
        {
            var rest = new List<ConlluSentence>(train.Count);
            for (int i = 0; i < train.Count; i++) if (i % folds != k) rest.Add(train[i]);
            var tag = trainTagger(rest);
            for (int i = k; i < train.Count; i += folds) copies[i] = Retag(train[i], tag);
        }
        var result = new List<ConlluSentence>(train.Count * 2);
        result.AddRange(train);
        result.AddRange(copies);
        return result;
    }

    /// <summary>The sentences with their UPOS and XPOS replaced by the tagger's (heads and relations kept).</summary>
    public static List<ConlluSentence> Retag(IEnumerable<ConlluSentence> sentences, Action<IReadOnlyList<string>, string[], string[]> tag)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tag);
        return sentences.Select(s => Retag(s, tag)).ToList();
    }

    private static ConlluSentence Retag(ConlluSentence sentence, Action<IReadOnlyList<string>, string[], string[]> tag)
    {
        var words = sentence.Words;
        var forms = new string[words.Length];
        for (int i = 0; i < words.Length; i++) forms[i] = words[i].Form;
        var upos = new string[words.Length];
        var xpos = new string[words.Length];
        if (words.Length > 0) tag(forms, upos, xpos);
        var retagged = new ConlluWord[words.Length];
        for (int i = 0; i < words.Length; i++) retagged[i] = words[i] with { Upos = upos[i] ?? "X", Xpos = xpos[i] ?? "_" };
        return sentence with { Words = retagged };
    }
}
