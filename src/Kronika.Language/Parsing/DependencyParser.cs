using Kronika.Language.Treebank;

namespace Kronika.Language.Parsing;

/// <summary>Settings of <see cref="DependencyParser.Train(IReadOnlyList{ConlluSentence}, IReadOnlyList{ConlluSentence}?, ParserTrainingOptions, Action{string}?)"/>.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>Seeds the sentence order and the exploration; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Passes that follow the oracle only, before the parser starts to follow its own (possibly wrong) predictions.</summary>
    public int ExploreAfter { get; init; } = 2;

    /// <summary>While exploring, the probability of following the prediction instead of the oracle's best action.</summary>
    public double ExploreProbability { get; init; } = 0.9;

    /// <summary>Averaged weights smaller than this (in absolute value) are dropped from the model.</summary>
    public double Prune { get; init; } = 0.0;

    /// <summary>With a dev set: keep the weights of the pass that scored best on it (LAS) rather than the last.</summary>
    public bool KeepBestOnDev { get; init; } = true;

    /// <summary>The training data credit written into the model file's header.</summary>
    public string Credit { get; init; } = DependencyParser.EwtCredit;
}

/// <summary>
/// A labeled dependency parser for English: greedy arc-eager transitions (root at the end of the buffer)
/// scored by an averaged perceptron over hashed Zhang &amp; Nivre (2011) features, trained with the Goldberg
/// &amp; Nivre (2012) dynamic oracle and exploration; non-projective training trees are lifted to projective ones.
/// Reads word forms and their UPOS and XPOS tags, writes a head and a Universal Dependencies relation (with
/// subtypes, as the training treebank has them) for every word; the result is always one projective tree with
/// exactly one word attached to the root. Thread-safe for parsing (each thread reuses its own buffers).
/// </summary>
public sealed partial class DependencyParser
{
    public const string EwtCredit = "Universal Dependencies English Web Treebank (Silveira et al. 2014; UD_English-EWT), CC BY-SA 4.0";

    internal const int FeatureSetVersion = 1;
    private const string Title = "Kronika dependency parser model";
    private const int FormatVersion = 1;
    private static readonly byte[] BinaryMagic = "KPRSBIN\0"u8.ToArray();
    private static readonly byte[] EndMagic = "KPRSEND\0"u8.ToArray();

    private readonly WeightTable _weights;
    private readonly string[] _labels;
    private readonly string[] _xposTags;
    private readonly string[] _uposTags;
    private readonly Dictionary<string, int> _xpos;
    private readonly Dictionary<string, int> _upos;
    private readonly int _rootLabel, _punctLabel, _fallbackLabel, _punctUpos;
    private readonly string _credit;

    /// <summary>The relations the parser can assign, "root" among them.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The training data credit stored in the model.</summary>
    public string Credit => _credit;

    internal int ClassCount => 2 + 2 * _labels.Length;
    internal int FeatureCount => _weights.FeatureCount;
    internal int EntryCount => _weights.EntryCount;

