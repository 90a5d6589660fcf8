using System.Diagnostics;
using Kronika.Language.Treebank;

namespace Kronika.Language.Tagging;

/// <summary>Settings of tagger training that experiments may change; the defaults are the shipped ones.</summary>
internal sealed class TaggerTrainingOptions
{
    /// <summary>A word enters the tag lexicon (its ambiguity class is a feature) when seen this often.</summary>
    public int LexiconMinCount = 1;
    /// <summary>A label belongs to a word's ambiguity class when it has at least this share of the word's occurrences.</summary>
    public double ClassMinShare = 0.01;
    /// <summary>A word is tagged without scoring when seen this often with one label at least this share of the time.</summary>
    public int FixedMinCount = 20;
    public double FixedMinShare = 0.995;
    /// <summary>Averaged weights below this magnitude are pruned from the model.</summary>
    public float MinWeight = 0.01f;
    /// <summary>
    /// Training sentences see a lexicon built without their own fold (jackknifing), so that rare words
    /// look as unfamiliar in training as unseen words do at tagging time; 0 turns it off.
    /// </summary>
    public int Folds = 10;
}

/// <summary>
/// A part-of-speech tagger: a greedy left-to-right averaged perceptron that predicts the UPOS and
/// Penn Treebank XPOS tags of each word together, as one joint label. Features are hashed to 64-bit
/// keys; tagging allocates nothing per token and is thread-safe (each thread has its own buffers).
/// </summary>
public sealed class PosTagger
{
    private const string Magic = "Kronika POS tagger";
    private const int FormatVersion = 1;
    private const uint PayloadMagic = 0x4741544B; // "KTAG"
    private const uint EndMagic = 0x21444E45;     // "END!"

    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly TagLexicon _lexicon;
    private readonly SparseWeights _weights;

    private PosTagger(string[] upos, string[] xpos, TagLexicon lexicon, SparseWeights weights)
    {
        // Intern the tag strings: every tag handed out is one of these shared instances.
        _upos = upos.Select(string.Intern).ToArray();
        _xpos = xpos.Select(string.Intern).ToArray();
        _lexicon = lexicon;
        _weights = weights;
    }

    /// <summary>The (UPOS, XPOS) pairs the tagger predicts.</summary>
    public IReadOnlyList<(string Upos, string Xpos)> Labels => _upos.Zip(_xpos).ToArray();

    internal int FeatureCount => _weights.FeatureCount;
    internal int WeightCount => _weights.EntryCount;
    internal int LexiconCount => _lexicon.Count;

    [ThreadStatic] private static Scratch? _scratch;

    private sealed class Scratch
    {
        public TokenInfo[] Tokens = new TokenInfo[128];
        public readonly ulong[] Keys = new ulong[TaggerFeatures.MaxFeatures];
        public readonly float[] Scores = new float[256];

        public void Ensure(int words)
        {
            int needed = words + 2 * TaggerFeatures.Pad;
            if (Tokens.Length < needed) Tokens = new TokenInfo[Math.Max(needed, Tokens.Length * 2)];
        }
    }

