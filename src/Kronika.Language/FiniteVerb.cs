namespace Kronika.Language;

/// <summary>
/// A sentence of running text that ends in a full stop has a finite verb. The tagger reads the verb after a long
/// quantity subject as a past participle ("Hundreds of demonstrators gathered outside the cathedral."), and the
/// parser then makes it a reduced relative clause of its subject: the sentence loses its main verb and its subject.
/// When the tagger found no finite verb at all, the first past participle right after the subject noun phrase, with
/// no auxiliary before it, is taken for the past tense it is spelled as. Headlines (no full stop) keep their
/// participles: "Ambassador shot dead in Ankara" is passive.
/// </summary>
public static class FiniteVerb
{
    private static readonly HashSet<string> Finite = new(StringComparer.Ordinal) { "VBD", "VBZ", "VBP", "MD" };

    /// <summary>Parts of speech a subject noun phrase before its verb is made of ("Hundreds of young demonstrators and students").</summary>
    private static readonly HashSet<string> NounPhrase = new(StringComparer.Ordinal) { "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ", "PRON" };

    /// <summary>Re-tags the one participle (VBN to VBD) of the first <paramref name="n"/> words when the rule holds; whether it did.</summary>
    public static bool Restore(IReadOnlyList<string> words, string[] upos, string[] xpos, int n)
    {
        if (n < 4 || words[n - 1] != ".") return false;
        for (int i = 0; i < n; i++)
            if (Finite.Contains(xpos[i])) return false;
        for (int i = 1; i < n - 1; i++)
        {
            if (xpos[i] == "VBN" && upos[i] == "VERB")
            {
                if (!xpos[i - 1].StartsWith("NN", StringComparison.Ordinal)) return false;
                xpos[i] = "VBD";
                return true;
            }
            if (!NounPhrase.Contains(upos[i])) return false;
        }
        return false;
    }
}
