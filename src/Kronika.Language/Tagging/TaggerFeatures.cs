using System.Runtime.CompilerServices;

namespace Kronika.Language.Tagging;

/// <summary>What the tagger knows about one word before looking at its neighbours.</summary>
internal struct TokenInfo
{
    public ulong Word, Lower, Shape, ShortShape, Flags, Ambiguity, ExactAmbiguity;
    /// <summary>0 no letters, 1 lowercase, 2 capitalized, 3 all capitals (two letters or more).</summary>
    public int Case;
    public ulong P1, P2, P3, P4, S1, S2, S3, S4, S5;
    /// <summary>The label of a frequent unambiguous word, or -1.</summary>
    public int Fixed;
}

/// <summary>
/// The tag lexicon the features consult: for each known lowercase word, a hash of the set of labels it
/// was seen with (its ambiguity class) and, for frequent unambiguous words, the one label.
/// </summary>
internal sealed class TagLexicon
{
    public readonly KeyIndex Index;
    public readonly ulong[] Words;
    public readonly ulong[] Classes;
    public readonly int[] Fixed;

    public TagLexicon(ulong[] words, ulong[] classes, int[] fixedLabels)
    {
        Words = words;
        Classes = classes;
        Fixed = fixedLabels;
        Index = new KeyIndex(words.Length);
        for (int i = 0; i < words.Length; i++) Index.GetOrAdd(words[i], i);
    }

    public int Count => Words.Length;
}

