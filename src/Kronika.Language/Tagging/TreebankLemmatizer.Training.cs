using Kronika.Language.Treebank;

namespace Kronika.Language.Tagging;

/// <summary>Learning the exception table, the case table and the suffix rules from a treebank.</summary>
public sealed partial class TreebankLemmatizer
{
    /// <summary>Learning settings; the defaults are the shipped ones.</summary>
    internal sealed class Options
    {
        /// <summary>Word types seen at most this often teach the rules (rare words behave like unseen ones).</summary>
        public int RuleMaxCount = int.MaxValue;
        /// <summary>A suffix rule needs this many word types behind it.</summary>
        public int MinSupport = 2;
        /// <summary>Types seen at most this often teach whether capitals are kept.</summary>
        public int CaseMaxCount = 3;
    }

    public static TreebankLemmatizer Train(IReadOnlyList<ConlluSentence> train) => Train(train, new Options());

    internal static TreebankLemmatizer Train(IReadOnlyList<ConlluSentence> train, Options options)
    {
        ArgumentNullException.ThrowIfNull(train);
        var lemmaSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in train)
            foreach (var w in s.Words)
                if (w.Lemma != "_") lemmaSet.Add(w.Lemma.ToLowerInvariant());
        // (upos, xpos) -> form -> lemma -> count
        var counts = new Dictionary<(string, string), Dictionary<string, Dictionary<string, int>>>();
        foreach (var s in train)
            foreach (var w in s.Words)
            {
                if (w.Lemma == "_" && w.Form != "_") continue;
                var key = (w.Upos, w.Xpos);
                if (!counts.TryGetValue(key, out var forms)) counts[key] = forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
                if (!forms.TryGetValue(w.Form, out var lemmas)) forms[w.Form] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
                lemmas[w.Lemma] = lemmas.GetValueOrDefault(w.Lemma) + 1;
            }

        // Each word type with its majority lemma (ties: ordinal order, for determinism).
        var types = new Dictionary<(string, string), List<(string Form, string Lemma, int Count)>>();
        foreach (var (tags, forms) in counts.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
        {
            var list = new List<(string, string, int)>();
            foreach (var (form, lemmas) in forms.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var best = lemmas.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();
                list.Add((form, best.Key, lemmas.Values.Sum()));
            }
            types[tags] = list;
        }

        var byPair = new Dictionary<(string, string), TagRules>();
        foreach (var (tags, list) in types) byPair[tags] = Learn(list, options, lemmaSet);
        var byXpos = new Dictionary<string, TagRules>(StringComparer.Ordinal);
        foreach (var group in types.GroupBy(p => p.Key.Item2))
        {
            var merged = group.SelectMany(p => p.Value).GroupBy(t => t.Form, StringComparer.Ordinal)
                              .Select(g => (g.Key, g.OrderByDescending(t => t.Count).ThenBy(t => t.Lemma, StringComparer.Ordinal).First().Lemma, g.Sum(t => t.Count)))
                              .ToList();
            var rules = Learn(merged, options, lemmaSet);
            rules.Exceptions.Clear(); // the fallback gives rules only
            byXpos[group.Key] = rules;
        }
        return new TreebankLemmatizer(byPair, byXpos, lemmaSet);
    }

    /// <summary>Learns the case table, the suffix rules and then the exceptions of one tag pair.</summary>
    private static TagRules Learn(List<(string Form, string Lemma, int Count)> types, Options options, HashSet<string> lemmaSet)
    {
        var rules = new TagRules();
        // Case: does a rare word of this capitalization keep its capitals in the lemma, lose them, or get a capital first letter?
        var caseVotes = new int[5, 3];
        int commaYes = 0, commaNo = 0;
        foreach (var (form, lemma, count) in types)
        {
            if (form.Contains(',') && IsGroupedNumber(form)) { if (lemma == form.Replace(",", "")) commaYes++; else commaNo++; }
            int c = CaseClass(form);
            if (c < 1 || count > options.CaseMaxCount) continue;
            int firstUpper = lemma.Length > 0 && char.IsUpper(lemma[0]) ? 1 : 0;
            int restUpper = lemma.Skip(1).Any(char.IsUpper) ? 1 : 0;
            int formRestUpper = form.Skip(1).Any(char.IsUpper) ? 1 : 0;
            if (firstUpper == 0 && restUpper == 0) caseVotes[c, 0]++;
            else if (firstUpper == 1 && restUpper == formRestUpper && char.IsUpper(form[0])) caseVotes[c, 1]++;
            else if (firstUpper == 1 && restUpper == 0) caseVotes[c, 2]++;
            else caseVotes[c, 1]++;
        }
        for (int c = 1; c < 5; c++)
        {
            int best = 0;
            for (int m = 1; m < 3; m++) if (caseVotes[c, m] > caseVotes[c, best]) best = m;
            rules.CaseMode[c] = (byte)best;
        }
        rules.CaseMode[0] = 1;
        rules.DropDigitCommas = commaYes > commaNo;

        // Suffix rules: for every suffix of every (rare enough) type, the rewrite that type needs, by type counts.
        var votes = new Dictionary<string, Dictionary<Rewrite, int>>(StringComparer.Ordinal);
        foreach (var (form, lemma, count) in types)
        {
            if (count > options.RuleMaxCount) continue;
            var lower = form.ToLowerInvariant();
            var rewrite = RewriteOf(lower, lemma.ToLowerInvariant());
            for (int length = 0; length <= Math.Min(MaxSuffix, lower.Length); length++)
            {
                if (rewrite.Strip > length && length < lower.Length) continue; // a rule may only rewrite within its suffix
                var suffix = lower[^length..];
                if (!votes.TryGetValue(suffix, out var v)) votes[suffix] = v = new Dictionary<Rewrite, int>();
                v[rewrite] = v.GetValueOrDefault(rewrite) + 1;
            }
        }
        // Keep a suffix's rule only when it has support and differs from what a shorter suffix gives.
        var effective = new Dictionary<string, Rewrite>(StringComparer.Ordinal);
        foreach (var (suffix, v) in votes.OrderBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            int support = v.Values.Sum();
            var best = v.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Strip).ThenBy(p => p.Key.Append, StringComparer.Ordinal).First().Key;
            Rewrite? parent = null;
            for (int length = suffix.Length - 1; length >= 0 && parent is null; length--)
                if (effective.TryGetValue(suffix[^length..], out var p)) parent = p;
            if (suffix.Length == 0) best = new Rewrite(0, ""); // with no suffix to go on, the word is its own lemma
            if (suffix.Length == 0 || support >= options.MinSupport)
            {
                effective[suffix] = best;
                if (parent is null || parent.Value != best) rules.Suffixes[suffix] = best;
            }
        }
        rules.Seal();

        // Exceptions: every type whose majority lemma the rules above get wrong.
        var probe = new TreebankLemmatizer(new Dictionary<(string, string), TagRules> { [("", "")] = rules }, new Dictionary<string, TagRules>(), lemmaSet);
        foreach (var (form, lemma, _) in types)
            if (probe.Lemmatize(form, "", "") != lemma) rules.Exceptions[form] = lemma;
        return rules;
    }

    /// <summary>The rewrite turning form into lemma: strip what follows their common prefix, append the rest of the lemma.</summary>
    private static Rewrite RewriteOf(string form, string lemma)
    {
        int common = 0;
        while (common < form.Length && common < lemma.Length && form[common] == lemma[common]) common++;
        return new Rewrite(form.Length - common, lemma[common..]);
    }
}
