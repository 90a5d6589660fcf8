using System.IO.Compression;
using Kronika.Documents;
using Kronika.Language.Tagging;
using Kronika.Language.Treebank;

namespace Kronika.Language.Tests;

public sealed class TaggingTests : IDisposable
{
    private static readonly Lazy<PosTagger> ShippedTagger = new(() => PosTagger.Load(DataDirectory.File("models", "tagger.bin")));
    private static readonly Lazy<TreebankLemmatizer> ShippedLemmatizer = new(() => TreebankLemmatizer.Load(DataDirectory.File("models", "lemmas.tsv.gz")));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kronika-tagging-" + Guid.NewGuid().ToString("N"));

    public TaggingTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string TempFile(string name) => Path.Combine(_folder, name);

    private static (string[] Upos, string[] Xpos, string[] Lemmas) Analyze(PosTagger tagger, TreebankLemmatizer lemmatizer, string sentence)
    {
        var words = sentence.Split(' ');
        var upos = new string[words.Length];
        var xpos = new string[words.Length];
        tagger.Tag(words, upos, xpos);
        var lemmas = words.Select((w, i) => lemmatizer.Lemmatize(w, upos[i], xpos[i])).ToArray();
        return (upos, xpos, lemmas);
    }

    private static (string[] Upos, string[] Xpos, string[] Lemmas) Analyze(string sentence) =>
        Analyze(ShippedTagger.Value, ShippedLemmatizer.Value, sentence);

    [Fact]
    public void Shipped_models_tag_and_lemmatize_a_passive()
    {
        var (upos, xpos, lemmas) = Analyze("The ministers were expelled from Georgia .");
        Assert.Equal(["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"], upos);
        Assert.Equal(["DT", "NNS", "VBD", "VBN", "IN", "NNP", "."], xpos);
        Assert.Equal(["the", "minister", "be", "expel", "from", "Georgia", "."], lemmas);
    }

    [Fact]
    public void Shipped_models_handle_a_news_sentence()
    {
        var (_, xpos, lemmas) = Analyze("Russia offered to restore diplomatic ties with Georgia on Friday .");
        Assert.Equal(["NNP", "VBD", "TO", "VB", "JJ", "NNS", "IN", "NNP", "IN", "NNP", "."], xpos);
        Assert.Equal(["Russia", "offer", "to", "restore", "diplomatic", "tie", "with", "Georgia", "on", "Friday", "."], lemmas);
    }

    [Fact]
    public void Shipped_models_handle_clitics_numbers_and_irregular_verbs()
    {
        var (upos, xpos, lemmas) = Analyze("Moscow did n't reply , but 1,200 troops had left .");
        Assert.Equal(("AUX", "VBD", "do"), (upos[1], xpos[1], lemmas[1]));
        Assert.Equal(("PART", "not"), (upos[2], lemmas[2]));
        Assert.Equal(("NUM", "CD", "1200"), (upos[6], xpos[6], lemmas[6]));
        Assert.Equal(("VBD", "have"), (xpos[8], lemmas[8]));
        Assert.Equal(("VERB", "VBN", "leave"), (upos[9], xpos[9], lemmas[9]));
    }

    [Fact]
    public void Tags_are_shared_string_instances()
    {
        var words = new[] { "The", "talks", "resumed", "." };
        var first = (Upos: new string[4], Xpos: new string[4]);
        var second = (Upos: new string[6], Xpos: new string[6]);
        ShippedTagger.Value.Tag(words, first.Upos, first.Xpos);
        ShippedTagger.Value.Tag(words.ToList(), second.Upos, second.Xpos);
        for (int i = 0; i < words.Length; i++)
        {
            Assert.Same(first.Upos[i], second.Upos[i]);
            Assert.Same(first.Xpos[i], second.Xpos[i]);
        }
        Assert.Null(second.Upos[4]);
    }

    [Fact]
    public void Tag_rejects_arrays_shorter_than_the_sentence() =>
        Assert.Throws<ArgumentException>(() => ShippedTagger.Value.Tag(["a", "b"], new string[1], new string[2]));

