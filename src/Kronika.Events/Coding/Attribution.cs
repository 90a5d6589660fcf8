namespace Kronika.Events;

/// <summary>Attribution and reporting verbs: who reports an act is not its target; statements and reactions are told at the news.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// Where a closing attribution begins ("..., mediators Qatar and Egypt said."): after the last comma, when the sentence
    /// ends with a reporting verb; the sentence's end when it has none.
    /// </summary>
    private int AttributionStart(Token[] tokens, Sentence sentence)
    {
        int last = sentence.EndToken - 1;
        while (last > sentence.FirstToken && !tokens[last].IsWord) last--;
        if (!ReportingVerbs.Contains(tokens[last].Lemma) || tokens[last].Xpos is not ("VBD" or "VBZ" or "VBP")) return sentence.EndToken;
        for (int k = last - 1; k > sentence.FirstToken && last - k <= 8; k--)
            if (tokens[k].Text == ",") return k + 1;
        return sentence.EndToken;
    }

    /// <summary>Whether a mention is the subject of a reporting verb other than the trigger ("state media reported", "said Kalandadze").</summary>
    private bool IsReporterOf(SentenceTree tree, ActorMention mention, int trigger)
    {
        var tokens = tree.Document.Tokens;
        for (int k = mention.FirstToken; k < mention.EndToken; k++)
        {
            int head = tree.Head(k);
            if (head >= mention.FirstToken && head < mention.EndToken) continue;
            // "mediators Qatar and Egypt said": through the noun the name stands beside or with.
            for (int hops = 0, word = k; hops < 3 && head >= 0; hops++)
            {
                if (tokens[word].Relation == DependencyRelation.Nsubj) return head != trigger && ReportingVerbs.Contains(tokens[head].Lemma);
                if (tokens[word].Relation is not (DependencyRelation.Appos or DependencyRelation.Compound or DependencyRelation.Flat or DependencyRelation.Conj)) return false;
                word = head;
                head = tree.Head(word);
            }
            return false;
        }
        return false;
    }

    /// <summary>A statement or reaction ("Lavrov said", "Netanyahu condemned the deal"): told at the news, unless a recent time says otherwise.</summary>
    private bool IsNewsReport(Token[] tokens, int root) =>
        root >= 0 && (ReportingVerbs.Contains(tokens[root].Lemma) || NewsReactions.Contains(tokens[root].Lemma));
}
