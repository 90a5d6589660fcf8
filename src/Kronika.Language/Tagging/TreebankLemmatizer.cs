namespace Kronika.Language.Tagging;

/// <summary>
/// A lemmatizer learned from a treebank's lemma column. For a word and its tags it tries, in order:
/// an exception table of (tags, form) pairs whose lemma the rules get wrong (irregular forms, clitics,
/// odd spellings); then the same table for the lowercase form; then the rules: whether the lemma keeps
/// the word's capitals (learned per tag pair and capitalization pattern, e.g. proper nouns and
/// nationality adjectives keep them) and the longest-suffix rewrite rule of the tag pair (strip k
/// characters, append a string: "-ies" → "-y" for NNS, "-ied" → "-y" for VBD...).
/// </summary>
public sealed partial class TreebankLemmatizer
{
    private const string Magic = "Kronika treebank lemmatizer";
    private const int FormatVersion = 1;
    internal const int MaxSuffix = 8;

    /// <summary>A rewrite of a word's ending: drop Strip characters, append Append.</summary>
    private readonly record struct Rewrite(int Strip, string Append);

    /// <summary>Everything known about one tag pair (or one XPOS, as a fallback).</summary>
    private sealed class TagRules
    {
        public readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Rewrite> Suffixes = new(StringComparer.Ordinal);
        /// <summary>Per capitalization class (see CaseClass): 0 lowercase the lemma, 1 keep the word's case, 2 capitalize the first letter only.</summary>
        public readonly byte[] CaseMode = new byte[5];
        /// <summary>Numbers written with digit-group commas have lemmas without them ("1,100" → "1100").</summary>
        public bool DropDigitCommas;
        public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ExceptionSpans;
        public Dictionary<string, Rewrite>.AlternateLookup<ReadOnlySpan<char>> SuffixSpans;

        public void Seal()
        {
            if (_sealed) return;
            ExceptionSpans = Exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
            SuffixSpans = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
            _sealed = true;
        }

        private bool _sealed;
    }

    private readonly Dictionary<(string Upos, string Xpos), TagRules> _byPair;
    private readonly Dictionary<string, TagRules> _byXpos;
    /// <summary>Every lowercase lemma of the training data: of two candidate rewrites, one giving a known lemma wins.</summary>
    private readonly HashSet<string> _lemmas;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lemmaSpans;

    /// <summary>The lemmas of the model itself (what Save writes), without any added by WithKnownLemmas.</summary>
    private readonly HashSet<string> _modelLemmas;

