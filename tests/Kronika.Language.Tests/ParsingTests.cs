using Kronika.Documents;
using Kronika.Language.Parsing;
using Kronika.Language.Treebank;

namespace Kronika.Language.Tests;

public class ParsingTests
{
    private static readonly Lazy<DependencyParser> Shipped = new(() => DependencyParser.Load(DataDirectory.File("models", "parser.bin")));

    /// <summary>Parses "word/UPOS/XPOS ..." and returns (heads, deprels), 1-based heads.</summary>
    private static (int[] Heads, string[] Deprels) Parse(DependencyParser parser, string tagged)
    {
        var tokens = tagged.Split(' ').Select(t => t.Split('/')).ToArray();
        var heads = new int[tokens.Length];
        var deprels = new string[tokens.Length];
        parser.Parse(tokens.Select(t => t[0]).ToList(), tokens.Select(t => t[1]).ToList(), tokens.Select(t => t[2]).ToList(), heads, deprels);
        return (heads, deprels);
    }

    [Fact]
    public void Active_clause_has_subject_and_object()
    {
        var (heads, rels) = Parse(Shipped.Value, "Russia/PROPN/NNP expelled/VERB/VBD two/NUM/CD diplomats/NOUN/NNS ./PUNCT/.");
        Assert.Equal(0, heads[1]);
        Assert.Equal("root", rels[1]);
        Assert.Equal((2, "nsubj"), (heads[0], rels[0]));
        Assert.Equal((2, "obj"), (heads[3], rels[3]));
        Assert.Equal((4, "nummod"), (heads[2], rels[2]));
        Assert.Equal((2, "punct"), (heads[4], rels[4]));
    }

    [Fact]
    public void Passive_clause_has_passive_subject_and_agent()
    {
        var (heads, rels) = Parse(Shipped.Value, "The/DET/DT diplomats/NOUN/NNS were/AUX/VBD expelled/VERB/VBN by/ADP/IN Russia/PROPN/NNP ./PUNCT/.");
        Assert.Equal(0, heads[3]);
        Assert.Equal((4, "nsubj:pass"), (heads[1], rels[1]));
        Assert.Equal((4, "aux:pass"), (heads[2], rels[2]));
        Assert.Equal(4, heads[5]);
        Assert.Contains(rels[5], new[] { "obl:agent", "obl" });
        Assert.Equal((6, "case"), (heads[4], rels[4]));
    }

    [Fact]
    public void Clausal_complement_with_its_own_subject_and_object()
    {
        var (heads, rels) = Parse(Shipped.Value,
            "Georgia/PROPN/NNP said/VERB/VBD Moscow/PROPN/NNP had/AUX/VBD sent/VERB/VBN troops/NOUN/NNS to/ADP/IN the/DET/DT border/NOUN/NN ./PUNCT/.");
        Assert.Equal((0, "root"), (heads[1], rels[1]));
        Assert.Equal((2, "ccomp"), (heads[4], rels[4]));
        Assert.Equal((5, "nsubj"), (heads[2], rels[2]));
        Assert.Equal((5, "obj"), (heads[5], rels[5]));
        Assert.Equal((9, "case"), (heads[6], rels[6]));
        Assert.Equal((9, "det"), (heads[7], rels[7]));
    }

    [Fact]
    public void Every_word_gets_a_head_and_there_is_one_root()
    {
        // Odd input: unknown tags, repeated words, a long run of punctuation.
        var words = Enumerable.Range(0, 60).Select(i => i % 7 == 0 ? "," : i % 5 == 0 ? "and" : "word" + i).ToList();
        var upos = words.Select((w, i) => i % 3 == 0 ? "X" : "NOUN").ToList();
        var xpos = words.Select((w, i) => i % 4 == 0 ? "???" : "NN").ToList();
        var heads = new int[words.Count];
        var rels = new string[words.Count];
        Shipped.Value.Parse(words, upos, xpos, heads, rels);
        Assert.Equal(1, heads.Count(h => h == 0));
        Assert.All(rels, r => Assert.Contains(r, Shipped.Value.Labels));
        for (int i = 0; i < heads.Length; i++)
        {
            Assert.InRange(heads[i], 0, words.Count);
            Assert.NotEqual(i + 1, heads[i]);
            int a = i + 1, steps = 0;
            while (a != 0 && steps++ <= words.Count) a = heads[a - 1];
            Assert.Equal(0, a); // no cycles
        }
    }

    [Fact]
    public void Empty_sentence_is_fine()
    {
        Shipped.Value.Parse([], [], [], [], []);
    }

    [Fact]
    public void Shipped_model_names_its_training_data()
    {
        Assert.Contains("UD_English-EWT", Shipped.Value.Credit);
        var head = File.ReadAllBytes(DataDirectory.File("models", "parser.bin")).AsSpan(0, 400).ToArray();
        var text = System.Text.Encoding.ASCII.GetString(head);
        Assert.StartsWith("Kronika dependency parser model\nformat: 1\n", text);
        Assert.Contains("CC BY-SA 4.0", text);
    }

