using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using Kronika.Language.Treebank;

namespace Kronika.Language.Parsing;

/// <summary>Settings of <see cref="DependencyParser.Train(IReadOnlyList{ConlluSentence}, IReadOnlyList{ConlluSentence}?, ParserTrainingOptions, Action{string}?)"/>.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>Seeds the sentence order and the exploration; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Passes that follow the oracle only, before the parser starts to follow its own (possibly wrong) predictions.</summary>
    public int ExploreAfter { get; init; } = 2;

    /// <summary>While exploring, the probability of following the prediction instead of the oracle's best action.</summary>
    public double ExploreProbability { get; init; } = 0.9;

    /// <summary>Averaged weights smaller than this (in absolute value) are dropped from the model.</summary>
    public double Prune { get; init; } = 0.0;

    /// <summary>With a dev set: keep the weights of the pass that scored best on it (LAS) rather than the last.</summary>
    public bool KeepBestOnDev { get; init; } = true;

    /// <summary>The training data credit written into the model file's header.</summary>
    public string Credit { get; init; } = DependencyParser.EwtCredit;
}

/// <summary>
/// A labeled dependency parser for English: greedy arc-eager transitions (root at the end of the buffer)
/// scored by an averaged perceptron over hashed Zhang &amp; Nivre (2011) features, trained with the Goldberg
/// &amp; Nivre (2012) dynamic oracle and exploration; non-projective training trees are lifted to projective ones.
/// Reads word forms and their UPOS and XPOS tags, writes a head and a Universal Dependencies relation (with
/// subtypes, as the training treebank has them) for every word; the result is always one projective tree with
/// exactly one word attached to the root. Thread-safe for parsing (each thread reuses its own buffers).
/// </summary>
public sealed class DependencyParser
{
    public const string EwtCredit = "Universal Dependencies English Web Treebank (Silveira et al. 2014; UD_English-EWT), CC BY-SA 4.0";

    internal const int FeatureSetVersion = 1;
    private const string Title = "Kronika dependency parser model";
    private const int FormatVersion = 1;
    private static readonly byte[] BinaryMagic = "KPRSBIN\0"u8.ToArray();
    private static readonly byte[] EndMagic = "KPRSEND\0"u8.ToArray();

    private readonly WeightTable _weights;
    private readonly string[] _labels;
    private readonly string[] _xposTags;
    private readonly string[] _uposTags;
    private readonly Dictionary<string, int> _xpos;
    private readonly Dictionary<string, int> _upos;
    private readonly int _rootLabel, _punctLabel, _fallbackLabel, _punctUpos;
    private readonly string _credit;

    /// <summary>The relations the parser can assign, "root" among them.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The training data credit stored in the model.</summary>
    public string Credit => _credit;

    internal int ClassCount => 2 + 2 * _labels.Length;
    internal int FeatureCount => _weights.FeatureCount;
    internal int EntryCount => _weights.EntryCount;

