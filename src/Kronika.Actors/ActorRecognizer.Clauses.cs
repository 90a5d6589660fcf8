using Kronika.Language;

namespace Kronika.Actors;

// Where a mention stands in its clause, from the parse: subjects and governing verbs.
public sealed partial class ActorRecognizer
{
    /// <summary>
    /// The actors of the subject of the verb that governs a word ("Russia recognized the two": Russia), following
    /// coordinated verbs to their shared subject; when the parse gives none, a mention opening the clause before the verb.
    /// </summary>
    private static Actor[] SubjectOfGoverningVerb(ReadOnlySpan<Token> tokens, int offset, int word, List<ActorMention> mentions)
    {
        int verb = tokens[word].Head - offset;
        // "the two as independent states" may hang from a noun: climb to the verb.
        for (int climb = 0; climb < 3 && verb >= 0 && verb < tokens.Length && tokens[verb].Upos is not ("VERB" or "AUX"); climb++)
            verb = tokens[verb].Head - offset;
        for (int hop = 0; hop < 4 && verb >= 0 && verb < tokens.Length; hop++)
        {
            for (int k = 0; k < tokens.Length; k++)
                if (tokens[k].Head - offset == verb && tokens[k].Deprel is "nsubj" or "nsubj:pass")
                    return mentions.Where(m => m.FirstToken <= offset + k && offset + k < m.EndToken).SelectMany(m => m.Actors).ToArray();
            if (tokens[verb].Deprel != "conj") break;
            verb = tokens[verb].Head - offset;
        }
        // A mistagged subject ("Belgrade later recognized", Belgrade read as an adverb): the sentence's first mention, if no verb comes before it.
        var first = mentions.FirstOrDefault(m => m.FirstToken >= offset);
        if (first is null || first.FirstToken - offset >= word) return [];
        for (int k = 0; k < first.FirstToken - offset; k++)
            if (tokens[k].Upos is "VERB" or "AUX") return [];
        return first.Actors;
    }

    /// <summary>Whether a word of a mention is the subject of the sentence's main clause, not of a reported one.</summary>
    private static bool IsMainSubject(ReadOnlySpan<Token> tokens, int offset, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            // "Mr Baramidze": the name may hang from the honorific that is the subject.
            int word = k;
            for (int hop = 0; hop < 2 && tokens[word].Deprel is "flat" or "compound" && tokens[word].Head - offset is var up && up >= 0 && up < tokens.Length; hop++)
                word = up;
            int head = tokens[word].Head - offset;
            if (tokens[word].Deprel is "nsubj" or "nsubj:pass" && head >= 0 && head < tokens.Length && tokens[head].Deprel == "root")
                return true;
        }
        return false;
    }

    /// <summary>Whether any word of a mention is the subject of its clause (from the parse).</summary>
    private static bool IsSubject(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (tokens[k].Deprel is "nsubj" or "nsubj:pass") return true;
        return false;
    }
}
