using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kronika.Documents;
using Kronika.Language;
using Kronika.Language.Parsing;
using Kronika.Language.Tagging;
using Kronika.Language.Treebank;

namespace Kronika.Cli;

/// <summary>`kronika train-language`, `eval-language` and `parse`: Kronika's own English models.</summary>
public static class LanguageCommands
{
    public static Command Train()
    {
        var treebank = new Option<string>("--treebank") { Description = "UD treebank folder (*-ud-train/dev/test.conllu)", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write the model files to", DefaultValueFactory = _ => Path.Combine("data", "models") };
        var seed = new Option<int>("--seed") { Description = "Random seed (training is deterministic given it)", DefaultValueFactory = _ => 1 };
        var command = new Command("train-language", "Train the tagger, lemmatizer and dependency parser on a UD treebank") { treebank, output, seed };
        command.SetAction(parse => RunTrain(parse.GetValue(treebank)!, parse.GetValue(output)!, parse.GetValue(seed)));
        return command;
    }

    private static int RunTrain(string treebank, string outDir, int seed)
    {
        var (trainPath, devPath, _) = ConlluReader.Splits(treebank);
        var train = ConlluReader.Read(trainPath).ToList();
        var dev = ConlluReader.Read(devPath).ToList();
        Directory.CreateDirectory(outDir);
        var watch = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{watch.Elapsed:mm\\:ss}] {message}");
        Log($"read {train.Count} training and {dev.Count} development sentences");
        var tagger = PosTagger.Train(train, dev, LanguageModels.TaggerIterations, seed, Log);
        tagger.Save(Path.Combine(outDir, LanguageModels.TaggerFile));
        var lemmatizer = TreebankLemmatizer.Train(train);
        lemmatizer.Save(Path.Combine(outDir, LanguageModels.LemmatizerFile));
        // The parser learns from the tagger's mistakes: each training sentence also appears with tags from a
        // tagger trained on the other nine tenths (10-fold jackknifing), and dev is tagged by the real tagger.
        var parserTrain = ParserTrainingData.WithJackknifedTags(train, 10, part => PosTagger.Train(part, null, LanguageModels.TaggerIterations, seed).Tag);
        var parser = DependencyParser.Train(parserTrain, ParserTrainingData.Retag(dev, tagger.Tag), LanguageModels.ParserIterations, seed, Log);
        parser.Save(Path.Combine(outDir, LanguageModels.ParserFile));
        Log($"models written to {outDir}");
        return ExitCodes.Success;
    }

    public static Command Eval()
    {
        var treebank = new Option<string>("--treebank") { Description = "UD treebank folder (its *-ud-test.conllu is scored)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object" };
        var command = new Command("eval-language", "Score the tagger, lemmatizer and parser on a treebank's test split (gold tokens, predicted tags)") { treebank, json };
        command.SetAction(parse => RunEval(parse.GetValue(treebank)!, parse.GetValue(json)));
        return command;
    }

    private static int RunEval(string treebank, bool json)
    {
        var models = LanguageModels.LoadDefault();
        var test = ConlluReader.Read(ConlluReader.Splits(treebank).Test).ToList();
        // Tags as the pipeline reads them: the tagger's, then the repair of data/language/finite-verbs.tsv.
        var (upos, xpos, lemma) = TaggerTraining.Evaluate(models.Tag, models.Lemmatizer, test);
        // The parser reports percentages; the tagger fractions. Everything below is a fraction.
        var (uasPercent, lasPercent) = ParserEvaluation.Evaluate(models.Parser, test, sentence =>
        {
            var words = sentence.Words.Select(w => w.Form).ToArray();
            var u = new string[words.Length];
            var x = new string[words.Length];
            models.Tag(words, u, x);
            return (u, x);
        });
        double uas = uasPercent / 100, las = lasPercent / 100;
        if (json)
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["sentences"] = test.Count, ["words"] = test.Sum(s => s.Words.Length),
                ["upos"] = Math.Round(upos, 4), ["xpos"] = Math.Round(xpos, 4), ["lemma"] = Math.Round(lemma, 4), ["uas"] = Math.Round(uas, 4), ["las"] = Math.Round(las, 4),
            }));
        else
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sentences={test.Count} words={test.Sum(s => s.Words.Length)} upos={upos:P2} xpos={xpos:P2} lemma={lemma:P2} uas={uas:P2} las={las:P2}"));
        return ExitCodes.Success;
    }

    public static Command Parse()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files to analyse, or - for standard input" };
        var command = new Command("parse", "Print the tokens, tags, lemmas and dependency trees of articles as CoNLL-U with character offsets") { paths };
        command.SetAction(parse => RunParse(parse.GetValue(paths)!));
        return command;
    }

    private static int RunParse(string[] paths)
    {
        var analyzer = TextAnalyzer.LoadDefault();
        var cleaner = DocumentCleaner.LoadDefault();
        var inputs = new ReportedInputs(paths);
        var output = Console.Out;
        foreach (var document in inputs.Documents())
        {
            cleaner.Apply(document);
            var analysis = analyzer.Analyze(document);
            output.WriteLine($"# newdoc id = {document.Name}");
            foreach (var sentence in analysis.Sentences)
            {
                output.WriteLine($"# sent_id = {document.Name}#{sentence.Index + 1}");
                output.WriteLine($"# text = {analysis.TextOf(sentence).ReplaceLineEndings(" ")}");
                var tokens = analysis.TokensOf(sentence);
                for (int i = 0; i < tokens.Length; i++)
                {
                    var t = tokens[i];
                    int head = t.Head == Token.Root ? 0 : t.Head - sentence.FirstToken + 1;
                    output.WriteLine($"{i + 1}\t{t.Text}\t{t.Lemma}\t{t.Upos}\t{t.Xpos}\t_\t{head}\t{t.Deprel}\t_\tTokenRange={t.Start}:{t.End}");
                }
                output.WriteLine();
            }
        }
        return inputs.ExitCode;
    }
}
