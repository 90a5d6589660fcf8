using System.Runtime.CompilerServices;

namespace Kronika.Language.Tagging;

/// <summary>
/// 64-bit hashing of strings, substrings and feature combinations, computed straight from the
/// characters so that no feature string is ever built. Stable across runs and platforms (the
/// model files store these keys).
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Murmur3's 64-bit finalizer: spreads every input bit over the whole key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong h, char c) => (h ^ c) * FnvPrime;

    /// <summary>The hash of the characters text[start..end), lowercased when asked.</summary>
    public static ulong Chars(string text, int start, int end, bool lower)
    {
        ulong h = FnvOffset;
        for (int i = start; i < end; i++) h = Step(h, lower ? char.ToLowerInvariant(text[i]) : text[i]);
        return Finish(h ^ (ulong)(end - start));
    }

    public static ulong String(string text) => Chars(text, 0, text.Length, false);

    /// <summary>A feature key: a template number combined with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a) => NonZero(Finish(a * 0x9E3779B97F4A7C15UL + (ulong)template * 0xD6E8FEB86659FD93UL + 0x632BE59BD9B4E019UL));

    /// <summary>A feature key: a template number combined with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b) => Key(template, Finish(a + 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>A feature key: a template number combined with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c) => Key(template, Finish(Finish(a + 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL)) ^ (c * 0x165667B19E3779F9UL));

    /// <summary>0 marks an empty slot in the key tables, so no key may be 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong NonZero(ulong key) => key == 0 ? 1 : key;
}

/// <summary>
/// An open-addressing hash map from nonzero 64-bit keys to non-negative ints (linear probing,
/// power-of-two capacity). Used for feature indices at training and at tagging time.
/// </summary>
internal sealed class KeyIndex
{
    private ulong[] _keys;
    private int[] _values;
    private int _mask;

    public int Count { get; private set; }

    public KeyIndex(int capacity = 1024)
    {
        int size = 16;
        while (size < capacity * 2) size <<= 1;
        _keys = new ulong[size];
        _values = new int[size];
        _mask = size - 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(ulong key)
    {
        var keys = _keys;
        int i = (int)(key ^ (key >> 32)) & _mask;
        while (true)
        {
            ulong k = keys[i];
            if (k == key) return _values[i];
            if (k == 0) return -1;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Adds a key that is not yet present, or returns the value it already has.</summary>
    public int GetOrAdd(ulong key, int valueIfNew)
    {
        int i = (int)(key ^ (key >> 32)) & _mask;
        while (true)
        {
            ulong k = _keys[i];
            if (k == key) return _values[i];
            if (k == 0) break;
            i = (i + 1) & _mask;
        }
        _keys[i] = key;
        _values[i] = valueIfNew;
        if (++Count * 2 > _keys.Length) Grow();
        return valueIfNew;
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldValues = _values;
        _keys = new ulong[oldKeys.Length * 2];
        _values = new int[oldKeys.Length * 2];
        _mask = _keys.Length - 1;
        for (int j = 0; j < oldKeys.Length; j++)
        {
            ulong key = oldKeys[j];
            if (key == 0) continue;
            int i = (int)(key ^ (key >> 32)) & _mask;
            while (_keys[i] != 0) i = (i + 1) & _mask;
            _keys[i] = key;
            _values[i] = oldValues[j];
        }
    }
}
