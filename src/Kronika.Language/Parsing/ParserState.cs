using System.Runtime.CompilerServices;
using static Kronika.Language.Parsing.FeatureHashing;

namespace Kronika.Language.Parsing;

/// <summary>
/// A configuration of the arc-eager transition system with the root at the end of the buffer (Ballesteros
/// &amp; Nivre 2013) over one sentence: words 1..N, the root is position N+1, so the root word is chosen last.
/// Exactly one word is attached to the root, and every word gets a head: before the last word leaves the buffer
/// at most one word on the stack may lack a head. Keeps the bookkeeping the feature templates read: children,
/// valencies and label sets. Reused across sentences: <see cref="Init"/> only grows the arrays for a longer sentence.
/// Actions: 0 SHIFT, 1 REDUCE, 2+l LEFT-ARC(l), 2+L+l RIGHT-ARC(l) for L labels.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0, Reduce = 1;

    public int N, Sp, B, R;

    /// <summary>How many words on the stack have no head yet.</summary>
    public int Headless;

    public int[] Stack = [], Head = [], Label = [], Lc1 = [], Lc2 = [], Rc1 = [], Rc2 = [], Nl = [], Nr = [];
    public ulong[] Lset = [], Rset = [];
    public bool[] InStack = [];

    // The sentence: word hashes, suffix hashes, XPOS and UPOS codes (words 1..N; N+1 is the root).
    public ulong[] Word = [], Suf = [];
    public int[] Tag = [], UTag = [];

    // Running counts of verbs and of punctuation marks over words 1..i (index 0 is 0), filled with the sentence.
    public int[] VerbsTo = [], PunctsTo = [];

    public void Ensure(int n)
    {
        int size = n + 2;
        if (Stack.Length >= size) return;
        size = Math.Max(size, Stack.Length * 2);
        Stack = new int[size]; Head = new int[size]; Label = new int[size];
        Lc1 = new int[size]; Lc2 = new int[size]; Rc1 = new int[size]; Rc2 = new int[size];
        Nl = new int[size]; Nr = new int[size];
        Lset = new ulong[size]; Rset = new ulong[size];
        InStack = new bool[size];
        Word = new ulong[size]; Suf = new ulong[size]; Tag = new int[size]; UTag = new int[size];
        VerbsTo = new int[size]; PunctsTo = new int[size];
    }

    /// <summary>Starts a sentence of n words whose Word/Suf/Tag/UTag entries 1..n are already filled.</summary>
    public void Init(int n)
    {
        N = n;
        R = n + 1;
        for (int i = 0; i <= R; i++)
        {
            Head[i] = -1; Label[i] = -1;
            Lc1[i] = Lc2[i] = Rc1[i] = Rc2[i] = -1;
            Nl[i] = Nr[i] = 0;
            Lset[i] = Rset[i] = 0;
            InStack[i] = false;
        }
        Word[R] = RootWord; Suf[R] = RootWord; Tag[R] = 1; UTag[R] = 1;
        Sp = 0;
        Headless = 0;
        B = 1;
    }

    public bool Terminal => B == R && Sp == 0;
    public int S0 => Sp > 0 ? Stack[Sp - 1] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(int i) { Stack[Sp++] = i; InStack[i] = true; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Pop() { InStack[Stack[--Sp]] = false; }

    private void AddArc(int h, int d, int label)
    {
        Head[d] = h; Label[d] = label;
        ulong bit = 1UL << (label & 63);
        if (d < h)
        {
            Nl[h]++; Lset[h] |= bit;
            if (Lc1[h] < 0 || d < Lc1[h]) { Lc2[h] = Lc1[h]; Lc1[h] = d; }
            else if (Lc2[h] < 0 || d < Lc2[h]) Lc2[h] = d;
        }
        else
        {
            Nr[h]++; Rset[h] |= bit;
            if (Rc1[h] < 0 || d > Rc1[h]) { Rc2[h] = Rc1[h]; Rc1[h] = d; }
            else if (Rc2[h] < 0 || d > Rc2[h]) Rc2[h] = d;
        }
    }

    public bool CanShift => B < R && (B < N || Headless == 0);
    public bool CanReduce => Sp > 0 && Head[Stack[Sp - 1]] >= 0;
    public bool CanLeft => Sp > 0 && B < R && Head[Stack[Sp - 1]] < 0;
    public bool CanLeftRoot => Sp > 0 && B == R && Head[Stack[Sp - 1]] < 0;
    public bool CanRight => Sp > 0 && B < R && (B < N || Headless <= 1);

    public void Apply(int a, int labels)
    {
        if (a == Shift) { Push(B); B++; Headless++; }
        else if (a == Reduce) Pop();
        else if (a < 2 + labels) { AddArc(B, Stack[Sp - 1], a - 2); Pop(); Headless--; }
        else { AddArc(Stack[Sp - 1], B, a - 2 - labels); Push(B); B++; }
    }

    /// <summary>A safety net: a word still without a head (which the transition system should not leave) goes to the root word.</summary>
    public void Finish(int rootLabel, int punctLabel, int fallbackLabel, int punctUpos)
    {
        int root = -1;
        for (int i = 1; i <= N; i++) if (Head[i] == R) { root = i; break; }
        for (int i = 1; i <= N; i++)
        {
            if (Head[i] >= 0) continue;
            if (root < 0) { root = i; Head[i] = R; Label[i] = rootLabel; continue; }
            Head[i] = root;
            Label[i] = UTag[i] == punctUpos && punctLabel >= 0 ? punctLabel : fallbackLabel;
        }
    }

    /// <summary>Re-attaches the last word, a sentence-final mark labeled punct, to the root word.</summary>
    public void AttachFinalMarkToRoot(int punctLabel)
    {
        if (N < 2 || Label[N] != punctLabel || Head[N] == R) return;
        for (int i = 1; i < N; i++)
            if (Head[i] == R) { Head[N] = i; return; }
    }

    // ---- features -------------------------------------------------------------------------------

    public const int FeatureCount = 104;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong W(int i) => i < 0 ? NoWord : Word[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong P(int i) => i < 0 ? 0UL : (ulong)Tag[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong L(int i) => i < 0 || Label[i] < 0 ? 0UL : (ulong)(Label[i] + 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int HeadOf(int i) => i < 0 ? -1 : Head[i];

    /// <summary>Fills <paramref name="f"/> with the 64-bit keys of the configuration's features (Zhang &amp; Nivre 2011 and a few more).</summary>
    public void Extract(ulong[] f)
    {
        int s0 = S0;
        int n0 = B;
        int n1 = B + 1 <= R ? B + 1 : -1;
        int n2 = B + 2 <= R ? B + 2 : -1;
        int s1 = Sp >= 2 ? Stack[Sp - 2] : -1;
        bool hasS0 = s0 >= 0;
        int s0h = hasS0 ? Head[s0] : -1;
        int s0h2 = HeadOf(s0h);
        int s0l = hasS0 ? Lc1[s0] : -1, s0l2 = hasS0 ? Lc2[s0] : -1, s0r = hasS0 ? Rc1[s0] : -1, s0r2 = hasS0 ? Rc2[s0] : -1;
        int n0l = Lc1[n0], n0l2 = Lc2[n0];

        ulong s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
        ulong s0wp = s0w ^ (s0p * 0x9E3779B97F4A7C15), n0wp = n0w ^ (n0p * 0x9E3779B97F4A7C15);
        ulong n1wp = n1w ^ (n1p * 0x9E3779B97F4A7C15), n2wp = n2w ^ (n2p * 0x9E3779B97F4A7C15);

        int dist = hasS0 ? n0 - s0 : 0;
        ulong d = (ulong)(dist <= 4 ? dist : dist <= 6 ? 5 : dist <= 9 ? 6 : dist <= 15 ? 7 : 8);
        ulong s0vl = hasS0 ? (ulong)Math.Min(Nl[s0], 6) : 7, s0vr = hasS0 ? (ulong)Math.Min(Nr[s0], 6) : 7;
        ulong n0vl = (ulong)Math.Min(Nl[n0], 6);
        ulong s0sl = hasS0 ? Lset[s0] : 0, s0sr = hasS0 ? Rset[s0] : 0, n0sl = Lset[n0];

        int k = 0;
        // single words
        f[k++] = Key(0, s0w); f[k++] = Key(1, s0p); f[k++] = Key(2, s0wp);
        f[k++] = Key(3, n0w); f[k++] = Key(4, n0p); f[k++] = Key(5, n0wp);
        f[k++] = Key(6, n1w); f[k++] = Key(7, n1p); f[k++] = Key(8, n1wp);
        f[k++] = Key(9, n2w); f[k++] = Key(10, n2p); f[k++] = Key(11, n2wp);
        // word pairs
        f[k++] = Key(12, s0wp, n0wp); f[k++] = Key(13, s0wp, n0w); f[k++] = Key(14, s0w, n0wp);
        f[k++] = Key(15, s0wp, n0p); f[k++] = Key(16, s0p, n0wp); f[k++] = Key(17, s0w, n0w);
        f[k++] = Key(18, s0p, n0p); f[k++] = Key(19, n0p, n1p);
        // three words
        ulong s0hp = P(s0h), s0lp = P(s0l), s0rp = P(s0r), n0lp = P(n0l);
        f[k++] = Key(20, n0p, n1p, n2p); f[k++] = Key(21, s0p, n0p, n1p); f[k++] = Key(22, s0hp, s0p, n0p);
        f[k++] = Key(23, s0p, s0lp, n0p); f[k++] = Key(24, s0p, s0rp, n0p); f[k++] = Key(25, s0p, n0p, n0lp);
        // distance
        f[k++] = Key(26, s0w, d); f[k++] = Key(27, s0p, d); f[k++] = Key(28, n0w, d); f[k++] = Key(29, n0p, d);
        f[k++] = Key(30, s0w, n0w, d); f[k++] = Key(31, s0p, n0p, d);
        // valency
        f[k++] = Key(32, s0w, s0vr); f[k++] = Key(33, s0p, s0vr); f[k++] = Key(34, s0w, s0vl);
        f[k++] = Key(35, s0p, s0vl); f[k++] = Key(36, n0w, n0vl); f[k++] = Key(37, n0p, n0vl);
        // unigrams of heads and children
        f[k++] = Key(38, W(s0h)); f[k++] = Key(39, s0hp); f[k++] = Key(40, L(s0));
        f[k++] = Key(41, W(s0l)); f[k++] = Key(42, s0lp); f[k++] = Key(43, L(s0l));
        f[k++] = Key(44, W(s0r)); f[k++] = Key(45, s0rp); f[k++] = Key(46, L(s0r));
        f[k++] = Key(47, W(n0l)); f[k++] = Key(48, n0lp); f[k++] = Key(49, L(n0l));
        // third order
        ulong s0h2p = P(s0h2), s0l2p = P(s0l2), s0r2p = P(s0r2), n0l2p = P(n0l2);
        f[k++] = Key(50, W(s0h2)); f[k++] = Key(51, s0h2p); f[k++] = Key(52, L(s0h));
        f[k++] = Key(53, W(s0l2)); f[k++] = Key(54, s0l2p); f[k++] = Key(55, L(s0l2));
        f[k++] = Key(56, W(s0r2)); f[k++] = Key(57, s0r2p); f[k++] = Key(58, L(s0r2));
        f[k++] = Key(59, W(n0l2)); f[k++] = Key(60, n0l2p); f[k++] = Key(61, L(n0l2));
        f[k++] = Key(62, s0p, s0lp, s0l2p); f[k++] = Key(63, s0p, s0rp, s0r2p);
        f[k++] = Key(64, s0p, s0hp, s0h2p); f[k++] = Key(65, n0p, n0lp, n0l2p);
        // label sets
        f[k++] = Key(66, s0w, s0sr); f[k++] = Key(67, s0p, s0sr); f[k++] = Key(68, s0w, s0sl);
        f[k++] = Key(69, s0p, s0sl); f[k++] = Key(70, n0w, n0sl); f[k++] = Key(71, n0p, n0sl);
        // extras: second stack word, suffixes, coarse tags, head-label context
        ulong s1p = P(s1), s1w = W(s1);
        f[k++] = Key(72, s1p, s0p, n0p); f[k++] = Key(73, s1w); f[k++] = Key(74, s1p, L(s1));
        f[k++] = Key(75, n0p, Suf[n0]); f[k++] = Key(76, s0p, hasS0 ? Suf[s0] : 0UL);
        ulong s0u = hasS0 ? (ulong)UTag[s0] : 0UL, n0u = (ulong)UTag[n0], n1u = n1 < 0 ? 0UL : (ulong)UTag[n1];
        f[k++] = Key(77, s0u, n0u, n1u); f[k++] = Key(78, s0u, n0u, d);
        f[k++] = Key(79, s0p, L(s0), n0p); f[k++] = Key(80, s0p, L(s0l), n0p);
        f[k++] = Key(81, s0p, n0p, L(n0l)); f[k++] = Key(82, s0w, n0p, n1p);
        f[k++] = Key(83, 1UL); // bias
        int s2 = Sp >= 3 ? Stack[Sp - 3] : -1;
        int n3 = B + 3 <= R ? B + 3 : -1;
        f[k++] = Key(84, s0u); f[k++] = Key(85, n0u); f[k++] = Key(86, n1u);
        f[k++] = Key(87, s0w, n0u); f[k++] = Key(88, s0u, n0w);
        f[k++] = Key(89, n0w, n1w); f[k++] = Key(90, n0w, n1p); f[k++] = Key(91, n0p, n1w);
        f[k++] = Key(92, s1w, s0w); f[k++] = Key(93, s1p, s0w); f[k++] = Key(94, s1w, s0p);
        f[k++] = Key(95, P(s2), s1p, s0p); f[k++] = Key(96, P(n3));
        f[k++] = Key(97, W(s0h), s0w); f[k++] = Key(98, Suf[n0]);
        int between = !hasS0 ? 15 : Math.Min(VerbsTo[n0 - 1] - VerbsTo[s0], 2) * 4 + Math.Min(PunctsTo[n0 - 1] - PunctsTo[s0], 3);
        f[k++] = Key(101, s0p, n0p, (ulong)between); f[k++] = Key(102, (ulong)between, d);
        f[k++] = Key(103, (ulong)Math.Min(Headless, 3), s0p, n0p);
        f[k++] = Key(99, s1p, s1 < 0 ? 0UL : P(Rc1[s1]), s0p); f[k++] = Key(100, s1 < 0 ? 0UL : L(Rc1[s1]), s0p, n0p);
    }
}