    /// <summary>Tags a sentence: upos[i] and xpos[i] receive the tags of words[i] (the arrays must be at least words.Count long).</summary>
    public void Tag(IReadOnlyList<string> words, string[] upos, string[] xpos)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        int n = words.Count;
        if (upos.Length < n || xpos.Length < n) throw new ArgumentException($"the tag arrays must hold at least {n} entries");
        if (n == 0) return;
        var scratch = _scratch ??= new Scratch();
        scratch.Ensure(n);
        var tokens = scratch.Tokens;
        var keys = scratch.Keys;
        var scores = scratch.Scores;
        TaggerFeatures.Prepare(words, tokens, _lexicon);
        int prev1 = -1, prev2 = -2;
        for (int i = 0; i < n; i++)
        {
            int b = i + TaggerFeatures.Pad;
            int label = tokens[b].Fixed;
            if (label < 0)
            {
                int count = TaggerFeatures.Extract(tokens, b, prev1, prev2, i == 0, keys);
                label = _weights.Best(keys.AsSpan(0, count), scores);
            }
            upos[i] = _upos[label];
            xpos[i] = _xpos[label];
            prev2 = prev1;
            prev1 = label;
        }
    }

    public static PosTagger Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, int iterations, int seed, Action<string>? log = null) =>
        Train(train, dev, iterations, seed, log, new TaggerTrainingOptions());

    internal static PosTagger Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, int iterations, int seed,
                                    Action<string>? log, TaggerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (iterations < 1) throw new ArgumentOutOfRangeException(nameof(iterations), "at least one training iteration is needed");
        var clock = Stopwatch.StartNew();

        // Labels: the (UPOS, XPOS) pairs of the training data, most frequent first.
        var pairCounts = new Dictionary<(string, string), int>();
        foreach (var s in train)
            foreach (var w in s.Words)
                pairCounts[(w.Upos, w.Xpos)] = pairCounts.GetValueOrDefault((w.Upos, w.Xpos)) + 1;
        if (pairCounts.Count == 0) throw new ArgumentException("the training treebank has no words", nameof(train));
        if (pairCounts.Count > 256) throw new ArgumentException($"too many distinct (UPOS, XPOS) pairs ({pairCounts.Count}); at most 256 are supported", nameof(train));
        var labels = pairCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal)
                               .ThenBy(p => p.Key.Item2, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var labelOf = new Dictionary<(string, string), int>();
        for (int i = 0; i < labels.Length; i++) labelOf[labels[i]] = i;
        var upos = labels.Select(l => l.Item1).ToArray();
        var xpos = labels.Select(l => l.Item2).ToArray();

        var gold = train.Select(s => s.Words.Select(w => labelOf[(w.Upos, w.Xpos)]).ToArray()).ToArray();
        var words = train.Select(s => (IReadOnlyList<string>)s.Words.Select(w => w.Form).ToArray()).ToArray();
        int folds = Math.Max(1, Math.Min(options.Folds, train.Count));
        var foldOf = Enumerable.Range(0, train.Count).Select(i => i % folds).ToArray();
        var lexicon = BuildLexicon(train, labelOf, labels.Length, options);
        log?.Invoke($"tagger: {train.Count} sentences, {gold.Sum(g => g.Length)} words, {labels.Length} labels, lexicon of {lexicon.Count} words");

        // Each training sentence sees the lexicon built without its fold (jackknifing), so that rare
        // words look as unfamiliar in training as unseen words do when tagging.
        TagLexicon[] foldLexicons = folds > 1
            ? Enumerable.Range(0, folds).Select(k => BuildLexicon(train.Where((_, i) => foldOf[i] != k).ToList(), labelOf, labels.Length, options)).ToArray()
            : [lexicon];
        var random = new Random(seed);
        int[] all = Enumerable.Range(0, train.Count).ToArray();

        var weights = TrainWeights(all, words, gold, s => foldLexicons[foldOf[s]], labels.Length, iterations, random, options, log);
        var tagger = new PosTagger(upos, xpos, lexicon, weights);
        log?.Invoke($"tagger: {tagger.FeatureCount} features, {tagger.WeightCount} weights after pruning ({clock.Elapsed.TotalSeconds:F1} s)");
        if (dev is { Count: > 0 } && log is not null)
        {
            var (u, x) = tagger.Accuracy(dev);
            log($"tagger: dev UPOS {100 * u:F2}%, XPOS {100 * x:F2}%");
        }
        return tagger;
    }

    internal (double Upos, double Xpos) Accuracy(IEnumerable<ConlluSentence> sentences)
    {
        int n = 0, u = 0, x = 0;
        var up = new string[16];
        var xp = new string[16];
        foreach (var s in sentences)
        {
            if (up.Length < s.Words.Length) { up = new string[s.Words.Length * 2]; xp = new string[s.Words.Length * 2]; }
            Tag(s.Words.Select(w => w.Form).ToArray(), up, xp);
            for (int i = 0; i < s.Words.Length; i++)
            {
                n++;
                if (up[i] == s.Words[i].Upos) u++;
                if (xp[i] == s.Words[i].Xpos) x++;
            }
        }
        return n == 0 ? (0, 0) : ((double)u / n, (double)x / n);
    }

    /// <summary>
    /// Trains the averaged perceptron greedily, left to right, on the tagger's own previous labels,
    /// visiting the sentences in a seeded random order each iteration.
    /// </summary>
    private static SparseWeights TrainWeights(int[] sentences, IReadOnlyList<string>[] words, int[][] gold, Func<int, TagLexicon> lexiconOf,
                                              int labelCount, int iterations, Random random, TaggerTrainingOptions options, Action<string>? log)
    {
        var clock = Stopwatch.StartNew();
        var model = new AveragedPerceptron(labelCount);
        var order = (int[])sentences.Clone();
        var tokens = new TokenInfo[16];
        var keys = new ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[labelCount];
        for (int iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var s in order)
            {
                var sentence = words[s];
                var truth = gold[s];
                int n = sentence.Count;
                if (tokens.Length < n + 2 * TaggerFeatures.Pad) tokens = new TokenInfo[(n + 2 * TaggerFeatures.Pad) * 2];
                TaggerFeatures.Prepare(sentence, tokens, lexiconOf(s));
                int prev1 = -1, prev2 = -2;
                for (int i = 0; i < n; i++)
                {
                    int b = i + TaggerFeatures.Pad;
                    int guess = tokens[b].Fixed;
                    if (guess < 0)
                    {
                        model.Tick();
                        int count = TaggerFeatures.Extract(tokens, b, prev1, prev2, i == 0, keys);
                        guess = model.Best(keys.AsSpan(0, count), scores, averaged: false);
                        model.Update(keys.AsSpan(0, count), truth[i], guess);
                    }
                    if (guess == truth[i]) correct++;
                    total++;
                    prev2 = prev1;
                    prev1 = guess;
                }
            }
            log?.Invoke($"tagger iteration {iteration}/{iterations}: train accuracy {100.0 * correct / Math.Max(1, total):F2}% ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        return model.Average(options.MinWeight);
    }

    /// <summary>The tag lexicon: lowercase words seen often enough, each with its ambiguity class and, if unambiguous and frequent, its label.</summary>
    private static TagLexicon BuildLexicon(IReadOnlyList<ConlluSentence> train, Dictionary<(string, string), int> labelOf, int labelCount,
                                           TaggerTrainingOptions options)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var exactCounts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var s in train)
            foreach (var w in s.Words)
            {
                var lower = w.Form.ToLowerInvariant();
                if (!counts.TryGetValue(lower, out var row)) counts[lower] = row = new int[labelCount];
                row[labelOf[(w.Upos, w.Xpos)]]++;
                if (!exactCounts.TryGetValue(w.Form, out row)) exactCounts[w.Form] = row = new int[labelCount];
                row[labelOf[(w.Upos, w.Xpos)]]++;
            }
        var entries = new List<(ulong Word, ulong Class, int Fixed)>();
        foreach (var (word, row) in exactCounts)
        {
            if (row.Sum() < options.LexiconMinCount) continue;
            ulong cls = 0x3C6EF372FE94F82BUL;
            for (int l = 0; l < labelCount; l++)
                if (row[l] > 0 && row[l] >= options.ClassMinShare * row.Sum()) cls = FeatureHash.Finish(cls ^ (ulong)(l + 1) * 0x9E3779B97F4A7C15UL);
            entries.Add((FeatureHash.NonZero(~FeatureHash.Chars(word, 0, word.Length, false)), cls, -1));
        }
        foreach (var (word, row) in counts)
        {
            int total = row.Sum();
            if (total < options.LexiconMinCount) continue;
            ulong cls = 0xA0761D6478BD642FUL;
            int best = 0;
            for (int l = 0; l < labelCount; l++)
            {
                if (row[l] > row[best]) best = l;
                if (row[l] > 0 && row[l] >= options.ClassMinShare * total) cls = FeatureHash.Finish(cls ^ (ulong)(l + 1) * 0x9E3779B97F4A7C15UL);
            }
            int fixedLabel = total >= options.FixedMinCount && row[best] >= options.FixedMinShare * total ? best : -1;
            entries.Add((FeatureHash.NonZero(FeatureHash.Chars(word, 0, word.Length, false)), cls, fixedLabel));
        }
        entries.Sort((a, b) => a.Word.CompareTo(b.Word));
        return new TagLexicon(entries.Select(e => e.Word).ToArray(), entries.Select(e => e.Class).ToArray(), entries.Select(e => e.Fixed).ToArray());
    }

    /// <summary>Writes the model: a text header line (Kronika, format version, treebank credit), then the binary tables and a checksum.</summary>
    public void Save(string path)
    {
        var header = $"{Magic} model, format {FormatVersion}; averaged perceptron, joint UPOS+XPOS labels; trained on {ModelFile.Credit}";
        ModelFile.Write(path, header, writer =>
        {
            writer.Write(PayloadMagic);
            writer.Write(_upos.Length);
            for (int i = 0; i < _upos.Length; i++) { writer.Write(_upos[i]); writer.Write(_xpos[i]); }
            ModelFile.WriteArray(writer, _lexicon.Words);
            ModelFile.WriteArray(writer, _lexicon.Classes);
            ModelFile.WriteArray(writer, _lexicon.Fixed.Select(f => (short)f).ToArray());
            ModelFile.WriteArray(writer, _weights.Keys);
            // Row lengths (each 1 to 256, stored less one) instead of offsets; weights in half precision.
            var lengths = new byte[_weights.FeatureCount];
            for (int f = 0; f < lengths.Length; f++) lengths[f] = (byte)(_weights.Start[f + 1] - _weights.Start[f] - 1);
            ModelFile.WriteArray(writer, lengths);
            ModelFile.WriteArray(writer, _weights.Labels);
            ModelFile.WriteArray(writer, _weights.Weights.Select(w => (Half)w).ToArray());
            writer.Write(EndMagic);
        });
    }

    /// <summary>Loads a model written by <see cref="Save"/>. A missing file is a FileNotFoundException; a damaged, truncated or foreign one an InvalidDataException naming the path.</summary>
    public static PosTagger Load(string path) => ModelFile.Guard(path, "tagger", () =>
    {
        using var reader = ModelFile.OpenPayload(path, "tagger", Magic, FormatVersion);
        if (reader.ReadUInt32() != PayloadMagic) throw new InvalidDataException("bad payload marker");
        int labelCount = reader.ReadInt32();
        if (labelCount < 1 || labelCount > 256) throw new InvalidDataException($"bad label count {labelCount}");
        var upos = new string[labelCount];
        var xpos = new string[labelCount];
        for (int i = 0; i < labelCount; i++) { upos[i] = reader.ReadString(); xpos[i] = reader.ReadString(); }
        var words = ModelFile.ReadArray<ulong>(reader, int.MaxValue, "lexicon words");
        var classes = ModelFile.ReadArray<ulong>(reader, words.Length, "lexicon classes");
        var fixedLabels = ModelFile.ReadArray<short>(reader, words.Length, "lexicon labels");
        if (classes.Length != words.Length || fixedLabels.Length != words.Length) throw new InvalidDataException("lexicon tables differ in length");
        foreach (var f in fixedLabels)
            if (f < -1 || f >= labelCount) throw new InvalidDataException($"lexicon label {f} out of range");
        var keys = ModelFile.ReadArray<ulong>(reader, int.MaxValue, "feature keys");
        var lengths = ModelFile.ReadArray<byte>(reader, keys.Length, "row lengths");
        if (lengths.Length != keys.Length) throw new InvalidDataException("feature tables differ in length");
        var start = new int[keys.Length + 1];
        for (int f = 0; f < keys.Length; f++) start[f + 1] = start[f] + lengths[f] + 1;
        var labels = ModelFile.ReadArray<byte>(reader, start[^1], "weight labels");
        var halves = ModelFile.ReadArray<Half>(reader, start[^1], "weights");
        if (labels.Length != start[^1] || halves.Length != start[^1]) throw new InvalidDataException("weight tables differ in length");
        foreach (var l in labels)
            if (l >= labelCount) throw new InvalidDataException($"weight label {l} out of range");
        var weights = new float[halves.Length];
        for (int i = 0; i < halves.Length; i++) weights[i] = (float)halves[i];
        ModelFile.ReadEnd(reader, EndMagic);
        var lexicon = new TagLexicon(words, classes, fixedLabels.Select(f => (int)f).ToArray());
        return new PosTagger(upos, xpos, lexicon, new SparseWeights(labelCount, keys, start, labels, weights));
    });
}