    [Fact]
    public void Missing_model_is_an_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "kronika-no-such-" + Guid.NewGuid() + ".bin");
        var e = Assert.Throws<FileNotFoundException>(() => DependencyParser.Load(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Corrupt_or_truncated_model_is_an_error_naming_it()
    {
        var dir = Directory.CreateTempSubdirectory("kronika-parser-");
        try
        {
            var garbage = Path.Combine(dir.FullName, "garbage.bin");
            File.WriteAllText(garbage, "this is not a model\n");
            var e = Assert.Throws<InvalidDataException>(() => DependencyParser.Load(garbage));
            Assert.Contains(garbage, e.Message);

            var model = TrainTiny(seed: 3);
            var good = Path.Combine(dir.FullName, "good.bin");
            model.Save(good);
            var bytes = File.ReadAllBytes(good);

            var truncated = Path.Combine(dir.FullName, "truncated.bin");
            File.WriteAllBytes(truncated, bytes[..(bytes.Length * 2 / 3)]);
            e = Assert.Throws<InvalidDataException>(() => DependencyParser.Load(truncated));
            Assert.Contains(truncated, e.Message);

            var flipped = Path.Combine(dir.FullName, "flipped.bin");
            var copy = (byte[])bytes.Clone();
            copy[copy.Length / 2] ^= 0x5A;
            File.WriteAllBytes(flipped, copy);
            e = Assert.Throws<InvalidDataException>(() => DependencyParser.Load(flipped));
            Assert.Contains(flipped, e.Message);

            var otherFormat = Path.Combine(dir.FullName, "format9.bin");
            File.WriteAllBytes(otherFormat, System.Text.Encoding.ASCII.GetBytes("Kronika dependency parser model\nformat: 9\n\n"));
            e = Assert.Throws<InvalidDataException>(() => DependencyParser.Load(otherFormat));
            Assert.Contains(otherFormat, e.Message);
            Assert.Contains("format", e.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed_and_learns_the_toy_grammar()
    {
        var dir = Directory.CreateTempSubdirectory("kronika-parser-");
        try
        {
            var a = Path.Combine(dir.FullName, "a.bin");
            var b = Path.Combine(dir.FullName, "b.bin");
            TrainTiny(seed: 7).Save(a);
            TrainTiny(seed: 7).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));

            var reloaded = DependencyParser.Load(a);
            var (heads, rels) = Parse(reloaded, "Georgia/PROPN/NNP recalled/VERB/VBD its/PRON/PRP$ ambassador/NOUN/NNS ./PUNCT/.");
            Assert.Equal(new[] { 2, 0, 4, 2, 2 }, heads);
            Assert.Equal(new[] { "nsubj", "root", "nmod:poss", "obj", "punct" }, rels);
            var (score, _) = ParserEvaluation.Evaluate(reloaded, Toy());
            Assert.True(score > 90, $"UAS on the toy treebank: {score}");
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Jackknifed_copies_carry_tags_from_taggers_that_did_not_see_them()
    {
        var toy = Toy();
        var seen = new List<HashSet<string>>();
        var data = ParserTrainingData.WithJackknifedTags(toy, 5, part =>
        {
            var texts = part.Select(s => string.Join(' ', s.Words.Select(w => w.Form))).ToHashSet();
            seen.Add(texts);
            return (words, upos, xpos) =>
            {
                Assert.DoesNotContain(string.Join(' ', words), texts);
                for (int i = 0; i < words.Count; i++) { upos[i] = "X"; xpos[i] = "FW"; }
            };
        });
        Assert.Equal(5, seen.Count);
        Assert.Equal(toy.Count * 2, data.Count);
        Assert.Equal(toy, data.Take(toy.Count));
        for (int i = 0; i < toy.Count; i++)
        {
            var copy = data[toy.Count + i];
            Assert.All(copy.Words, w => Assert.Equal(("X", "FW"), (w.Upos, w.Xpos)));
            Assert.Equal(toy[i].Words.Select(w => (w.Head, w.Deprel)), copy.Words.Select(w => (w.Head, w.Deprel)));
        }
    }

    private static DependencyParser TrainTiny(int seed) => DependencyParser.Train(Toy(), null, iterations: 8, seed: seed);

    /// <summary>A tiny synthetic treebank: "SUBJ VERB (DET|POSS) OBJ ." and passives with "by".</summary>
    private static List<ConlluSentence> Toy()
    {
        string[] subjects = ["Russia", "Georgia", "Moscow", "Tbilisi", "Ukraine"];
        string[] verbs = ["expelled", "recalled", "accused", "welcomed", "criticized"];
        string[] objects = ["diplomats", "ambassador", "envoy", "troops", "officials"];
        var list = new List<ConlluSentence>();
        int k = 0;
        foreach (var s in subjects)
            foreach (var v in verbs)
            {
                var o = objects[k++ % objects.Length];
                bool possessive = k % 2 == 0;
                list.Add(new ConlluSentence(null, null,
                [
                    new ConlluWord(1, s, s, "PROPN", "NNP", 2, "nsubj"),
                    new ConlluWord(2, v, v, "VERB", "VBD", 0, "root"),
                    possessive ? new ConlluWord(3, "its", "its", "PRON", "PRP$", 4, "nmod:poss") : new ConlluWord(3, "the", "the", "DET", "DT", 4, "det"),
                    new ConlluWord(4, o, o, "NOUN", "NNS", 2, "obj"),
                    new ConlluWord(5, ".", ".", "PUNCT", ".", 2, "punct"),
                ]));
                list.Add(new ConlluSentence(null, null,
                [
                    new ConlluWord(1, "The", "the", "DET", "DT", 2, "det"),
                    new ConlluWord(2, o, o, "NOUN", "NNS", 4, "nsubj:pass"),
                    new ConlluWord(3, "were", "be", "AUX", "VBD", 4, "aux:pass"),
                    new ConlluWord(4, v, v, "VERB", "VBN", 0, "root"),
                    new ConlluWord(5, "by", "by", "ADP", "IN", 6, "case"),
                    new ConlluWord(6, s, s, "PROPN", "NNP", 4, "obl:agent"),
                    new ConlluWord(7, ".", ".", "PUNCT", ".", 4, "punct"),
                ]));
            }
        return list;
    }
}