    private TreebankLemmatizer(Dictionary<(string, string), TagRules> byPair, Dictionary<string, TagRules> byXpos, HashSet<string> lemmas,
                               HashSet<string>? modelLemmas = null)
    {
        _byPair = byPair;
        _byXpos = byXpos;
        _lemmas = lemmas;
        _modelLemmas = modelLemmas ?? lemmas;
        _lemmaSpans = lemmas.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var r in _byPair.Values) r.Seal();
        foreach (var r in _byXpos.Values) r.Seal();
    }

    internal int ExceptionCount => _byPair.Values.Sum(r => r.Exceptions.Count);
    internal int RuleCount => _byPair.Values.Sum(r => r.Suffixes.Count) + _byXpos.Values.Sum(r => r.Suffixes.Count);

    /// <summary>0 no letters, 1 lowercase, 2 capitalized, 3 all capitals, 4 mixed (lowercase first letter, capitals later).</summary>
    private static int CaseClass(ReadOnlySpan<char> form)
    {
        bool upper = false, lower = false;
        int letters = 0;
        foreach (var c in form)
        {
            if (char.IsUpper(c)) { upper = true; letters++; }
            else if (char.IsLetter(c)) { lower = true; letters++; }
        }
        if (!upper) return lower ? 1 : 0;
        if (!lower) return letters >= 2 ? 3 : 2;
        return char.IsUpper(form[0]) ? 2 : 4;
    }

    /// <summary>The lemma of a word given its UPOS and XPOS tags.</summary>
    public string Lemmatize(string form, string upos, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Length == 0) return form;
        var rules = (_byPair.TryGetValue((upos ?? "", xpos ?? ""), out var r) ? r : null) ?? _byXpos.GetValueOrDefault(xpos ?? "");
        int caseClass = CaseClass(form);
        Span<char> lowerBuffer = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        form.AsSpan().ToLowerInvariant(lowerBuffer);
        ReadOnlySpan<char> lower = lowerBuffer;
        if (rules is null) return upos == "PROPN" || caseClass == 0 || caseClass == 1 ? form : new string(lower);

        if (rules.ExceptionSpans.TryGetValue(form, out var lemma)) return lemma;
        if (caseClass >= 2 && rules.ExceptionSpans.TryGetValue(lower, out lemma)) return lemma;

        if (rules.DropDigitCommas && form.Contains(',') && IsGroupedNumber(form)) return form.Replace(",", "");
        var rewrite = FindRewrite(rules, lower);
        if (rewrite is null && _byXpos.TryGetValue(xpos ?? "", out var fallback) && fallback != rules) rewrite = FindRewrite(fallback, lower);
        var rw = rewrite ?? new Rewrite(0, "");
        int mode = rules.CaseMode[caseClass];
        if (rw.Strip == 0 && rw.Append.Length == 0)
        {
            if (mode == 1 || caseClass == 0 || (caseClass == 1 && mode == 0)) return form;
            if (mode == 0) return new string(lower);
        }
        int stemLength = form.Length - rw.Strip;
        return string.Create(stemLength + rw.Append.Length, (form, rw.Append, mode, stemLength), static (span, state) =>
        {
            var (f, append, m, length) = state;
            if (m == 1) f.AsSpan(0, length).CopyTo(span);
            else f.AsSpan(0, length).ToLowerInvariant(span);
            append.AsSpan().CopyTo(span[length..]);
            if (m == 2 && span.Length > 0) span[0] = char.ToUpperInvariant(span[0]);
        });
    }

    private static bool IsGroupedNumber(string form)
    {
        bool digit = false;
        foreach (var c in form)
        {
            if (char.IsAsciiDigit(c)) digit = true;
            else if (c != ',' && c != '.') return false;
        }
        return digit;
    }

    /// <summary>
    /// The rewrite for a lowercase word: the rule of its longest known suffix, unless that gives a lemma
    /// never seen (in training or in the vocabulary added by <see cref="WithKnownLemmas"/>) while the
    /// rule of a shorter suffix gives a known one, or, failing that, while the same stem with a final
    /// "e" restored ("provok" → "provoke") or a doubled consonant undone ("bomm" → "bom") is known.
    /// </summary>
    private Rewrite? FindRewrite(TagRules rules, ReadOnlySpan<char> lower)
    {
        Rewrite? first = null;
        Span<char> candidate = stackalloc char[72];
        for (int pass = 0; pass < 2; pass++)
        {
            for (int length = Math.Min(MaxSuffix, lower.Length); length >= 0; length--)
            {
                if (!rules.SuffixSpans.TryGetValue(lower[^length..], out var rw) || rw.Strip > lower.Length) continue;
                // A rule must leave a stem that ends in a letter or digit ("U.S" is not a plural of "U.").
                if (rw.Strip > 0 && (rw.Strip >= lower.Length || !char.IsLetterOrDigit(lower[lower.Length - rw.Strip - 1]))) continue;
                first ??= rw;
                if (rw.Strip == 0 && rw.Append.Length == 0)
                {
                    if (first.Value == rw) return rw;
                    continue;
                }
                int stem = lower.Length - rw.Strip;
                if (stem + rw.Append.Length + 1 > candidate.Length) return first;
                lower[..stem].CopyTo(candidate);
                rw.Append.AsSpan().CopyTo(candidate[stem..]);
                int size = stem + rw.Append.Length;
                if (pass == 0)
                {
                    if (_lemmaSpans.Contains(candidate[..size])) return rw;
                    continue;
                }
                if (rw.Strip == 0) continue;
                candidate[size] = 'e';
                if (size > 0 && candidate[size - 1] != 'e' && _lemmaSpans.Contains(candidate[..(size + 1)])) return new Rewrite(rw.Strip, rw.Append + "e");
                if (rw.Append.Length == 0 && stem >= 3 && lower[stem - 1] == lower[stem - 2] && !IsVowel(lower[stem - 1])
                    && _lemmaSpans.Contains(candidate[..(size - 1)]))
                    return new Rewrite(rw.Strip + 1, "");
            }
        }
        return first;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// A lemmatizer with the same tables that also knows the given lemmas (lowercase, e.g. the verbs of
    /// the event patterns): when the rules could give several lemmas for an unseen word, a known one wins.
    /// </summary>
    public TreebankLemmatizer WithKnownLemmas(IEnumerable<string> lemmas)
    {
        ArgumentNullException.ThrowIfNull(lemmas);
        var set = new HashSet<string>(_lemmas, StringComparer.Ordinal);
        foreach (var lemma in lemmas)
            if (!string.IsNullOrEmpty(lemma)) set.Add(lemma.ToLowerInvariant());
        return new TreebankLemmatizer(_byPair, _byXpos, set, _lemmas);
    }
}