/// <summary>
/// The feature templates of the tagger (an extension of Honnibal's averaged-perceptron feature set):
/// the word, its lowercase form, prefixes and suffixes, shapes and flags, the words and suffixes two
/// to either side, the ambiguity classes of the word and of those after it, and the two labels
/// already predicted to its left. Every feature is a 64-bit key; no string is built.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Padding on each side of a sentence in the token buffer.</summary>
    public const int Pad = 3;
    public const int MaxFeatures = 49;

    private static readonly ulong StartWord = FeatureHash.String("\u0001<s>");
    private static readonly ulong EndWord = FeatureHash.String("\u0001</s>");
    private static readonly ulong UnknownClass = FeatureHash.String("\u0001<unk>");

    /// <summary>Fills buffer[Pad .. Pad+n) with the words' information and the padding with boundary markers.</summary>
    public static void Prepare(IReadOnlyList<string> words, TokenInfo[] buffer, TagLexicon lexicon)
    {
        int n = words.Count;
        for (int p = 0; p < Pad; p++)
        {
            Boundary(ref buffer[p], StartWord);
            Boundary(ref buffer[Pad + n + p], EndWord);
        }
        int capitalized = 0, alphabetic = 0;
        for (int i = 0; i < n; i++)
        {
            Describe(words[i], ref buffer[Pad + i], lexicon);
            int c = buffer[Pad + i].Case;
            if (c > 0) alphabetic++;
            if (c >= 2 && i > 0) capitalized++;
        }
        // How headline-like the sentence is: the share of its later words that are capitalized.
        int rest = Math.Max(1, alphabetic - 1);
        buffer[0].Case = alphabetic < 3 ? 5 : capitalized * 10 >= rest * 6 ? 6 : capitalized * 10 >= rest * 3 ? 7 : 8;
    }

    private static void Boundary(ref TokenInfo t, ulong marker)
    {
        t.Word = t.Lower = t.Shape = t.ShortShape = t.Flags = t.Ambiguity = t.ExactAmbiguity = marker;
        t.Case = 4;
        t.P1 = t.P2 = t.P3 = t.P4 = t.S1 = t.S2 = t.S3 = t.S4 = t.S5 = marker;
        t.Fixed = -1;
    }

    public static void Describe(string w, ref TokenInfo t, TagLexicon lexicon)
    {
        int n = w.Length;
        t.Word = FeatureHash.Chars(w, 0, n, false);
        t.Lower = FeatureHash.Chars(w, 0, n, true);
        t.P1 = FeatureHash.Chars(w, 0, Math.Min(1, n), true);
        t.P2 = FeatureHash.Chars(w, 0, Math.Min(2, n), true);
        t.P3 = FeatureHash.Chars(w, 0, Math.Min(3, n), true);
        t.P4 = FeatureHash.Chars(w, 0, Math.Min(4, n), true);
        t.S1 = FeatureHash.Chars(w, Math.Max(0, n - 1), n, true);
        t.S2 = FeatureHash.Chars(w, Math.Max(0, n - 2), n, true);
        t.S3 = FeatureHash.Chars(w, Math.Max(0, n - 3), n, true);
        t.S4 = FeatureHash.Chars(w, Math.Max(0, n - 4), n, true);
        t.S5 = FeatureHash.Chars(w, Math.Max(0, n - 5), n, true);

        // Shapes: X upper, x lower, d digit, other characters as they are; runs capped at 4 (long shape) or 1 (short).
        ulong shape = 14695981039346656037UL, shortShape = shape;
        char last = '\0';
        int run = 0;
        bool hasUpper = false, hasLower = false, hasDigit = false, hasHyphen = false, hasPeriod = false, hasOther = false;
        for (int i = 0; i < n; i++)
        {
            char c = w[i];
            char k;
            if (char.IsUpper(c)) { k = 'X'; hasUpper = true; }
            else if (char.IsLower(c)) { k = 'x'; hasLower = true; }
            else if (char.IsDigit(c)) { k = 'd'; hasDigit = true; }
            else if (char.IsLetter(c)) { k = 'x'; hasLower = true; }
            else
            {
                k = c;
                if (c == '-') hasHyphen = true;
                else if (c == '.') hasPeriod = true;
                else hasOther = true;
            }
            if (k == last) run++;
            else { run = 1; last = k; shortShape = FeatureHash.Step(shortShape, k); }
            if (run <= 4) shape = FeatureHash.Step(shape, k);
        }
        t.Shape = FeatureHash.Finish(shape);
        t.ShortShape = FeatureHash.Finish(shortShape ^ 0x5bd1e995);
        int lengthBucket = n <= 4 ? n : n <= 6 ? 5 : n <= 9 ? 6 : 7;
        int flags = (hasUpper ? 1 : 0) | (hasLower ? 2 : 0) | (hasDigit ? 4 : 0) | (hasHyphen ? 8 : 0) | (hasPeriod ? 16 : 0)
                    | (hasOther ? 32 : 0) | (n > 0 && char.IsUpper(w[0]) ? 64 : 0) | (lengthBucket << 8);
        t.Flags = (ulong)flags;
        t.Case = !hasUpper && !hasLower ? 0 : !hasUpper ? 1 : !hasLower && n > 1 ? 3 : char.IsUpper(w[0]) ? 2 : 1;

        int exact = lexicon.Index.Get(FeatureHash.NonZero(~t.Word));
        t.ExactAmbiguity = exact >= 0 ? lexicon.Classes[exact] : UnknownClass;
        int entry = lexicon.Index.Get(FeatureHash.NonZero(t.Lower));
        if (entry >= 0)
        {
            t.Ambiguity = lexicon.Classes[entry];
            t.Fixed = lexicon.Fixed[entry];
        }
        else
        {
            t.Ambiguity = UnknownClass;
            t.Fixed = -1;
        }
    }

    /// <summary>The feature keys of the word at buffer index i (sentence position i - Pad), given the two labels before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(TokenInfo[] b, int i, int prev1, int prev2, bool first, Span<ulong> keys)
    {
        ref TokenInfo w = ref b[i];
        ref TokenInfo wm1 = ref b[i - 1];
        ref TokenInfo wm2 = ref b[i - 2];
        ref TokenInfo wp1 = ref b[i + 1];
        ref TokenInfo wp2 = ref b[i + 2];
        ulong t1 = (ulong)(prev1 + 3), t2 = (ulong)(prev2 + 3);
        int k = 0;
        keys[k++] = FeatureHash.Key(0, 0);
        keys[k++] = FeatureHash.Key(1, w.Word);
        keys[k++] = FeatureHash.Key(2, w.Lower);
        keys[k++] = FeatureHash.Key(3, w.S1);
        keys[k++] = FeatureHash.Key(4, w.S2);
        keys[k++] = FeatureHash.Key(5, w.S3);
        keys[k++] = FeatureHash.Key(6, w.S4);
        keys[k++] = FeatureHash.Key(7, w.S5);
        keys[k++] = FeatureHash.Key(8, w.P1);
        keys[k++] = FeatureHash.Key(9, w.P2);
        keys[k++] = FeatureHash.Key(10, w.P3);
        keys[k++] = FeatureHash.Key(11, w.P4);
        keys[k++] = FeatureHash.Key(12, w.Shape);
        keys[k++] = FeatureHash.Key(13, w.ShortShape, first ? 1UL : 0UL);
        keys[k++] = FeatureHash.Key(14, w.Flags);
        keys[k++] = FeatureHash.Key(15, w.Ambiguity);
        keys[k++] = FeatureHash.Key(16, wm1.Lower);
        keys[k++] = FeatureHash.Key(17, wm2.Lower);
        keys[k++] = FeatureHash.Key(18, wp1.Lower);
        keys[k++] = FeatureHash.Key(19, wp2.Lower);
        keys[k++] = FeatureHash.Key(20, wm1.S3);
        keys[k++] = FeatureHash.Key(21, wp1.S3);
        keys[k++] = FeatureHash.Key(22, wm1.ShortShape);
        keys[k++] = FeatureHash.Key(23, wp1.ShortShape);
        keys[k++] = FeatureHash.Key(24, t1);
        keys[k++] = FeatureHash.Key(25, t2);
        keys[k++] = FeatureHash.Key(26, t1, t2);
        keys[k++] = FeatureHash.Key(27, t1, w.Lower);
        keys[k++] = FeatureHash.Key(28, wm1.Lower, w.Lower);
        keys[k++] = FeatureHash.Key(29, w.Lower, wp1.Lower);
        keys[k++] = FeatureHash.Key(30, wp1.Ambiguity);
        keys[k++] = FeatureHash.Key(31, wp2.Ambiguity);
        keys[k++] = FeatureHash.Key(32, wp1.Ambiguity, wp2.Ambiguity);
        keys[k++] = FeatureHash.Key(33, t1, wp1.Ambiguity);
        keys[k++] = FeatureHash.Key(34, t1, w.Ambiguity);
        keys[k++] = FeatureHash.Key(35, w.Ambiguity, wp1.Ambiguity);
        keys[k++] = FeatureHash.Key(36, wp1.Lower, wp2.Lower);
        keys[k++] = FeatureHash.Key(37, wm1.Lower, wp1.Lower);
        keys[k++] = FeatureHash.Key(38, t1, w.S3);
        keys[k++] = FeatureHash.Key(39, w.S3, wp1.Ambiguity);
        keys[k++] = FeatureHash.Key(40, t1, t2, w.Ambiguity);
        keys[k++] = FeatureHash.Key(41, w.ExactAmbiguity);
        keys[k++] = FeatureHash.Key(42, (ulong)(wm1.Case * 64 + w.Case * 8 + wp1.Case), first ? 1UL : 0UL);
        keys[k++] = FeatureHash.Key(43, (ulong)(b[0].Case * 8 + w.Case), first ? 1UL : 0UL);
        keys[k++] = FeatureHash.Key(44, (ulong)(b[0].Case * 8 + w.Case), w.Ambiguity);
        keys[k++] = FeatureHash.Key(45, t1, wp1.Lower);
        keys[k++] = FeatureHash.Key(46, wm1.Word);
        keys[k++] = FeatureHash.Key(47, wp1.Word);
        keys[k++] = FeatureHash.Key(48, wp1.ExactAmbiguity);
        return k;
    }
}
