using System.Runtime.CompilerServices;

namespace Kronika.Language.Parsing;

/// <summary>
/// 64-bit hashing of words and feature templates. A feature is its template number and up to three
/// atomic values (word hashes, tag, label or distance codes) mixed into one 64-bit key; no strings are built.
/// </summary>
internal static class FeatureHashing
{
    private const ulong P0 = 0x9E3779B97F4A7C15;
    private const ulong P1 = 0xBF58476D1CE4E5B9;
    private const ulong P2 = 0x94D049BB133111EB;
    private const ulong P3 = 0xD6E8FEB86659FD93;

    /// <summary>The hash standing for "no such word" (an empty stack or buffer position).</summary>
    public const ulong NoWord = 0x5A17B0C3E9D2F481;

    /// <summary>The hash of the artificial root word.</summary>
    public const ulong RootWord = 0x3C6EF372FE94F82B;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53;
        h ^= h >> 33;
        return h | 1; // 0 marks an empty slot in the weight tables
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a) =>
        Finish(((ulong)template + 1) * P0 ^ a * P1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b) =>
        Finish((((ulong)template + 1) * P0 ^ a * P1) + ((b ^ (b >> 29)) * P2 ^ 0x1234567));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c)
    {
        ulong h = ((ulong)template + 1) * P0 ^ a * P1;
        h = BitOperations_RotateLeft(h, 23) + ((b ^ (b >> 29)) * P2);
        h = BitOperations_RotateLeft(h, 17) ^ ((c ^ (c >> 31)) * P3);
        return Finish(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong BitOperations_RotateLeft(ulong v, int n) => (v << n) | (v >> (64 - n));

    /// <summary>The hash of a word form, lowercased and with every digit read as '0', computed without allocating.</summary>
    public static ulong Word(string form)
    {
        ulong h = 14695981039346656037UL;
        foreach (char ch in form)
        {
            char c = ch is >= '0' and <= '9' ? '0' : ch < 128 ? (ch is >= 'A' and <= 'Z' ? (char)(ch + 32) : ch) : char.ToLowerInvariant(ch);
            h ^= c;
            h *= 1099511628211UL;
        }
        return Finish(h ^ ((ulong)form.Length << 56));
    }

    /// <summary>The hash of the last <paramref name="k"/> characters of a word (lowercased), for unknown-word generalization.</summary>
    public static ulong Suffix(string form, int k)
    {
        ulong h = 0xCBF29CE484222325UL ^ (ulong)k;
        int start = Math.Max(0, form.Length - k);
        for (int i = start; i < form.Length; i++)
        {
            char ch = form[i];
            char c = ch is >= '0' and <= '9' ? '0' : ch < 128 ? (ch is >= 'A' and <= 'Z' ? (char)(ch + 32) : ch) : char.ToLowerInvariant(ch);
            h ^= c;
            h *= 1099511628211UL;
        }
        return Finish(h);
    }

    /// <summary>FNV-1a over bytes, read eight at a time: the model file's checksum.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong h = 14695981039346656037UL;
        int i = 0;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(data);
        foreach (var w in words)
        {
            h ^= w;
            h *= 1099511628211UL;
            h ^= h >> 29;
        }
        i = words.Length * 8;
        for (; i < data.Length; i++)
        {
            h ^= data[i];
            h *= 1099511628211UL;
        }
        return h;
    }
}