    [Fact]
    public void Known_lemmas_guide_the_rules_for_unseen_words()
    {
        // The treebank never shows "ceded"; its -ed rule alone strips too much.
        Assert.Equal("ced", ShippedLemmatizer.Value.Lemmatize("ceded", "VERB", "VBD"));
        var lemmatizer = ShippedLemmatizer.Value.WithKnownLemmas(["cede"]);
        Assert.Equal("cede", lemmatizer.Lemmatize("ceded", "VERB", "VBD"));
        Assert.Equal("ced", ShippedLemmatizer.Value.Lemmatize("ceded", "VERB", "VBD")); // the original is unchanged
        Assert.Equal("provoke", lemmatizer.Lemmatize("provoking", "VERB", "VBG"));
    }

    [Fact]
    public void Missing_model_files_are_errors_naming_them()
    {
        var tagger = TempFile("no-such-tagger.bin");
        var lemmas = TempFile("no-such-lemmas.tsv.gz");
        var e1 = Assert.Throws<FileNotFoundException>(() => PosTagger.Load(tagger));
        Assert.Contains(tagger, e1.Message);
        var e2 = Assert.Throws<FileNotFoundException>(() => TreebankLemmatizer.Load(lemmas));
        Assert.Contains(lemmas, e2.Message);
    }

    [Fact]
    public void Corrupt_tagger_files_are_errors_naming_them()
    {
        var good = TempFile("good.bin");
        TrainTiny(seed: 1).Tagger.Save(good);
        var bytes = File.ReadAllBytes(good);
        Assert.StartsWith("Kronika POS tagger model, format 1;", System.Text.Encoding.UTF8.GetString(bytes, 0, 60));

        var cases = new Dictionary<string, byte[]>
        {
            ["empty.bin"] = [],
            ["text.bin"] = "just some text\nwith lines\n"u8.ToArray(),
            ["truncated.bin"] = bytes[..(bytes.Length * 2 / 3)],
            ["header-only.bin"] = bytes[..(Array.IndexOf(bytes, (byte)'\n') + 1)],
            ["flipped.bin"] = bytes.Select((b, i) => i == bytes.Length / 2 ? (byte)(b ^ 0x40) : b).ToArray(),
            ["other-version.bin"] = System.Text.Encoding.UTF8.GetBytes("Kronika POS tagger model, format 99; x\n").Concat(bytes.Skip(Array.IndexOf(bytes, (byte)'\n') + 1)).ToArray(),
        };
        foreach (var (name, content) in cases)
        {
            var path = TempFile(name);
            File.WriteAllBytes(path, content);
            var e = Assert.Throws<InvalidDataException>(() => PosTagger.Load(path));
            Assert.Contains(path, e.Message);
        }
        // The lemmatizer's file is not a tagger model either.
        var lemmas = TempFile("lemmas.tsv.gz");
        TrainTiny(seed: 1).Lemmatizer.Save(lemmas);
        Assert.Contains(lemmas, Assert.Throws<InvalidDataException>(() => PosTagger.Load(lemmas)).Message);
    }

    [Fact]
    public void Corrupt_lemmatizer_files_are_errors_naming_them()
    {
        var good = TempFile("good.tsv.gz");
        TrainTiny(seed: 1).Lemmatizer.Save(good);
        var bytes = File.ReadAllBytes(good);
        byte[] Gzip(string text)
        {
            var stream = new MemoryStream();
            using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
            return stream.ToArray();
        }
        string content;
        using (var reader = new StreamReader(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress))) content = reader.ReadToEnd();
        var cases = new Dictionary<string, byte[]>
        {
            ["empty.gz"] = [],
            ["plain.tsv"] = System.Text.Encoding.UTF8.GetBytes(content),
            ["truncated.gz"] = bytes[..(bytes.Length / 2)],
            ["cut-lines.gz"] = Gzip(content[..content.LastIndexOf("\nL\t", StringComparison.Ordinal)] + "\n"),
            ["bad-record.gz"] = Gzip(content.Replace("\nK\t", "\nQ\t")),
            ["foreign.gz"] = Gzip("something else entirely\n"),
        };
        foreach (var (name, data) in cases)
        {
            var path = TempFile(name);
            File.WriteAllBytes(path, data);
            var e = Assert.Throws<InvalidDataException>(() => TreebankLemmatizer.Load(path));
            Assert.Contains(path, e.Message);
        }
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed_and_round_trips()
    {
        var (first, lemmatizer) = TrainTiny(seed: 7);
        var (second, _) = TrainTiny(seed: 7);
        var a = TempFile("a.bin");
        var b = TempFile("b.bin");
        first.Save(a);
        second.Save(b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));

