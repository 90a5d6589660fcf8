using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kronika.Language.Parsing;

/// <summary>
/// The parser's weights at parse time: an open-addressing table from 64-bit feature keys to a run of
/// (class, weight) entries. Only the classes a feature has a weight for are stored.
/// </summary>
internal sealed class WeightTable
{
    internal struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
    }

    internal readonly struct Entry(int cls, float weight)
    {
        public readonly float Weight = weight;
        public readonly int Class = cls;
    }

    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly Entry[] _entries;
    private readonly float[] _dense;
    private readonly int _classes, _stride;

    public int FeatureCount { get; }
    /// <summary>How many (feature, class) weights the table holds.</summary>
    public int EntryCount { get; }

    /// <summary>The length a score buffer must have: the class count rounded up to whole vectors.</summary>
    public int ScoreLength => _stride;

    /// <summary>
    /// Builds the table: keys[i] owns entries [starts[i], starts[i+1]). Features with weights for many classes
    /// are kept as dense rows and added with vector instructions; the others as (class, weight) runs.
    /// </summary>
    public WeightTable(ulong[] keys, int[] starts, Entry[] entries, int classes)
    {
        FeatureCount = keys.Length;
        EntryCount = entries.Length;
        _classes = classes;
        int lanes = Vector<float>.Count;
        _stride = (classes + lanes - 1) / lanes * lanes;
        int bits = 4;
        while ((1L << bits) < (long)keys.Length * 2) bits++;
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        int mask = (1 << bits) - 1;
        int denseThreshold = Math.Max(8, classes / 4);
        int denseRows = 0;
        long sparse = 0;
        for (int f = 0; f < keys.Length; f++)
        {
            int count = starts[f + 1] - starts[f];
            if (count >= denseThreshold) denseRows++; else sparse += count;
        }
        _dense = new float[(long)denseRows * _stride];
        _entries = new Entry[sparse];
        int row = 0, next = 0;
        for (int f = 0; f < keys.Length; f++)
        {
            ulong key = keys[f];
            int i = (int)(key >> _shift);
            while (_slots[i].Key != 0)
            {
                if (_slots[i].Key == key) throw new InvalidDataException("duplicate feature key");
                i = (i + 1) & mask;
            }
            int count = starts[f + 1] - starts[f];
            if (count >= denseThreshold)
            {
                int offset = row++ * _stride;
                for (int e = starts[f]; e < starts[f + 1]; e++) _dense[offset + entries[e].Class] = entries[e].Weight;
                _slots[i] = new Slot { Key = key, Start = offset, Count = -1 };
            }
            else
            {
                Array.Copy(entries, starts[f], _entries, next, count);
                _slots[i] = new Slot { Key = key, Start = next, Count = count };
                next += count;
            }
        }
    }


    /// <summary>Adds the weights of the features to the class scores (which the caller has cleared; length <see cref="ScoreLength"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ulong[] features, int count, float[] scores)
    {
        var slots = _slots;
        var entries = _entries;
        var dense = _dense;
        int mask = slots.Length - 1;
        int shift = _shift;
        // Pass 1: touch every feature's home slot so that the cache misses overlap.
        ulong sink = 0;
        for (int f = 0; f < count; f++) sink += slots[(int)(features[f] >> shift)].Key;
        // Pass 2: probe and add.
        var scoreVectors = MemoryMarshal.Cast<float, Vector<float>>(scores.AsSpan(0, _stride));
        for (int f = 0; f < count; f++)
        {
            ulong key = features[f];
            int i = (int)(key >> shift);
            while (true)
            {
                ref Slot s = ref slots[i];
                if (s.Key == key)
                {
                    if (s.Count < 0)
                    {
                        var row = MemoryMarshal.Cast<float, Vector<float>>(dense.AsSpan(s.Start, _stride));
                        for (int v = 0; v < row.Length; v++) scoreVectors[v] += row[v];
                    }
                    else
                    {
                        int end = s.Start + s.Count;
                        for (int e = s.Start; e < end; e++)
                        {
                            ref readonly Entry en = ref entries[e];
                            scores[en.Class] += en.Weight;
                        }
                    }
                    break;
                }
                if (s.Key == 0) break;
                i = (i + 1) & mask;
            }
        }
        if (sink == 1) scores[0] += 0f; // keeps pass 1's loads alive (a key is never 1 in practice)
    }

    /// <summary>The features in ascending key order with their (class, weight) entries in ascending class order, for saving.</summary>
    public IEnumerable<(ulong Key, ReadOnlyMemory<Entry> Entries)> Features()
    {
        var order = new List<Slot>(FeatureCount);
        foreach (var s in _slots) if (s.Key != 0) order.Add(s);
        order.Sort((a, b) => a.Key.CompareTo(b.Key));
        foreach (var s in order)
        {
            if (s.Count >= 0)
            {
                yield return (s.Key, new ReadOnlyMemory<Entry>(_entries, s.Start, s.Count));
                continue;
            }
            var row = new List<Entry>();
            for (int c = 0; c < _classes; c++)
                if (_dense[s.Start + c] != 0) row.Add(new Entry(c, _dense[s.Start + c]));
            if (row.Count > 0) yield return (s.Key, row.ToArray());
        }
    }
}
