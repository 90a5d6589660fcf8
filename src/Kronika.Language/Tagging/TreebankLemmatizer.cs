using System.IO.Compression;
using System.Text;
using Kronika.Language.Treebank;

namespace Kronika.Language.Tagging;

/// <summary>
/// A lemmatizer learned from a treebank's lemma column. For a word and its tags it tries, in order:
/// an exception table of (tags, form) pairs whose lemma the rules get wrong (irregular forms, clitics,
/// odd spellings); then the same table for the lowercase form; then the rules: whether the lemma keeps
/// the word's capitals (learned per tag pair and capitalization pattern, e.g. proper nouns and
/// nationality adjectives keep them) and the longest-suffix rewrite rule of the tag pair (strip k
/// characters, append a string: "-ies" → "-y" for NNS, "-ied" → "-y" for VBD...).
/// </summary>
public sealed class TreebankLemmatizer
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

    /// <summary>
    /// Writes the model as gzip-compressed UTF-8 text: a header line (Kronika, format version, treebank
    /// credit), then tab-separated records: K (case table), R (suffix rule), E (exception), X (fallback
    /// rules of an XPOS), and a final line counting the records.
    /// </summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine($"{Magic} model, format {FormatVersion}; learned from {ModelFile.Credit}");
            writer.WriteLine("# K upos xpos case-modes drop-digit-commas: case mode (0 lowercase, 1 keep, 2 capital first letter) of lowercase, capitalized, all-capital and mixed-case words");
            writer.WriteLine("# R upos xpos suffix strip append: suffix rule | E upos xpos form lemma: exception | X xpos suffix strip append: rule of any UPOS | L lemma: a known lowercase lemma");
            int records = 0;
            foreach (var ((upos, xpos), rules) in _byPair.OrderBy(p => p.Key.Upos, StringComparer.Ordinal).ThenBy(p => p.Key.Xpos, StringComparer.Ordinal))
            {
                writer.WriteLine($"K\t{upos}\t{xpos}\t{CaseModes(rules)}\t{(rules.DropDigitCommas ? 1 : 0)}");
                records++;
                foreach (var (suffix, rw) in rules.Suffixes.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"R\t{upos}\t{xpos}\t{suffix}\t{rw.Strip}\t{rw.Append}");
                    records++;
                }
                foreach (var (form, lemma) in rules.Exceptions.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"E\t{upos}\t{xpos}\t{form}\t{lemma}");
                    records++;
                }
            }
            foreach (var (xpos, rules) in _byXpos.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteLine($"K\t\t{xpos}\t{CaseModes(rules)}\t{(rules.DropDigitCommas ? 1 : 0)}");
                records++;
                foreach (var (suffix, rw) in rules.Suffixes.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"X\t{xpos}\t{suffix}\t{rw.Strip}\t{rw.Append}");
                    records++;
                }
            }
            foreach (var lemma in _modelLemmas.Order(StringComparer.Ordinal))
            {
                writer.WriteLine($"L\t{lemma}");
                records++;
            }
            writer.WriteLine($"# end {records}");
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Loads a model written by <see cref="Save"/>. A missing file is a FileNotFoundException; a damaged, truncated or foreign one an InvalidDataException naming the path.</summary>
    public static TreebankLemmatizer Load(string path) => ModelFile.Guard(path, "lemmatizer", () =>
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"lemmatizer model file not found: {path}", path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (file.Length == 0) throw new InvalidDataException($"{path}: lemmatizer model file is empty");
        int b1 = file.ReadByte(), b2 = file.ReadByte();
        if (b1 != 0x1f || b2 != 0x8b) throw new InvalidDataException($"{path}: not a Kronika lemmatizer model (not gzip-compressed)");
        file.Position = 0;
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false, true));
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: lemmatizer model file is empty");
        if (!header.StartsWith(Magic, StringComparison.Ordinal))
            throw new InvalidDataException($"{path}: not a Kronika lemmatizer model (the header does not start with \"{Magic}\")");
        if (!header.Contains($"format {FormatVersion};", StringComparison.Ordinal))
            throw new InvalidDataException($"{path}: unsupported lemmatizer model format (expected format {FormatVersion}): \"{header}\"");
        var byPair = new Dictionary<(string, string), TagRules>();
        var byXpos = new Dictionary<string, TagRules>(StringComparer.Ordinal);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        int records = 0, lineNumber = 1;
        bool ended = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (ended) throw new InvalidDataException($"{path}:{lineNumber}: data after the end line");
            if (line.StartsWith("# end ", StringComparison.Ordinal))
            {
                if (!int.TryParse(line.AsSpan(6), out var expected) || expected != records)
                    throw new InvalidDataException($"{path}:{lineNumber}: the end line counts {line[6..]} records, the file has {records}");
                ended = true;
                continue;
            }
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            string Bad(string why) => throw new InvalidDataException($"{path}:{lineNumber}: {why}");
            TagRules Pair(string upos, string xpos)
            {
                if (!byPair.TryGetValue((upos, xpos), out var r)) byPair[(upos, xpos)] = r = new TagRules();
                return r;
            }
            switch (f[0])
            {
                case "K" when f.Length == 5 && f[3].Length == 4 && f[3].All(c => c is '0' or '1' or '2') && f[4] is "0" or "1":
                    var rules = f[1].Length == 0 ? (byXpos.TryGetValue(f[2], out var x) ? x : byXpos[f[2]] = new TagRules()) : Pair(f[1], f[2]);
                    rules.CaseMode[0] = 1;
                    for (int c = 0; c < 4; c++) rules.CaseMode[c + 1] = (byte)(f[3][c] - '0');
                    rules.DropDigitCommas = f[4] == "1";
                    break;
                case "L" when f.Length == 2:
                    lemmas.Add(f[1]);
                    break;
                case "R" when f.Length == 6 && int.TryParse(f[4], out var strip) && strip >= 0:
                    Pair(f[1], f[2]).Suffixes[f[3]] = new Rewrite(strip, f[5]);
                    break;
                case "E" when f.Length == 5:
                    Pair(f[1], f[2]).Exceptions[f[3]] = f[4];
                    break;
                case "X" when f.Length == 5 && int.TryParse(f[3], out var xstrip) && xstrip >= 0:
                    (byXpos.TryGetValue(f[1], out var xr) ? xr : byXpos[f[1]] = new TagRules()).Suffixes[f[2]] = new Rewrite(xstrip, f[4]);
                    break;
                default:
                    Bad($"unrecognized record \"{(line.Length > 60 ? line[..60] + "…" : line)}\"");
                    break;
            }
            records++;
        }
        if (!ended) throw new InvalidDataException($"{path}: lemmatizer model file is truncated (no end line)");
        return new TreebankLemmatizer(byPair, byXpos, lemmas);
    });

    private static string CaseModes(TagRules rules) => string.Concat(rules.CaseMode.Skip(1).Select(m => (char)('0' + m)));
}
