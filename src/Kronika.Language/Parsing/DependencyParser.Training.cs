using System.Diagnostics;
using Kronika.Language.Treebank;

namespace Kronika.Language.Parsing;

/// <summary>Training: the dynamic oracle, its costs and exploration (see the class summary in DependencyParser.cs).</summary>
public sealed partial class DependencyParser
{
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
}
