using Kronika.Documents;
using Kronika.Language.Parsing;
using Kronika.Language.Tagging;

namespace Kronika.Language;

/// <summary>
/// Kronika's trained English models (data/models/): the part-of-speech tagger, the lemmatizer and the
/// dependency parser, trained on the UD English Web Treebank by `kronika train-language`.
/// </summary>
public sealed class LanguageModels(PosTagger tagger, TreebankLemmatizer lemmatizer, DependencyParser parser)
{
    public const string TaggerFile = "tagger.bin";
    public const string LemmatizerFile = "lemmas.tsv.gz";
    public const string ParserFile = "parser.bin";
    public const int TaggerIterations = 10;
    public const int ParserIterations = 15;

    public PosTagger Tagger { get; } = tagger;
    public TreebankLemmatizer Lemmatizer { get; } = lemmatizer;
    public DependencyParser Parser { get; } = parser;

    /// <summary>
    /// Loads the models from a folder; a missing or corrupt file is an error naming it. Lemmas the later
    /// stages know (the event patterns' words) guide the lemmatizer on words the treebank never saw.
    /// </summary>
    public static LanguageModels Load(string directory, IEnumerable<string>? knownLemmas = null)
    {
        var lemmatizer = TreebankLemmatizer.Load(Path.Combine(directory, LemmatizerFile));
        return new LanguageModels(
            PosTagger.Load(Path.Combine(directory, TaggerFile)),
            knownLemmas is null ? lemmatizer : lemmatizer.WithKnownLemmas(knownLemmas),
            DependencyParser.Load(Path.Combine(directory, ParserFile)));
    }

    public static LanguageModels LoadDefault(IEnumerable<string>? knownLemmas = null) => Load(Path.Combine(DataDirectory.Path, "models"), knownLemmas);
}
