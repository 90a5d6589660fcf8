namespace Kronika.Events.Dictionaries;

/// <summary>
/// Compiles a PETRARCH verb dictionary into tree patterns: each verb of a block (base form, irregular forms, the extra
/// words of a multi-word verb) is a trigger; each pattern of the block becomes ordered steps to find in the trigger's phrase
/// (words, synonym-set alternatives, actor slots). Noun phrases and prepositional phrases are flattened to their words in
/// order: the tree supplies the structure. "^" (skip a phrase) needs no step, since steps need not be adjacent.
/// </summary>
public static class PetrarchVerbCompiler
{
    /// <summary>
    /// Adds the dictionary's verbs to the index. A bare verb coded as a plain statement (01x) makes no pattern: the bare
    /// "said" of PETRARCH floods data with statements; Kronika's own verbs.tsv decides which statements to code.
    /// </summary>
    public static void Compile(PetrarchVerbDictionary dictionary, Codebook codebook, TreePatternIndex index)
    {
        var file = Path.GetFileName(dictionary.Path);
        foreach (var block in dictionary.Blocks)
        {
            var patterns = block.Patterns.Select(p => Compile(p, block, file, codebook)).ToArray();
            var shared = new TreePatternSet(patterns);
            foreach (var verb in block.Verbs)
            {
                var code = verb.Code ?? block.Code;
                var bareCode = code.IsNull ? null : KnownCode(code.Event!, codebook, file, verb.Line);
                // A multi-word verb's other words ("cordon off", "wire tap") join every pattern, closest to the verb.
                var before = verb.Words.Take(verb.VerbIndex).Select(w => WordStep(w, false) with { IsVerbWord = true }).ToArray();
                var after = verb.Words.Skip(verb.VerbIndex + 1).Select(w => WordStep(w, false) with { IsVerbWord = true }).ToArray();
                var bare = bareCode is null || bareCode.StartsWith("01", StringComparison.Ordinal) ? null
                    : new TreePattern(before, after, Event(bareCode, file, verb.Line, string.Join('_', verb.Words), before.Concat(after)), verb.Line);
                var own = before.Length + after.Length == 0 ? shared
                    : new TreePatternSet(patterns.Select(p => p with { Before = [.. p.Before, .. before], After = [.. after, .. p.After] }).ToArray());
                var forms = VerbForms(verb).ToArray();
                index.Add(new TreeVerb(new PatternElement(forms, false, false), bare, own), forms);
            }
        }
    }

    /// <summary>The verb word's base form and its irregular forms, lowercased (regular forms match by rule).</summary>
    private static IEnumerable<string> VerbForms(PetrarchVerb verb)
    {
        yield return verb.Verb.ToLowerInvariant();
        foreach (var form in verb.IrregularForms ?? [])
            yield return form.Words[form.VerbIndex].ToLowerInvariant();
    }

    private static TreePattern Compile(PetrarchPattern pattern, PetrarchVerbBlock block, string file, Codebook codebook)
    {
        var before = pattern.Before.SelectMany(Steps).ToArray();
        var after = pattern.After.SelectMany(Steps).ToArray();
        var code = pattern.Code.IsNull ? null : KnownCode(pattern.Code.Event!, codebook, file, pattern.Line);
        var text = block.Name + " " + string.Join(' ', pattern.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return new TreePattern(before, after, code is null ? null : Event(code, file, pattern.Line, text, before.Concat(after)), pattern.Line);
    }

    /// <summary>The event pattern an event of this tree pattern reports: its code, and as rule "FILE:LINE:TEXT".</summary>
    private static EventPattern Event(string code, string file, int line, string text, IEnumerable<TreeStep> steps)
    {
        var words = steps.Where(s => !s.IsActor).Select(s => s.Phrases[0][^1]);
        var elements = new[] { new PatternElement([text.Split(' ')[0].ToLowerInvariant()], false, false) }.Concat(words).ToArray();
        return new EventPattern(code, elements, PatternKind.Verb, text) { Origin = $"{file}:{line}" };
    }

    private static IEnumerable<TreeStep> Steps(PetrarchTerm term) => term switch
    {
        PetrarchWords words => [PhraseStep([words.Phrase])],
        PetrarchSynsetReference reference => [PhraseStep(reference.Synset.Phrases)],
        PetrarchJoined joined => [PhraseStep(joined.Parts.Select(PhrasesOf).Aggregate((a, b) => a.SelectMany(x => b.Select(y => new PetrarchPhrase([.. x.Words, .. y.Words], y.MakePlural))).ToArray()))],
        PetrarchNounPhrase phrase => phrase.Terms.SelectMany(Steps),
        PetrarchPrepositionalPhrase pp => PrepositionalSteps(pp),
        PetrarchActor { Role: PetrarchActorRole.Target } => [new TreeStep([], TreeSlot.Target)],
        PetrarchActor { Role: PetrarchActorRole.Source or PetrarchActorRole.Compound } => [new TreeStep([], TreeSlot.Source)],
        _ => [],
    };

    /// <summary>The preposition, then its object's steps, the last (the head, or the actor) marked as the word the preposition marks.</summary>
    private static IEnumerable<TreeStep> PrepositionalSteps(PetrarchPrepositionalPhrase pp)
    {
        var objects = pp.Objects.SelectMany(Steps).Select(s => s with { InPhrase = true }).ToArray();
        if (objects.Length > 0) objects[^1] = objects[^1] with { IsPhraseHead = true };
        return Steps(pp.Preposition).Select(s => s with { OpensPhrase = true }).Concat(objects);
    }

    /// <summary>The phrases a word or synonym set of a joined term stands for.</summary>
    private static IReadOnlyList<PetrarchPhrase> PhrasesOf(PetrarchTerm term) => term switch
    {
        PetrarchWords words => [words.Phrase],
        PetrarchSynsetReference reference => reference.Synset.Phrases,
        _ => throw new FormatException($"'{term}' cannot be joined with '_'"),
    };

    private static TreeStep WordStep(string word, bool plural) => PhraseStep([new PetrarchPhrase([word], plural)]);

    private static TreeStep PhraseStep(IEnumerable<PetrarchPhrase> phrases) =>
        new(phrases.Select(p => p.Words.Select((w, i) => new PatternElement(WordForms(w.ToLowerInvariant(), p.MakePlural && i == p.Words.Count - 1).ToArray(), false, false)).ToArray()).ToArray(), TreeSlot.None);

    /// <summary>
    /// A word and the forms that match it: the format's regular plurals where the phrase takes one ("-s", "-ies" after "y",
    /// "-es" after "ss"). A word written plural ("SANCTIONS") matches that form as it stands (tokens keep their form beside the lemma).
    /// </summary>
    public static IEnumerable<string> WordForms(string word, bool plural)
    {
        yield return word;
        if (plural)
            yield return word.EndsWith("ss", StringComparison.Ordinal) ? word + "es"
                : word.Length > 1 && word[^1] == 'y' ? word[..^1] + "ies" : word + "s";
    }

    /// <summary>The code itself if the codebook has it, else its nearest ancestor ("1213" to "121").</summary>
    private static string KnownCode(string code, Codebook codebook, string file, int line)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
            if (codebook.Contains(c)) return c;
        throw new FormatException($"{file}:{line}: '{code}' is not a code of cameo.tsv, nor is any code above it");
    }
}
