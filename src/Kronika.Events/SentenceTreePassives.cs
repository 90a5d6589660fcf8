namespace Kronika.Events;

/// <summary>The passive constructions of a sentence, with the misparses of them the coder reads through.</summary>
internal sealed partial class SentenceTree
{
    /// <summary>
    /// "The house was searched and his mother and sister were detained", misparsed with the second clause's subject a conjunct
    /// of the first verb: a passive participle conjoined to another verb, with no subject of its own, whose auxiliary comes right
    /// after an actor ("his roommate, also a police officer, was taken") has that actor for its subject: the token of the
    /// actor's last word, or -1.
    /// </summary>
    public int MisreadPassiveSubject(int predicate)
    {
        bool adjectival = IsAdjectivalPassive(predicate);
        if (_tokens[predicate].Xpos != "VBN" && !adjectival || _tokens[predicate].Relation is not (DependencyRelation.Conj or DependencyRelation.Parataxis)
            || AnyChild(predicate, c => _tokens[c].Relation.IsNominalSubject())) return -1;
        int aux = FirstChild(predicate, adjectival ? DependencyRelation.Cop : DependencyRelation.AuxPass);
        if (aux < 0 || aux > predicate) return -1;
        int before = aux - 1;
        if (Inside(before) && _tokens[before].Text == ",") before--;
        return Inside(before) && MentionAt(before) is { } subject && subject.EndToken == before + 1 && _tokens[before].Pos is PartOfSpeech.Noun or PartOfSpeech.Propn ? before : -1;
    }

    /// <summary>
    /// The actors a passive predicate without its agent acts on: its passive subject's mentions, or those of a misread subject
    /// (<see cref="MisreadPassiveSubject"/>) with the nouns it is listed with ("his mother, father and sister").
    /// </summary>
    public List<ActorMention> SufferersOf(int predicate)
    {
        var found = new List<ActorMention>();
        foreach (var c in _tree.ChildrenOf(predicate))
            if (_tokens[c].Relation == DependencyRelation.NsubjPass || _tokens[c].Relation == DependencyRelation.Nsubj && IsAdjectivalPassive(predicate)) found.AddRange(MentionsOf(c).Where(m => !found.Contains(m)));
        if (found.Count > 0 || MisreadPassiveSubject(predicate) is not (>= 0 and var word)) return found;
        for (int hops = 0; hops < 4 && Inside(word); hops++)
        {
            found.AddRange(MentionsOf(word).Where(m => !found.Contains(m)));
            if (_tokens[word].Relation is not (DependencyRelation.Conj or DependencyRelation.Appos) || Head(word) < 0 || _tokens[Head(word)].Pos is not (PartOfSpeech.Noun or PartOfSpeech.Propn)) break;
            word = Head(word);
        }
        return found;
    }

    /// <summary>
    /// "three officers were wounded in the attack", tagged an adjective after a copula: a past participle ("-ed") after "be" is
    /// a passive verb whatever its tag, and its subject suffers the act.
    /// </summary>
    public bool IsAdjectivalPassive(int predicate) =>
        _tokens[predicate].Pos == PartOfSpeech.Adj && _tokens[predicate].Lower.EndsWith("ed", StringComparison.Ordinal)
        && AnyChild(predicate, c => _tokens[c].Relation == DependencyRelation.Cop && _tokens[c].Lemma == "be");

    /// <summary>Whether a predicate is passive by its auxiliary ("were detained") or as an adjectival participle after "be".</summary>
    public bool HasPassiveAuxiliary(int predicate) =>
        AnyChild(predicate, c => _tokens[c].Relation == DependencyRelation.AuxPass) || IsAdjectivalPassive(predicate);
}
