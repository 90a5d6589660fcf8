namespace Kronika.Language.Parsing;

/// <summary>
/// Makes a dependency tree projective by lifting: while an arc crosses another, its dependent is
/// re-attached to its head's head (shortest offending arc first). Labels are kept.
/// </summary>
internal static class Projectivizer
{
    /// <summary>Lifts <paramref name="heads"/> (index 1..n, 0 = root) in place; returns how many lifts were made.</summary>
    public static int Lift(int[] heads, int n)
    {
        int lifts = 0;
        while (true)
        {
            int best = -1, bestLength = int.MaxValue;
            for (int d = 1; d <= n; d++)
            {
                int h = heads[d];
                if (h <= 0) continue;
                int length = Math.Abs(h - d);
                if (length >= bestLength || IsProjective(heads, h, d)) continue;
                best = d;
                bestLength = length;
            }
            if (best < 0) return lifts;
            heads[best] = heads[heads[best]];
            lifts++;
        }
    }

    public static bool IsProjective(int[] heads, int n)
    {
        for (int d = 1; d <= n; d++)
            if (heads[d] > 0 && !IsProjective(heads, heads[d], d)) return false;
        return true;
    }

    private static bool IsProjective(int[] heads, int h, int d)
    {
        int lo = Math.Min(h, d), hi = Math.Max(h, d);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k, guard = 0;
            while (a != h && a > 0 && guard++ < 1000) a = heads[a];
            if (a != h) return false;
        }
        return true;
    }
}
