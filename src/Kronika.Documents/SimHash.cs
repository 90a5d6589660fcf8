using System.Numerics;

namespace Kronika.Documents;

/// <summary>
/// 64-bit SimHash of a text over three-word shingles: syndicated copies of an article (other chrome,
/// a changed word or two) differ in a few bits, different articles in about half of them.
/// </summary>
public static class SimHash
{
    /// <summary>Fingerprints at most this many bits apart are the same article.</summary>
    public const int NearDuplicateDistance = 3;

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    public static ulong Of(string text, IEnumerable<TextSpan> spans)
    {
        Span<int> weights = stackalloc int[64];
        ulong w1 = 0, w2 = 0;
        int words = 0;
        foreach (var span in spans)
        {
            int i = span.Start;
            while (i < span.End)
            {
                while (i < span.End && !char.IsLetterOrDigit(text[i])) i++;
                if (i >= span.End) break;
                ulong word = 14695981039346656037UL;
                while (i < span.End && char.IsLetterOrDigit(text[i]))
                {
                    word = (word ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                    i++;
                }
                words++;
                if (words >= 3)
                {
                    ulong shingle = Mix(w2 * 31 + w1 * 17 + word);
                    for (int bit = 0; bit < 64; bit++)
                        weights[bit] += ((shingle >> bit) & 1) != 0 ? 1 : -1;
                }
                w2 = w1;
                w1 = word;
            }
        }
        ulong fingerprint = 0;
        for (int bit = 0; bit < 64; bit++)
            if (weights[bit] > 0) fingerprint |= 1UL << bit;
        return fingerprint;
    }

    /// <summary>A finalizer (SplitMix64) so neighbouring shingles spread over all bits.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
