using Kronika.Language.Treebank;

namespace Kronika.Language.Parsing;

/// <summary>Attachment scores of a parser against gold trees.</summary>
public static class ParserEvaluation
{
    /// <summary>
    /// Unlabeled and labeled attachment scores, in percent, over every word (punctuation included, as the
    /// CoNLL 2018 evaluation counts). LAS requires the full relation to match, subtype included ("nsubj:pass").
    /// <paramref name="tags"/> gives the input tags of a sentence; null reads the gold UPOS and XPOS.
    /// </summary>
    public static (double Uas, double Las) Evaluate(DependencyParser parser, IEnumerable<ConlluSentence> sentences, Func<ConlluSentence, (string[] Upos, string[] Xpos)>? tags = null)
    {
        var (uas, las, _) = Score(parser, sentences, tags);
        return (uas, las);
    }

    /// <summary>As <see cref="Evaluate"/>, plus the LAS on the universal part of the relations only ("nsubj" for "nsubj:pass"), as CoNLL 2018 scores it.</summary>
    public static (double Uas, double Las, double UniversalLas) Score(DependencyParser parser, IEnumerable<ConlluSentence> sentences, Func<ConlluSentence, (string[] Upos, string[] Xpos)>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sentences);
        long total = 0, heads = 0, labeled = 0, universal = 0;
        var words = new List<string>();
        var upos = new List<string>();
        var xpos = new List<string>();
        int[] predictedHeads = new int[64];
        string[] predictedLabels = new string[64];
        foreach (var sentence in sentences)
        {
            int n = sentence.Words.Length;
            if (n == 0) continue;
            words.Clear(); upos.Clear(); xpos.Clear();
            foreach (var w in sentence.Words) words.Add(w.Form);
            if (tags is null)
            {
                foreach (var w in sentence.Words) { upos.Add(w.Upos); xpos.Add(w.Xpos); }
            }
            else
            {
                var (u, x) = tags(sentence);
                upos.AddRange(u);
                xpos.AddRange(x);
            }
            if (predictedHeads.Length < n)
            {
                predictedHeads = new int[n * 2];
                predictedLabels = new string[n * 2];
            }
            parser.Parse(words, upos, xpos, predictedHeads, predictedLabels);
            for (int i = 0; i < n; i++)
            {
                var gold = sentence.Words[i];
                total++;
                if (predictedHeads[i] != gold.Head) continue;
                heads++;
                if (predictedLabels[i] == gold.Deprel) labeled++;
                if (Universal(predictedLabels[i]).SequenceEqual(Universal(gold.Deprel))) universal++;
            }
        }
        if (total == 0) return (0, 0, 0);
        return (100.0 * heads / total, 100.0 * labeled / total, 100.0 * universal / total);
    }

    private static ReadOnlySpan<char> Universal(string label)
    {
        int colon = label.IndexOf(':');
        return colon < 0 ? label : label.AsSpan(0, colon);
    }
}