    private DependencyParser(WeightTable weights, string[] labels, string[] xposTags, string[] uposTags, string credit)
    {
        _weights = weights;
        _labels = labels;
        _xposTags = xposTags;
        _uposTags = uposTags;
        _credit = credit;
        Labels = Array.AsReadOnly(labels);
        // Tag codes: 0 = no word, 1 = root, 2 = unknown tag, 3.. = known tags.
        _xpos = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < xposTags.Length; i++) _xpos[xposTags[i]] = i + 3;
        _upos = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < uposTags.Length; i++) _upos[uposTags[i]] = i + 3;
        _rootLabel = Array.IndexOf(labels, "root");
        if (_rootLabel < 0) throw new InvalidDataException("the label set has no \"root\"");
        _punctLabel = Array.IndexOf(labels, "punct");
        _fallbackLabel = Array.IndexOf(labels, "dep");
        if (_fallbackLabel < 0) _fallbackLabel = Array.IndexOf(labels, "parataxis");
        if (_fallbackLabel < 0) _fallbackLabel = _rootLabel == 0 && labels.Length > 1 ? 1 : 0;
        _punctUpos = _upos.TryGetValue("PUNCT", out var p) ? p : -1;
        _verbUpos = _upos.TryGetValue("VERB", out var v) ? v : -1;
    }

    private readonly int _verbUpos;

    /// <summary>Fills the running verb and punctuation counts of words 1..n from their UPOS codes.</summary>
    internal void Count(int[] utag, int n, int[] verbsTo, int[] punctsTo)
    {
        verbsTo[0] = punctsTo[0] = 0;
        for (int i = 1; i <= n; i++)
        {
            verbsTo[i] = verbsTo[i - 1] + (utag[i] == _verbUpos ? 1 : 0);
            punctsTo[i] = punctsTo[i - 1] + (utag[i] == _punctUpos ? 1 : 0);
        }
    }

    // ---- parsing --------------------------------------------------------------------------------

    private sealed class Workspace
    {
        public readonly ParserState State = new();
        public readonly ulong[] Features = new ulong[ParserState.FeatureCount];
        public float[] Scores = new float[128];
    }

    [ThreadStatic] private static Workspace? t_workspace;

    internal int XposCode(string? tag) => tag is not null && _xpos.TryGetValue(tag, out var c) ? c : 2;
    internal int UposCode(string? tag) => tag is not null && _upos.TryGetValue(tag, out var c) ? c : 2;

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/>[i] receives the 1-based index of word i's head (0 for the
    /// root word) and <paramref name="deprels"/>[i] its relation; both arrays must hold at least words.Count items.
    /// The relation strings are the parser's own, shared between calls.
    /// </summary>
    public void Parse(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, int[] heads, string[] deprels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(deprels);
        int n = words.Count;
        if (upos.Count < n || xpos.Count < n) throw new ArgumentException("every word needs a UPOS and an XPOS tag");
        if (heads.Length < n || deprels.Length < n) throw new ArgumentException("the heads and deprels arrays are shorter than the sentence");
        if (n == 0) return;

        var ws = t_workspace ??= new Workspace();
        if (ws.Scores.Length < _weights.ScoreLength) ws.Scores = new float[_weights.ScoreLength];
        var st = ws.State;
        st.Ensure(n);
        for (int i = 0; i < n; i++)
        {
            string w = words[i] ?? "";
            st.Word[i + 1] = FeatureHashing.Word(w);
            st.Suf[i + 1] = FeatureHashing.Suffix(w, 3);
            st.Tag[i + 1] = XposCode(xpos[i]);
            st.UTag[i + 1] = UposCode(upos[i]);
        }
        Count(st.UTag, n, st.VerbsTo, st.PunctsTo);
        st.Init(n);
        RunFromInit(st, ws.Features, ws.Scores);
        if (IsTerminalMark(words[n - 1])) st.AttachFinalMarkToRoot(_punctLabel);
        int root = st.R;
        for (int i = 0; i < n; i++)
        {
            int h = st.Head[i + 1];
            heads[i] = h == root ? 0 : h;
            deprels[i] = _labels[st.Label[i + 1]];
        }
    }

    /// <summary>Runs the transitions greedily from an initialized state, then completes the tree.</summary>
    internal void RunFromInit(ParserState st, ulong[] features, float[] scores)
    {
        int labels = _labels.Length, root = _rootLabel, classes = ClassCount;
        var scoreSpan = scores.AsSpan(0, _weights.ScoreLength);
        while (!st.Terminal)
        {
            st.Extract(features);
            scoreSpan.Clear();
            _weights.Score(features, ParserState.FeatureCount, scores);
            int best = Best(st, scores, labels, root);
            st.Apply(best, labels);
        }
        st.Finish(_rootLabel, _punctLabel, _fallbackLabel, _punctUpos);
    }

    /// <summary>".", "?", "!", "..." and the like: a sentence-final one belongs to the root word in UD.</summary>
    private static bool IsTerminalMark(string? word)
    {
        if (string.IsNullOrEmpty(word)) return false;
        foreach (char c in word) if (c is not ('.' or '?' or '!' or '…')) return false;
        return true;
    }

    internal static int Best(ParserState st, float[] scores, int labels, int root)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (st.CanShift) { best = ParserState.Shift; bestScore = scores[ParserState.Shift]; }
        if (st.CanReduce && (best < 0 || scores[ParserState.Reduce] > bestScore)) { best = ParserState.Reduce; bestScore = scores[ParserState.Reduce]; }
        if (st.CanLeft)
        {
            for (int l = 0; l < labels; l++)
            {
                if (l == root) continue;
                float s = scores[2 + l];
                if (best < 0 || s > bestScore) { best = 2 + l; bestScore = s; }
            }
        }
        else if (st.CanLeftRoot && (best < 0 || scores[2 + root] > bestScore))
        {
            best = 2 + root;
            bestScore = scores[2 + root];
        }
        if (st.CanRight)
        {
            int off = 2 + labels;
            for (int l = 0; l < labels; l++)
            {
                if (l == root) continue;
                float s = scores[off + l];
                if (best < 0 || s > bestScore) { best = off + l; bestScore = s; }
            }
        }
        return best;
    }

    // ---- training -------------------------------------------------------------------------------

    /// <summary>Trains a parser on gold trees, reading each word's Upos and Xpos as its input tags.</summary>
    public static DependencyParser Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, int iterations, int seed, Action<string>? log = null) =>
        Train(train, dev, new ParserTrainingOptions { Iterations = iterations, Seed = seed }, log);

    /// <summary>Trains a parser with explicit settings.</summary>
    public static DependencyParser Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, ParserTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        if (train.Count == 0) throw new ArgumentException("no training sentences", nameof(train));
        var clock = Stopwatch.StartNew();

        var labels = train.SelectMany(s => s.Words).Select(w => w.Deprel).Append("root").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var xposTags = train.SelectMany(s => s.Words).Select(w => w.Xpos).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var uposTags = train.SelectMany(s => s.Words).Select(w => w.Upos).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        int labelCount = labels.Length, rootLabel = Array.IndexOf(labels, "root");
        var shell = new DependencyParser(new WeightTable([], [0], [], 2 + 2 * labels.Length), labels, xposTags, uposTags, options.Credit);
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++) labelIndex[labels[i]] = i;

        int lifted = 0, skipped = 0;
        var data = new List<GoldSentence>(train.Count);
        foreach (var sentence in train)
        {
            var g = GoldSentence.From(sentence, shell, labelIndex, ref lifted);
            if (g is null) { skipped++; continue; }
            data.Add(g);
        }
        log?.Invoke($"{data.Count} training sentences ({lifted} arcs lifted to make trees projective, {skipped} sentences skipped), {labelCount} labels, {xposTags.Length} XPOS, {uposTags.Length} UPOS");

        int classes = 2 + 2 * labelCount;
        var model = new ParserPerceptron(classes);
        var rng = new SplitMix64((ulong)options.Seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var st = new ParserState();
        var features = new ulong[ParserState.FeatureCount];
        var scores = new float[classes];
        var costs = new int[classes];
        DependencyParser? best = null;
        double bestLas = double.NegativeInfinity;
        int bestIteration = 0;

        for (int iteration = 1; iteration <= options.Iterations; iteration++)
        {
            for (int i = order.Length - 1; i > 0; i--)
            {
                int j = (int)(rng.Next() % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            bool explore = iteration > options.ExploreAfter;
            long correct = 0, total = 0, updates = 0, transitions = 0;
            foreach (int index in order)
            {
                var g = data[index];
                int n = g.N;
                st.Ensure(n);
                Array.Copy(g.Word, 1, st.Word, 1, n);
                Array.Copy(g.Suf, 1, st.Suf, 1, n);
                Array.Copy(g.Tag, 1, st.Tag, 1, n);
                Array.Copy(g.UTag, 1, st.UTag, 1, n);
                Array.Copy(g.VerbsTo, 0, st.VerbsTo, 0, n + 1);
                Array.Copy(g.PunctsTo, 0, st.PunctsTo, 0, n + 1);
                st.Init(n);
                while (!st.Terminal)
                {
                    st.Extract(features);
                    model.Clock++;
                    transitions++;
                    Array.Clear(scores);
                    model.Score(features, ParserState.FeatureCount, scores);
                    int minCost = Costs(st, g, costs, labelCount, rootLabel);
                    int predicted = -1, oracle = -1;
                    for (int a = 0; a < classes; a++)
                    {
                        if (costs[a] == int.MaxValue) continue;
                        if (predicted < 0 || scores[a] > scores[predicted]) predicted = a;
                        if (costs[a] == minCost && (oracle < 0 || scores[a] > scores[oracle])) oracle = a;
                    }
                    if (costs[predicted] > minCost)
                    {
                        model.Update(features, ParserState.FeatureCount, oracle, predicted);
                        updates++;
                    }
                    int next = explore && rng.NextDouble() < options.ExploreProbability ? predicted : oracle;
                    st.Apply(next, labelCount);
                }
                for (int w = 1; w <= n; w++)
                {
                    total++;
                    if (st.Head[w] == g.Head[w]) correct++;
                }
            }
            string line = $"iteration {iteration}: train UAS {100.0 * correct / Math.Max(1, total):F2} (lifted trees{(explore ? ", exploring" : "")}), {updates} updates / {transitions} transitions, {model.FeatureCount} features, {clock.Elapsed.TotalSeconds:F0}s";
            if (dev is { Count: > 0 } && (options.KeepBestOnDev || iteration == options.Iterations))
            {
                var candidate = new DependencyParser(model.Average(options.Prune), labels, xposTags, uposTags, options.Credit);
                var (uas, las) = ParserEvaluation.Evaluate(candidate, dev);
                line += $"; dev UAS {uas:F2} LAS {las:F2}";
                if (las > bestLas) { bestLas = las; best = candidate; bestIteration = iteration; }
            }
            log?.Invoke(line);
        }
        if (best is null || !options.KeepBestOnDev)
            best = new DependencyParser(model.Average(options.Prune), labels, xposTags, uposTags, options.Credit);
        else
            log?.Invoke($"keeping iteration {bestIteration} (dev LAS {bestLas:F2})");
        log?.Invoke($"model: {best.FeatureCount} features, {best.EntryCount} weights; trained in {clock.Elapsed.TotalSeconds:F0}s");
        return best;
    }

    /// <summary>
    /// The dynamic oracle (Goldberg &amp; Nivre 2012) for labeled arc-eager with the root at the end: the number of
    /// gold arcs each action makes unreachable; int.MaxValue for actions that are not allowed. Returns the least cost.
    /// </summary>
    private static int Costs(ParserState st, GoldSentence g, int[] costs, int labels, int root)
    {
        Array.Fill(costs, int.MaxValue);
        int s0 = st.S0, b = st.B;
        var gh = g.Head;
        var gl = g.Label;
        int min = int.MaxValue;

        // b's headless gold dependents on the stack: lost when b is shifted or attached to s0.
        int stackDepsOfB = 0;
        int hb = -1;
        if (b < st.R)
        {
            for (int k = g.DepStart[b]; k < g.DepStart[b + 1]; k++)
            {
                int d = g.Deps[k];
                if (d >= b) break;
                if (st.InStack[d] && st.Head[d] < 0) stackDepsOfB++;
            }
            hb = gh[b];
        }
        if (st.CanShift)
        {
            int cost = (st.InStack[hb] ? 1 : 0) + stackDepsOfB;
            costs[ParserState.Shift] = cost;
            min = cost;
        }
        int bufferDepsOfS0 = 0;
        if (s0 >= 0)
            for (int k = g.DepStart[s0 + 1] - 1; k >= g.DepStart[s0]; k--)
            {
                if (g.Deps[k] < b) break;
                bufferDepsOfS0++;
            }
        if (st.CanReduce)
        {
            costs[ParserState.Reduce] = bufferDepsOfS0;
            min = Math.Min(min, bufferDepsOfS0);
        }
        if (st.CanLeft)
        {
            int hs = gh[s0];
            int c = (hs > b ? 1 : 0) + bufferDepsOfS0;
            for (int l = 0; l < labels; l++)
            {
                if (l == root) continue;
                int cost = c + (hs == b && gl[s0] != l ? 1 : 0);
                costs[2 + l] = cost;
                if (cost < min) min = cost;
            }
        }
        else if (st.CanLeftRoot)
        {
            costs[2 + root] = 0;
            min = 0;
        }
        if (st.CanRight)
        {
            bool headReachable = hb > b || st.InStack[hb];
            int ra = (hb != s0 && headReachable ? 1 : 0) + stackDepsOfB;
            for (int l = 0; l < labels; l++)
            {
                if (l == root) continue;
                int cost = ra + (hb == s0 && gl[b] != l ? 1 : 0);
                costs[2 + labels + l] = cost;
                if (cost < min) min = cost;
            }
        }
        return min;
    }

    /// <summary>A training sentence prepared once: hashed words, tag codes and the (projectivized) gold tree.</summary>
    private sealed class GoldSentence
    {
        public int N, Root;
        public ulong[] Word = [], Suf = [];
        public int[] Tag = [], UTag = [], Head = [], Label = [], DepStart = [], Deps = [], VerbsTo = [], PunctsTo = [];

        public static GoldSentence? From(ConlluSentence s, DependencyParser shell, Dictionary<string, int> labels, ref int lifted)
        {
            int n = s.Words.Length;
            var g = new GoldSentence
            {
                N = n,
                Word = new ulong[n + 2], Suf = new ulong[n + 2], Tag = new int[n + 2], UTag = new int[n + 2],
                Head = new int[n + 2], Label = new int[n + 2], DepStart = new int[n + 3],
            };
            int roots = 0;
            for (int i = 0; i < n; i++)
            {
                var w = s.Words[i];
                if (w.Id != i + 1 || w.Head < 0 || w.Head > n || w.Head == i + 1) return null;
                g.Word[i + 1] = FeatureHashing.Word(w.Form);
                g.Suf[i + 1] = FeatureHashing.Suffix(w.Form, 3);
                g.Tag[i + 1] = shell.XposCode(w.Xpos);
                g.UTag[i + 1] = shell.UposCode(w.Upos);
                g.Head[i + 1] = w.Head;
                g.Label[i + 1] = labels[w.Head == 0 ? "root" : w.Deprel];
                if (w.Head == 0) { roots++; g.Root = i + 1; }
            }
            if (roots != 1) return null;
            g.VerbsTo = new int[n + 1];
            g.PunctsTo = new int[n + 1];
            shell.Count(g.UTag, n, g.VerbsTo, g.PunctsTo);
            // Every word must reach the root (no cycles).
            for (int i = 1; i <= n; i++)
            {
                int a = i, steps = 0;
                while (a != 0 && steps++ <= n) a = g.Head[a];
                if (a != 0) return null;
            }
            lifted += Projectivizer.Lift(g.Head, n);
            // The root is position n+1, at the end of the buffer.
            for (int i = 1; i <= n; i++) if (g.Head[i] == 0) g.Head[i] = n + 1;
            g.Root = n + 1;
            // Dependents of each position (0..n+1), ascending.
            var counts = new int[n + 2];
            for (int i = 1; i <= n; i++) counts[g.Head[i]]++;
            for (int h = 0; h <= n + 1; h++) g.DepStart[h + 1] = g.DepStart[h] + counts[h];
            g.Deps = new int[n];
            var fill = new int[n + 2];
            for (int i = 1; i <= n; i++) { int h = g.Head[i]; g.Deps[g.DepStart[h] + fill[h]++] = i; }
            return g;
        }
    }

    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            ulong z = _state += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));
    }

    // ---- model file -----------------------------------------------------------------------------

    /// <summary>
    /// Writes the model: a short text header (title, format, method, training data credit), a blank line,
    /// then the binary part: vocabularies, feature keys and per-class weights as float16, and a checksum.
    /// </summary>
    public void Save(string path)
    {
        var header = new StringBuilder()
            .Append(Title).Append('\n')
            .Append("format: ").Append(FormatVersion).Append('\n')
            .Append("method: arc-eager transition parser (root last), averaged perceptron with dynamic oracle, hashed features\n")
            .Append("trained on: ").Append(_credit).Append('\n')
            .Append("licence: the weights are derived from the training data and shared under its licence\n")
            .Append('\n').ToString();

        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(BinaryMagic);
            w.Write(FeatureSetVersion);
            WriteStrings(w, _labels);
            WriteStrings(w, _xposTags);
            WriteStrings(w, _uposTags);
            var features = _weights.Features().ToList();
            float max = 0;
            foreach (var (_, entries) in features)
                foreach (var e in entries.Span) max = Math.Max(max, Math.Abs(e.Weight));
            float scale = max > 0 ? 32768f / max : 1f; // stored = weight * scale, well inside float16's range
            w.Write(scale);
            w.Write(features.Count);
            long entryCount = features.Sum(f => (long)f.Entries.Length);
            w.Write(entryCount);
            // Blocks: keys (ascending, 8 bytes each), weight counts per feature, classes, float16 weights.
            bool wide = ClassCount > 255;
            foreach (var (key, _) in features) w.Write(key);
            foreach (var (_, entries) in features) { if (wide) w.Write((ushort)entries.Length); else w.Write((byte)entries.Length); }
            foreach (var (_, entries) in features)
                foreach (var e in entries.Span) { if (wide) w.Write((ushort)e.Class); else w.Write((byte)e.Class); }
            foreach (var (_, entries) in features)
                foreach (var e in entries.Span) w.Write((Half)(e.Weight * scale));
        }
        var bytes = body.ToArray();
        var checksum = FeatureHashing.Checksum(bytes);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            file.Write(Encoding.UTF8.GetBytes(header));
            file.Write(bytes);
            Span<byte> tail = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(tail, checksum);
            file.Write(tail);
            file.Write(EndMagic);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Reads a model written by <see cref="Save"/>. A missing file throws <see cref="FileNotFoundException"/>;
    /// a file that is not a Kronika parser model, or is truncated or corrupt, throws <see cref="InvalidDataException"/>
    /// naming the path and the reason.
    /// </summary>
    public static DependencyParser Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"parser model not found: {path}", path);
        byte[] data;
        try { data = File.ReadAllBytes(path); }
        catch (IOException e) { throw new InvalidDataException($"{path}: cannot read the parser model: {e.Message}", e); }
        try
        {
            return Read(data);
        }
        catch (ModelFormatException e)
        {
            throw new InvalidDataException($"{path}: not a valid Kronika parser model: {e.Message}", e);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException or InvalidDataException or DecoderFallbackException)
        {
            throw new InvalidDataException($"{path}: not a valid Kronika parser model: corrupt data ({e.Message})", e);
        }
    }

    private sealed class ModelFormatException(string message) : Exception(message);

    private static DependencyParser Read(byte[] data)
    {
        var title = Encoding.ASCII.GetBytes(Title + "\n");
        if (data.Length < title.Length || !data.AsSpan(0, title.Length).SequenceEqual(title))
            throw new ModelFormatException($"it does not start with \"{Title}\"");
        int headerEnd = data.AsSpan(0, Math.Min(data.Length, 8192)).IndexOf("\n\n"u8);
        if (headerEnd < 0) throw new ModelFormatException("the text header does not end (truncated?)");
        var header = Encoding.UTF8.GetString(data, 0, headerEnd);
        string? format = null, credit = null;
        foreach (var line in header.Split('\n'))
        {
            if (line.StartsWith("format: ", StringComparison.Ordinal)) format = line[8..];
            else if (line.StartsWith("trained on: ", StringComparison.Ordinal)) credit = line[12..];
        }
        if (format != FormatVersion.ToString()) throw new ModelFormatException($"format {format ?? "(none)"} is not the supported format {FormatVersion}");
        int start = headerEnd + 2;
        int trailer = 8 + EndMagic.Length;
        if (data.Length - start < BinaryMagic.Length + trailer) throw new ModelFormatException("the file is truncated");
        if (!data.AsSpan(data.Length - EndMagic.Length).SequenceEqual(EndMagic)) throw new ModelFormatException("the file is truncated (no end marker)");
        var body = data.AsSpan(start, data.Length - start - trailer);
        ulong stored = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(data.Length - trailer, 8));
        if (FeatureHashing.Checksum(body) != stored) throw new ModelFormatException("checksum mismatch (the file is corrupt)");

        var r = new SpanReader(data, start, data.Length - trailer);
        if (!r.Bytes(BinaryMagic.Length).SequenceEqual(BinaryMagic)) throw new ModelFormatException("bad binary marker");
        int featureSet = r.Int32();
        if (featureSet != FeatureSetVersion) throw new ModelFormatException($"feature set {featureSet} is not the supported {FeatureSetVersion}");
        var labels = r.Strings();
        var xpos = r.Strings();
        var upos = r.Strings();
        float scale = r.Single();
        if (!(scale > 0) || float.IsInfinity(scale)) throw new ModelFormatException("bad weight scale");
        int featureCount = r.Int32();
        long entryCount = r.Int64();
        if (featureCount < 0 || entryCount < 0 || entryCount > int.MaxValue / 2 || featureCount > entryCount) throw new ModelFormatException("bad feature or weight count");
        int classes = 2 + 2 * labels.Length;
        if (featureCount > int.MaxValue / 8) throw new ModelFormatException("bad feature count");
        bool wide = classes > 255;
        var keyBytes = r.Bytes(8 * featureCount);
        var keys = new ulong[featureCount];
        ulong previous = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = BinaryPrimitives.ReadUInt64LittleEndian(keyBytes.Slice(8 * i, 8));
            if (key <= previous) throw new ModelFormatException(key == 0 ? "zero feature key" : "feature keys out of order");
            keys[i] = previous = key;
        }
        var countBytes = r.Bytes((wide ? 2 : 1) * featureCount);
        var starts = new int[featureCount + 1];
        for (int i = 0; i < featureCount; i++)
        {
            int count = wide ? BinaryPrimitives.ReadUInt16LittleEndian(countBytes.Slice(2 * i, 2)) : countBytes[i];
            if (count == 0 || count > classes) throw new ModelFormatException("bad weight count of a feature");
            starts[i + 1] = starts[i] + count;
        }
        if (starts[featureCount] != entryCount) throw new ModelFormatException("weight counts do not add up");
        var classBytes = r.Bytes((wide ? 2 : 1) * (int)entryCount);
        var weightBytes = r.Bytes(2 * (int)entryCount);
        var entries = new WeightTable.Entry[entryCount];
        float inverse = 1f / scale;
        for (int i = 0; i < entries.Length; i++)
        {
            int cls = wide ? BinaryPrimitives.ReadUInt16LittleEndian(classBytes.Slice(2 * i, 2)) : classBytes[i];
            if (cls >= classes) throw new ModelFormatException("weight class out of range");
            entries[i] = new WeightTable.Entry(cls, (float)BinaryPrimitives.ReadHalfLittleEndian(weightBytes.Slice(2 * i, 2)) * inverse);
        }
        if (!r.AtEnd) throw new ModelFormatException("unexpected data after the weights");
        return new DependencyParser(new WeightTable(keys, starts, entries, classes), labels, xpos, upos, credit ?? "");
    }

    private static void WriteStrings(BinaryWriter w, string[] items)
    {
        w.Write(items.Length);
        foreach (var s in items) w.Write(s);
    }

    /// <summary>Reads the binary part of a model, checking every read against the end.</summary>
    private ref struct SpanReader(byte[] data, int position, int end)
    {
        private int _pos = position;

        public readonly bool AtEnd => _pos == end;

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || _pos > end - n) throw new ModelFormatException("the file is truncated");
            var span = data.AsSpan(_pos, n);
            _pos += n;
            return span;
        }

        public ReadOnlySpan<byte> Bytes(int n) => Take(n);
        public byte Byte() => Take(1)[0];
        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));
        public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public string[] Strings()
        {
            int count = Int32();
            if (count < 0 || count > 10000) throw new ModelFormatException("bad vocabulary size");
            var items = new string[count];
            for (int i = 0; i < count; i++)
            {
                // BinaryWriter's 7-bit encoded length prefix.
                int length = 0;
                for (int shift = 0; ; shift += 7)
                {
                    if (shift > 28) throw new ModelFormatException("bad string length");
                    byte b = Byte();
                    length |= (b & 0x7F) << shift;
                    if (b < 0x80) break;
                }
                items[i] = Encoding.UTF8.GetString(Take(length));
            }
            return items;
        }
    }
}
