namespace Kronika.Language;

/// <summary>
/// The Universal Dependencies relations the English parser gives, with the subtypes of English treebanks
/// (<c>nsubj:pass</c> is <see cref="NsubjPass"/>), a closed set: parsed once from the parser's output
/// (<see cref="Token.Deprel"/> keeps the relation's text for the JSON record and CoNLL-U output).
/// </summary>
public enum DependencyRelation : byte
{
    /// <summary>Not parsed (an empty relation).</summary>
    None,
    /// <summary>A relation outside this set; its base relation is unknown.</summary>
    Other,
    Acl, AclRelcl, Advcl, AdvclRelcl, Advmod, Amod, Appos, Aux, AuxPass, Case, Cc, CcPreconj, Ccomp, Clf,
    Compound, CompoundPrt, Conj, Cop, Csubj, CsubjOuter, CsubjPass, Dep, Det, DetPredet, Discourse, Dislocated,
    Expl, Fixed, Flat, FlatForeign, Goeswith, Iobj, List, Mark,
    Nmod, NmodDesc, NmodNpmod, NmodPoss, NmodTmod, NmodUnmarked,
    Nsubj, NsubjOuter, NsubjPass, Nummod, Obj,
    Obl, OblAgent, OblNpmod, OblTmod, OblUnmarked,
    Orphan, Parataxis, Punct, Reparandum, Root, Vocative, Xcomp,
}

/// <summary>Parsing and naming <see cref="DependencyRelation"/> values.</summary>
public static class DependencyRelations
{
    private static readonly Dictionary<string, DependencyRelation> ByName = Enum.GetValues<DependencyRelation>()
        .Where(r => r is not (DependencyRelation.None or DependencyRelation.Other)).ToDictionary(NameOf, StringComparer.Ordinal);

    private static readonly DependencyRelation[] Bases = Enum.GetValues<DependencyRelation>()
        .Select(r => r is DependencyRelation.None or DependencyRelation.Other ? r : ByName[NameOf(r).Split(':')[0]]).ToArray();

    /// <summary>The value of a relation ("nsubj:pass"); <see cref="DependencyRelation.None"/> for "", <see cref="DependencyRelation.Other"/> for one outside the set.</summary>
    public static DependencyRelation Parse(string relation) =>
        relation.Length == 0 ? DependencyRelation.None : ByName.GetValueOrDefault(relation, DependencyRelation.Other);

    /// <summary>The relation's text ("nsubj:pass"); "" for <see cref="DependencyRelation.None"/> and <see cref="DependencyRelation.Other"/>.</summary>
    public static string Name(this DependencyRelation relation) =>
        relation is DependencyRelation.None or DependencyRelation.Other ? "" : NameOf(relation);

    /// <summary>The relation without its subtype: <c>nsubj:pass</c> → <c>nsubj</c>.</summary>
    public static DependencyRelation Base(this DependencyRelation relation) => Bases[(int)relation];

    /// <summary>A nominal subject, active or passive (<c>nsubj</c>, <c>nsubj:pass</c>; not <c>nsubj:outer</c>).</summary>
    public static bool IsNominalSubject(this DependencyRelation relation) => relation is DependencyRelation.Nsubj or DependencyRelation.NsubjPass;

    private static string NameOf(DependencyRelation relation)
    {
        var name = relation.ToString();
        foreach (var base_ in new[] { "Acl", "Advcl", "Aux", "Cc", "Compound", "Csubj", "Det", "Flat", "Nmod", "Nsubj", "Obl" })
            if (name.Length > base_.Length && name.StartsWith(base_, StringComparison.Ordinal) && char.IsUpper(name[base_.Length]))
                return (base_ + ":" + name[base_.Length..]).ToLowerInvariant();
        return name.ToLowerInvariant();
    }
}
