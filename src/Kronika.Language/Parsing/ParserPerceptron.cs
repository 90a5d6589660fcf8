namespace Kronika.Language.Parsing;

/// <summary>
/// Training-time weights of a multi-class averaged perceptron over hashed features. Each feature keeps
/// only the classes it was ever updated for; averages are kept lazily (Daumé's trick with time stamps).
/// </summary>
internal sealed class ParserPerceptron
{
    private struct Entry
    {
        public int Class;
        public int Stamp;
        public float Weight;
        public double Total;
    }

    private ulong[] _keys;
    private int[] _ids;
    private int _mask, _shift;
    private Entry[][] _entries = new Entry[1 << 16][];
    private int[] _counts = new int[1 << 16];
    private ulong[] _featureKeys = new ulong[1 << 16];
    private int _features;

    /// <summary>The number of training instances seen so far (the averaging clock).</summary>
    public int Clock;

    public int ClassCount { get; }

    public ParserPerceptron(int classCount)
    {
        ClassCount = classCount;
        _keys = new ulong[1 << 20];
        _ids = new int[1 << 20];
        _mask = (1 << 20) - 1;
        _shift = 64 - 20;
    }

    public int FeatureCount => _features;

    private int Find(ulong key)
    {
        int i = (int)(key >> _shift);
        while (true)
        {
            ulong k = _keys[i];
            if (k == key) return _ids[i];
            if (k == 0) return -1;
            i = (i + 1) & _mask;
        }
    }

    private int FindOrAdd(ulong key)
    {
        int i = (int)(key >> _shift);
        while (true)
        {
            ulong k = _keys[i];
            if (k == key) return _ids[i];
            if (k == 0) break;
            i = (i + 1) & _mask;
        }
        int id = _features++;
        if (id == _entries.Length)
        {
            Array.Resize(ref _entries, id * 2);
            Array.Resize(ref _counts, id * 2);
            Array.Resize(ref _featureKeys, id * 2);
        }
        _entries[id] = new Entry[2];
        _featureKeys[id] = key;
        _keys[i] = key;
        _ids[i] = id;
        if (_features * 2 > _keys.Length) Grow();
        return id;
    }

    private void Grow()
    {
        int bits = 64 - _shift + 1;
        _keys = new ulong[1 << bits];
        _ids = new int[1 << bits];
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;
        for (int id = 0; id < _features; id++)
        {
            ulong key = _featureKeys[id];
            int i = (int)(key >> _shift);
            while (_keys[i] != 0) i = (i + 1) & _mask;
            _keys[i] = key;
            _ids[i] = id;
        }
    }

    public void Score(ulong[] features, int count, float[] scores)
    {
        for (int f = 0; f < count; f++)
        {
            int id = Find(features[f]);
            if (id < 0) continue;
            var entries = _entries[id];
            int n = _counts[id];
            for (int e = 0; e < n; e++) scores[entries[e].Class] += entries[e].Weight;
        }
    }

    /// <summary>Moves the weights of all features toward class <paramref name="good"/> and away from <paramref name="bad"/>.</summary>
    public void Update(ulong[] features, int count, int good, int bad)
    {
        for (int f = 0; f < count; f++)
        {
            int id = FindOrAdd(features[f]);
            Add(id, good, 1f);
            Add(id, bad, -1f);
        }
    }

    private void Add(int id, int cls, float delta)
    {
        var entries = _entries[id];
        int n = _counts[id];
        int e = 0;
        while (e < n && entries[e].Class != cls) e++;
        if (e == n)
        {
            if (n == entries.Length)
            {
                Array.Resize(ref entries, n * 2);
                _entries[id] = entries;
            }
            entries[n] = new Entry { Class = cls, Stamp = Clock };
            _counts[id] = n + 1;
        }
        ref var en = ref entries[e];
        en.Total += (double)(Clock - en.Stamp) * en.Weight;
        en.Stamp = Clock;
        en.Weight += delta;
    }

    /// <summary>The averaged weights as a parse-time table; entries with |weight| below <paramref name="prune"/> are dropped.</summary>
    public WeightTable Average(double prune)
    {
        var keys = new List<ulong>(_features);
        var starts = new List<int>(_features + 1) { 0 };
        var entries = new List<WeightTable.Entry>();
        double clock = Math.Max(1, Clock);
        for (int id = 0; id < _features; id++)
        {
            var list = _entries[id];
            int n = _counts[id];
            int before = entries.Count;
            // Classes in ascending order so that the table is the same whatever the update order was.
            var sorted = list.AsSpan(0, n).ToArray();
            Array.Sort(sorted, (a, b) => a.Class.CompareTo(b.Class));
            foreach (var en in sorted)
            {
                double avg = (en.Total + (Clock - en.Stamp) * (double)en.Weight) / clock;
                if (Math.Abs(avg) < prune || avg == 0) continue;
                entries.Add(new WeightTable.Entry(en.Class, (float)avg));
            }
            if (entries.Count == before) continue;
            keys.Add(_featureKeys[id]);
            starts.Add(entries.Count);
        }
        return new WeightTable(keys.ToArray(), starts.ToArray(), entries.ToArray(), ClassCount);
    }
}
