using Kronika.Language;

namespace Kronika.Actors;

// Where a mention stands in its clause, from the parse: subjects and governing verbs.
public sealed partial class ActorRecognizer
{
    /// <summary>
    /// The actors of the subject of the verb that governs a word ("Russia recognized the two": Russia), following
    /// coordinated verbs to their shared subject; when the parse gives none, a mention opening the clause before the verb.
    /// </summary>
    private static Actor[] SubjectOfGoverningVerb(ReadOnlySpan<Token> tokens, DependencyTree tree, int offset, int word, List<ActorMention> mentions)
    {
        int verb = tree.HeadOf(offset + word);
        // "the two as independent states" may hang from a noun: climb to the verb.
        for (int climb = 0; climb < 3 && verb >= 0 && !tree[verb].Pos.IsVerbal(); climb++)
            verb = tree.HeadOf(verb);
        for (int hop = 0; hop < 4 && verb >= 0; hop++)
        {
            int subject = tree.NominalSubjectOf(verb);
            if (subject >= 0)
                return mentions.Where(m => m.FirstToken <= subject && subject < m.EndToken).SelectMany(m => m.Actors).ToArray();
            if (tree[verb].Relation != DependencyRelation.Conj) break;
            verb = tree.HeadOf(verb);
        }
        // A mistagged subject ("Belgrade later recognized", Belgrade read as an adverb): the sentence's first mention, if no verb comes before it.
        var first = mentions.FirstOrDefault(m => m.FirstToken >= offset);
        if (first is null || first.FirstToken - offset >= word) return [];
        for (int k = 0; k < first.FirstToken - offset; k++)
            if (tokens[k].Pos.IsVerbal()) return [];
        return first.Actors;
    }

    /// <summary>Whether a word of a mention is the subject of the sentence's main clause, not of a reported one.</summary>
    private static bool IsMainSubject(DependencyTree tree, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            // "Mr Baramidze": the name may hang from the honorific that is the subject.
            int word = k;
            for (int hop = 0; hop < 2 && tree[word].Relation is DependencyRelation.Flat or DependencyRelation.Compound && tree.HeadOf(word) is var up && up >= 0; hop++)
                word = up;
            int head = tree.HeadOf(word);
            if (tree[word].Relation.IsNominalSubject() && head >= 0 && tree[head].Relation == DependencyRelation.Root)
                return true;
        }
        return false;
    }

    /// <summary>Whether any word of a mention is the subject of its clause (from the parse).</summary>
    private static bool IsSubject(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (tokens[k].Relation.IsNominalSubject()) return true;
        return false;
    }

    /// <summary>
    /// "The chair of the committee says he hopes...", "Putin said he and Erdogan agreed": a subject pronoun of what a
    /// person says is that person when the saying clause's subject is one (a named person, or a person's title such as
    /// "the spokesman"). Gives whether the rule applies, and the person (null when the speaker is not known: the
    /// pronoun then names no one rather than the last person the story named).
    /// </summary>
    private bool SpeakerOfPronoun(ReadOnlySpan<Token> tokens, int offset, DependencyTree tree, int pronoun, List<ActorMention> mentions, Actor? lastSubjectPerson, out Actor? speaker)
    {
        speaker = null;
        int clause = tree.HeadOf(pronoun);
        if (!tree[pronoun].Relation.IsNominalSubject() || clause < 0 || tree[clause].Relation != DependencyRelation.Ccomp) return false;
        int saying = tree.HeadOf(clause);
        int subject = saying >= 0 ? tree.NominalSubjectOf(saying) : -1;
        if (subject < 0 || subject > pronoun) return false;
        var over = mentions.LastOrDefault(m => m.FirstToken <= subject && subject < m.EndToken);
        // The subject's head word is a person's title ("the spokesman", "the chair"), whatever else the mention composed.
        bool titled = dictionary.LongestMatch(tokens, subject - offset, kind => kind == EntryKind.Title).Entries is not null;
        if (over is null || !over.IsPerson && !titled) return false;
        // A bare title ("the president said he...") whose role the story's last speaking person holds is that person:
        // the pronoun rule of the caller finds them.
        if (!over.IsPerson && over.Head == EntryKind.Title && lastSubjectPerson is { } last && last.Role == over.Actor.Role && last.Role.Length > 0) return false;
        speaker = over.Actor.Country.Length > 0 ? over.Actor : null;
        return true;
    }
}