        var loaded = PosTagger.Load(a);
        var (upos, xpos, lemmas) = Analyze(loaded, lemmatizer, "the dogs barked .");
        Assert.Equal(["DET", "NOUN", "VERB", "PUNCT"], upos);
        Assert.Equal(["DT", "NNS", "VBD", "."], xpos);
        Assert.Equal(["the", "dog", "bark", "."], lemmas);

        var lemmaFile = TempFile("lemmas.tsv.gz");
        lemmatizer.Save(lemmaFile);
        var reloaded = TreebankLemmatizer.Load(lemmaFile);
        foreach (var (form, upo, xpo) in new[] { ("cats", "NOUN", "NNS"), ("mice", "NOUN", "NNS"), ("rats", "NOUN", "NNS"), ("hopped", "VERB", "VBD"), ("went", "VERB", "VBD") })
            Assert.Equal(lemmatizer.Lemmatize(form, upo, xpo), reloaded.Lemmatize(form, upo, xpo));
    }

    [Fact]
    public void Lemmatizer_learns_suffix_rules_exceptions_and_case()
    {
        var (_, lemmatizer) = TrainTiny(seed: 1);
        Assert.Equal("rat", lemmatizer.Lemmatize("rats", "NOUN", "NNS"));     // unseen: the -s rule
        Assert.Equal("mouse", lemmatizer.Lemmatize("mice", "NOUN", "NNS"));   // exception
        Assert.Equal("go", lemmatizer.Lemmatize("went", "VERB", "VBD"));      // exception
        Assert.Equal("jump", lemmatizer.Lemmatize("jumped", "VERB", "VBD"));  // unseen: the -ed rule
        Assert.Equal("the", lemmatizer.Lemmatize("The", "DET", "DT"));        // sentence-initial capital dropped
        Assert.Equal("Rex", lemmatizer.Lemmatize("Rex", "PROPN", "NNP"));     // proper nouns keep theirs
    }

    /// <summary>A tiny synthetic treebank: enough to train on in milliseconds.</summary>
    private static (PosTagger Tagger, TreebankLemmatizer Lemmatizer) TrainTiny(int seed)
    {
        var sentences = new List<ConlluSentence>();
        void Add(params (string Form, string Lemma, string Upos, string Xpos)[] words) =>
            sentences.Add(new ConlluSentence(null, null, words.Select((w, i) => new ConlluWord(i + 1, w.Form, w.Lemma, w.Upos, w.Xpos, 0, "dep")).ToArray()));
        for (int r = 0; r < 3; r++)
        {
            Add(("The", "the", "DET", "DT"), ("cats", "cat", "NOUN", "NNS"), ("walked", "walk", "VERB", "VBD"), (".", ".", "PUNCT", "."));
            Add(("the", "the", "DET", "DT"), ("dogs", "dog", "NOUN", "NNS"), ("barked", "bark", "VERB", "VBD"), (".", ".", "PUNCT", "."));
            Add(("a", "a", "DET", "DT"), ("dog", "dog", "NOUN", "NN"), ("jumps", "jump", "VERB", "VBZ"), (".", ".", "PUNCT", "."));
            Add(("Rex", "Rex", "PROPN", "NNP"), ("chased", "chase", "VERB", "VBD"), ("the", "the", "DET", "DT"), ("mice", "mouse", "NOUN", "NNS"), (".", ".", "PUNCT", "."));
            Add(("the", "the", "DET", "DT"), ("birds", "bird", "NOUN", "NNS"), ("went", "go", "VERB", "VBD"), ("home", "home", "ADV", "RB"), (".", ".", "PUNCT", "."));
            Add(("two", "two", "NUM", "CD"), ("frogs", "frog", "NOUN", "NNS"), ("hopped", "hop", "VERB", "VBD"), (".", ".", "PUNCT", "."));
            Add(("the", "the", "DET", "DT"), ("hats", "hat", "NOUN", "NNS"), ("looked", "look", "VERB", "VBD"), ("odd", "odd", "ADJ", "JJ"), (".", ".", "PUNCT", "."));
        }
        return (PosTagger.Train(sentences, null, iterations: 5, seed), TreebankLemmatizer.Train(sentences));
    }
}
