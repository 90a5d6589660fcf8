using System.Runtime.CompilerServices;

namespace Kronika.Language.Tagging;

/// <summary>
/// Trained weights as the tagger uses them: for each feature key, the labels it has a weight for.
/// Rows are contiguous (labels[start[f]..start[f+1]) and weights alongside), so scoring a word
/// walks a few short arrays and allocates nothing.
/// </summary>
internal sealed class SparseWeights
{
    public readonly ulong[] Keys;
    public readonly int[] Start;
    public readonly byte[] Labels;
    public readonly float[] Weights;
    public readonly int LabelCount;

    /// <summary>A slot of the open-addressing table: a feature key and its row of cells.</summary>
    private struct Slot
    {
        public ulong Key;
        public int Start, End;
    }

    /// <summary>One (label, weight) pair of a row, stored together so a row is one run of memory.</summary>
    private struct Cell
    {
        public int Label;
        public float Weight;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Cell[] _cells;

    public SparseWeights(int labelCount, ulong[] keys, int[] start, byte[] labels, float[] weights)
    {
        LabelCount = labelCount;
        Keys = keys;
        Start = start;
        Labels = labels;
        Weights = weights;
        int size = 16;
        while (size < keys.Length * 2) size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        for (int f = 0; f < keys.Length; f++)
        {
            ulong key = keys[f];
            int i = (int)(key ^ (key >> 32)) & _mask;
            while (_slots[i].Key != 0)
            {
                if (_slots[i].Key == key) throw new InvalidDataException("duplicate feature key");
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot { Key = key, Start = start[f], End = start[f + 1] };
        }
        _cells = new Cell[labels.Length];
        for (int e = 0; e < labels.Length; e++) _cells[e] = new Cell { Label = labels[e], Weight = weights[e] };
    }

    public int FeatureCount => Keys.Length;

    /// <summary>The best-scoring label for a set of feature keys; scores is a scratch buffer of at least LabelCount floats.</summary>
    /// <remarks>
    /// The lookups are memory-bound, so they run in stages: first every key's home slot is read (the
    /// reads are independent, so their cache misses overlap), then the rows found are touched the same
    /// way, and only then are the weights added up.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Best(ReadOnlySpan<ulong> keys, float[] scores)
    {
        var s = scores.AsSpan(0, LabelCount);
        s.Clear();
        var slots = _slots;
        var cells = _cells;
        int mask = _mask;
        Span<int> found = stackalloc int[keys.Length];
        ulong touched = 0;
        for (int k = 0; k < keys.Length; k++)
        {
            ulong key = keys[k];
            int i = (int)(key ^ (key >> 32)) & mask;
            found[k] = i;
            touched ^= slots[i].Key;
        }
        int rows = 0;
        for (int k = 0; k < keys.Length; k++)
        {
            ulong key = keys[k];
            int i = found[k];
            while (true)
            {
                ulong slotKey = slots[i].Key;
                if (slotKey == key)
                {
                    found[rows++] = i;
                    touched ^= (ulong)cells[slots[i].Start].Label;
                    break;
                }
                if (slotKey == 0) break;
                i = (i + 1) & mask;
            }
        }
        for (int r = 0; r < rows; r++)
        {
            ref Slot slot = ref slots[found[r]];
            for (int e = slot.Start; e < slot.End; e++)
            {
                ref Cell cell = ref cells[e];
                s[cell.Label] += cell.Weight;
            }
        }
        if (touched == 1) s[0] += 0; // keeps the touching reads alive
        return ArgMax(s);
    }

    /// <summary>The highest-scoring label (the first one on ties).</summary>
    public static int ArgMax(Span<float> s)
    {
        int best = 0;
        float bestScore = s[0];
        for (int l = 1; l < s.Length; l++)
            if (s[l] > bestScore) { bestScore = s[l]; best = l; }
        return best;
    }

    public int EntryCount => Labels.Length;

}

/// <summary>
/// A multiclass averaged perceptron over hashed features (Collins 2002), with the weights of each
/// feature kept as a linked list of (label, weight) nodes so that only pairs ever updated use memory.
/// Averages are kept lazily with per-node timestamps.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly int _labels;
    private readonly KeyIndex _index = new(1 << 20);
    private int[] _head = new int[1 << 20];
    private int _features;
    private int[] _nodeLabel = new int[1 << 22], _nodeNext = new int[1 << 22], _nodeWeight = new int[1 << 22], _nodeStamp = new int[1 << 22];
    private double[] _nodeTotal = new double[1 << 22];
    private int _nodes;
    private readonly List<ulong> _keyOf = new();