    private DependencyParser(WeightTable weights, string[] labels, string[] xposTags, string[] uposTags, string credit)
    {
        _weights = weights;
        _labels = labels;
        _xposTags = xposTags;
        _uposTags = uposTags;
        _credit = credit;
        Labels = Array.AsReadOnly(labels);
        // Tag codes: 0 = no word, 1 = root, 2 = unknown tag, 3.. = known tags.
        _xpos = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < xposTags.Length; i++) _xpos[xposTags[i]] = i + 3;
        _upos = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < uposTags.Length; i++) _upos[uposTags[i]] = i + 3;
        _rootLabel = Array.IndexOf(labels, "root");
        if (_rootLabel < 0) throw new InvalidDataException("the label set has no \"root\"");
        _punctLabel = Array.IndexOf(labels, "punct");
        _fallbackLabel = Array.IndexOf(labels, "dep");
        if (_fallbackLabel < 0) _fallbackLabel = Array.IndexOf(labels, "parataxis");
        if (_fallbackLabel < 0) _fallbackLabel = _rootLabel == 0 && labels.Length > 1 ? 1 : 0;
        _punctUpos = _upos.TryGetValue("PUNCT", out var p) ? p : -1;
        _verbUpos = _upos.TryGetValue("VERB", out var v) ? v : -1;
    }

    private readonly int _verbUpos;

    /// <summary>Fills the running verb and punctuation counts of words 1..n from their UPOS codes.</summary>
    internal void Count(int[] utag, int n, int[] verbsTo, int[] punctsTo)
    {
        verbsTo[0] = punctsTo[0] = 0;
        for (int i = 1; i <= n; i++)
        {
            verbsTo[i] = verbsTo[i - 1] + (utag[i] == _verbUpos ? 1 : 0);
            punctsTo[i] = punctsTo[i - 1] + (utag[i] == _punctUpos ? 1 : 0);
        }
    }

    // ---- parsing --------------------------------------------------------------------------------

    private sealed class Workspace
    {
        public readonly ParserState State = new();
        public readonly ulong[] Features = new ulong[ParserState.FeatureCount];
        public float[] Scores = new float[128];
    }

    [ThreadStatic] private static Workspace? t_workspace;

    internal int XposCode(string? tag) => tag is not null && _xpos.TryGetValue(tag, out var c) ? c : 2;
    internal int UposCode(string? tag) => tag is not null && _upos.TryGetValue(tag, out var c) ? c : 2;

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/>[i] receives the 1-based index of word i's head (0 for the
    /// root word) and <paramref name="deprels"/>[i] its relation; both arrays must hold at least words.Count items.
    /// The relation strings are the parser's own, shared between calls.
    /// </summary>
    public void Parse(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, int[] heads, string[] deprels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(deprels);
        int n = words.Count;
        if (upos.Count < n || xpos.Count < n) throw new ArgumentException("every word needs a UPOS and an XPOS tag");
        if (heads.Length < n || deprels.Length < n) throw new ArgumentException("the heads and deprels arrays are shorter than the sentence");
        if (n == 0) return;

        var ws = t_workspace ??= new Workspace();
        if (ws.Scores.Length < _weights.ScoreLength) ws.Scores = new float[_weights.ScoreLength];
        var st = ws.State;
        st.Ensure(n);
        for (int i = 0; i < n; i++)
        {
            string w = words[i] ?? "";
            st.Word[i + 1] = FeatureHashing.Word(w);
            st.Suf[i + 1] = FeatureHashing.Suffix(w, 3);
            st.Tag[i + 1] = XposCode(xpos[i]);
            st.UTag[i + 1] = UposCode(upos[i]);
        }
        Count(st.UTag, n, st.VerbsTo, st.PunctsTo);
        st.Init(n);
        RunFromInit(st, ws.Features, ws.Scores);
        if (IsTerminalMark(words[n - 1])) st.AttachFinalMarkToRoot(_punctLabel);
        int root = st.R;
        for (int i = 0; i < n; i++)
        {
            int h = st.Head[i + 1];
            heads[i] = h == root ? 0 : h;
            deprels[i] = _labels[st.Label[i + 1]];
        }
    }

    /// <summary>Runs the transitions greedily from an initialized state, then completes the tree.</summary>
    internal void RunFromInit(ParserState st, ulong[] features, float[] scores)
    {
        int labels = _labels.Length, root = _rootLabel, classes = ClassCount;
        var scoreSpan = scores.AsSpan(0, _weights.ScoreLength);
        while (!st.Terminal)
        {
            st.Extract(features);
            scoreSpan.Clear();
            _weights.Score(features, ParserState.FeatureCount, scores);
            int best = Best(st, scores, labels, root);
            st.Apply(best, labels);
        }
        st.Finish(_rootLabel, _punctLabel, _fallbackLabel, _punctUpos);
    }

    /// <summary>".", "?", "!", "..." and the like: a sentence-final one belongs to the root word in UD.</summary>
    private static bool IsTerminalMark(string? word)
    {
        if (string.IsNullOrEmpty(word)) return false;
        foreach (char c in word) if (c is not ('.' or '?' or '!' or '…')) return false;
        return true;
    }

    internal static int Best(ParserState st, float[] scores, int labels, int root)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (st.CanShift) { best = ParserState.Shift; bestScore = scores[ParserState.Shift]; }
        if (st.CanReduce && (best < 0 || scores[ParserState.Reduce] > bestScore)) { best = ParserState.Reduce; bestScore = scores[ParserState.Reduce]; }
        if (st.CanLeft)
        {
            for (int l = 0; l < labels; l++)
            {
                if (l == root) continue;
                float s = scores[2 + l];
                if (best < 0 || s > bestScore) { best = 2 + l; bestScore = s; }
            }
        }
        else if (st.CanLeftRoot && (best < 0 || scores[2 + root] > bestScore))
        {
            best = 2 + root;
            bestScore = scores[2 + root];
        }
        if (st.CanRight)
        {
            int off = 2 + labels;
            for (int l = 0; l < labels; l++)
            {
                if (l == root) continue;
                float s = scores[off + l];
                if (best < 0 || s > bestScore) { best = off + l; bestScore = s; }
            }
        }
        return best;
    }
}
