namespace Kronika.Events.Dictionaries;

/// <summary>Which actor a step of a tree pattern stands for.</summary>
public enum TreeSlot : byte { None, Source, Target }

/// <summary>
/// One step of a tree pattern: a word (any of its phrases, each of consecutive words: a synonym set gives several), or an
/// actor slot (a resolved actor mention must stand there). A preposition <see cref="OpensPhrase"/>; the steps of its object
/// are <see cref="InPhrase"/>: they must stand in the subtree of the word the preposition marks, and the last of them, the
/// object's head, must be that word (or the actor there cover it), so "(IN PROTEST)" is no "in the region despite protests".
/// Another word may not stand inside an oblique, except a word of a multi-word verb (<see cref="IsVerbWord"/>: "off" in
/// "walled off the embassy" is parsed as the embassy's preposition as often as the verb's particle).
/// </summary>
public sealed record TreeStep(PatternElement[][] Phrases, TreeSlot Slot, bool OpensPhrase = false, bool InPhrase = false, bool IsPhraseHead = false, bool IsVerbWord = false)
{
    public bool IsActor => Phrases.Length == 0;

    /// <summary>The words any of its phrases starts with: a step none of whose first words (or their stems) is in the verb's phrase cannot match.</summary>
    public string[] FirstWords { get; } = Phrases.SelectMany(p => p[0].Lemmas).Distinct().ToArray();
}

/// <summary>
/// A dictionary pattern compiled for matching on the dependency tree: the steps that must be found, in order, among the
/// words of the trigger's phrase before it and after it. <see cref="Event"/> is null for a null-code pattern ("[---]"),
/// which, matched, keeps every other dictionary pattern off the trigger.
/// </summary>
public sealed record TreePattern(TreeStep[] Before, TreeStep[] After, EventPattern? Event, int Line)
{
    /// <summary>How many words the pattern asks for (actor slots count as words: they narrow it as much).</summary>
    public int Specificity => Before.Length + After.Length;
}

/// <summary>
/// A verb of a dictionary block: its forms (one element: base form, irregular forms; regular forms match by rule), its
/// bare-verb pattern, and the block's patterns (for a multi-word verb, "cordon off", each with the verb's other words).
/// </summary>
public sealed record TreeVerb(PatternElement Forms, TreePattern? Bare, TreePatternSet Patterns);

/// <summary>
/// The patterns of a block, indexed by the first words of their first word step, so that at a verb only the patterns
/// one of whose words is in its phrase are tried (most verbs of a sentence are some block's verbs).
/// </summary>
public sealed class TreePatternSet
{
    private readonly Dictionary<string, List<TreePattern>> _byWord = new(StringComparer.Ordinal);
    private readonly List<TreePattern> _unkeyed = [];

    public TreePatternSet(IReadOnlyList<TreePattern> patterns)
    {
        All = patterns;
        foreach (var pattern in patterns)
        {
            var key = pattern.Before.Concat(pattern.After).FirstOrDefault(s => !s.IsActor);
            if (key is null) { _unkeyed.Add(pattern); continue; }
            foreach (var word in key.FirstWords)
            {
                if (!_byWord.TryGetValue(word, out var list)) _byWord[word] = list = [];
                list.Add(pattern);
            }
        }
    }

    public IReadOnlyList<TreePattern> All { get; }

    /// <summary>The patterns that may match a phrase of these stems (some more than once).</summary>
    public IEnumerable<TreePattern> Candidates(IEnumerable<string> stems)
    {
        foreach (var pattern in _unkeyed) yield return pattern;
        foreach (var stem in stems)
            if (_byWord.TryGetValue(stem, out var list))
                foreach (var pattern in list) yield return pattern;
    }
}

/// <summary>The tree patterns of the dictionaries read, indexed by every form of their verbs.</summary>
public sealed class TreePatternIndex
{
    private readonly Dictionary<string, List<TreeVerb>> _byForm = new(StringComparer.Ordinal);

    public int VerbCount { get; private set; }
    public int PatternCount { get; private set; }
    public bool IsEmpty => _byForm.Count == 0;

    public void Add(TreeVerb verb, IEnumerable<string> forms)
    {
        VerbCount++;
        PatternCount += verb.Patterns.All.Count + (verb.Bare is null ? 0 : 1);
        foreach (var form in forms)
        {
            if (!_byForm.TryGetValue(form, out var list)) _byForm[form] = list = [];
            if (!list.Contains(verb)) list.Add(verb);
        }
    }

    /// <summary>The verbs a token may be: by its lemma, its form, or the base of its irregular form.</summary>
    public IEnumerable<TreeVerb> VerbsOf(string lemma, string lower)
    {
        if (_byForm.TryGetValue(lemma, out var byLemma))
            foreach (var v in byLemma) yield return v;
        if (lower != lemma && _byForm.TryGetValue(lower, out var byForm))
            foreach (var v in byForm)
                if (byLemma is null || !byLemma.Contains(v)) yield return v;
    }
}