    /// <summary>The number of training instances seen so far (the averaging clock).</summary>
    public int Clock { get; private set; }

    public AveragedPerceptron(int labels) => _labels = labels;

    public void Tick() => Clock++;

    public int Best(ReadOnlySpan<ulong> keys, float[] scores, bool averaged)
    {
        var s = scores.AsSpan(0, _labels);
        s.Clear();
        double clock = Math.Max(1, Clock);
        foreach (var key in keys)
        {
            int f = _index.Get(key);
            if (f < 0) continue;
            for (int n = _head[f]; n >= 0; n = _nodeNext[n])
            {
                if (averaged) s[_nodeLabel[n]] += (float)((_nodeTotal[n] + (Clock - _nodeStamp[n]) * (double)_nodeWeight[n]) / clock);
                else s[_nodeLabel[n]] += _nodeWeight[n];
            }
        }
        return SparseWeights.ArgMax(s);
    }

    public void Update(ReadOnlySpan<ulong> keys, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (var key in keys)
        {
            int f = _index.GetOrAdd(key, _features);
            if (f == _features)
            {
                if (_features == _head.Length) Array.Resize(ref _head, _head.Length * 2);
                _head[_features++] = -1;
                _keyOf.Add(key);
            }
            Add(f, truth, 1);
            Add(f, guess, -1);
        }
    }

    private void Add(int f, int label, int delta)
    {
        int n = _head[f];
        while (n >= 0 && _nodeLabel[n] != label) n = _nodeNext[n];
        if (n < 0)
        {
            if (_nodes == _nodeLabel.Length)
            {
                int size = _nodes * 2;
                Array.Resize(ref _nodeLabel, size);
                Array.Resize(ref _nodeNext, size);
                Array.Resize(ref _nodeWeight, size);
                Array.Resize(ref _nodeStamp, size);
                Array.Resize(ref _nodeTotal, size);
            }
            n = _nodes++;
            _nodeLabel[n] = label;
            _nodeNext[n] = _head[f];
            _head[f] = n;
            _nodeWeight[n] = 0;
            _nodeStamp[n] = Clock;
            _nodeTotal[n] = 0;
        }
        _nodeTotal[n] += (Clock - _nodeStamp[n]) * (double)_nodeWeight[n];
        _nodeStamp[n] = Clock;
        _nodeWeight[n] += delta;
    }

    /// <summary>
    /// The averaged weights, dropping those whose magnitude is below minWeight, rounded to half precision
    /// as the model file stores them; features left without weights are dropped. Features are ordered
    /// by key so the result does not depend on hash-table layout.
    /// </summary>
    public SparseWeights Average(float minWeight)
    {
        var keyOf = _keyOf;
        var order = Enumerable.Range(0, _features).ToArray();
        Array.Sort(order, (a, b) => keyOf[a].CompareTo(keyOf[b]));
        double clock = Math.Max(1, Clock);
        var keys = new List<ulong>(_features);
        var start = new List<int>(_features + 1) { 0 };
        var labels = new List<byte>(_nodes);
        var weights = new List<float>(_nodes);
        var row = new List<(int Label, float Weight)>();
        foreach (var f in order)
        {
            row.Clear();
            for (int n = _head[f]; n >= 0; n = _nodeNext[n])
            {
                double avg = (_nodeTotal[n] + (Clock - _nodeStamp[n]) * (double)_nodeWeight[n]) / clock;
                float rounded = (float)(Half)avg;
                if (Math.Abs(rounded) >= minWeight && rounded != 0) row.Add((_nodeLabel[n], rounded));
            }
            if (row.Count == 0) continue;
            row.Sort((a, b) => a.Label.CompareTo(b.Label));
            keys.Add(keyOf[f]);
            foreach (var (label, weight) in row) { labels.Add((byte)label); weights.Add(weight); }
            start.Add(labels.Count);
        }
        return new SparseWeights(_labels, keys.ToArray(), start.ToArray(), labels.ToArray(), weights.ToArray());
    }
}
