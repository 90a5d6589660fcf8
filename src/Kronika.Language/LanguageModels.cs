using Kronika.Documents;
using Kronika.Language.Parsing;
using Kronika.Language.Tagging;

namespace Kronika.Language;

/// <summary>
/// Kronika's trained English models (data/models/): the part-of-speech tagger, the lemmatizer and the
/// dependency parser, trained on the UD English Web Treebank by `kronika train-language`.
/// </summary>
public sealed class LanguageModels(PosTagger tagger, TreebankLemmatizer lemmatizer, DependencyParser parser, FiniteVerbRepair? repair = null)
{
    public const string TaggerFile = "tagger.bin";
    public const string LemmatizerFile = "lemmas.tsv.gz";
    public const string ParserFile = "parser.bin";
    public const int TaggerIterations = 10;
    public const int ParserIterations = 15;

    public PosTagger Tagger { get; } = tagger;
    public TreebankLemmatizer Lemmatizer { get; } = lemmatizer;
    public DependencyParser Parser { get; } = parser;

    /// <summary>The correction of the tagger's output applied before parsing (none: the tagger's tags as they are).</summary>
    public FiniteVerbRepair? Repair { get; } = repair;

    /// <summary>Tags a sentence as the parser reads it: the tagger's tags, then the repair's corrections.</summary>
    public void Tag(IReadOnlyList<string> words, string[] upos, string[] xpos)
    {
        Tagger.Tag(words, upos, xpos);
        Repair?.Apply(words, upos, xpos);
    }

    /// <summary>
    /// Loads the models from a folder; a missing or corrupt file is an error naming it. Lemmas the later
    /// stages know (the event patterns' words) guide the lemmatizer on words the treebank never saw.
    /// </summary>
    public static LanguageModels Load(string directory, IEnumerable<string>? knownLemmas = null, FiniteVerbRepair? repair = null)
    {
        var lemmatizer = TreebankLemmatizer.Load(Path.Combine(directory, LemmatizerFile));
        return new LanguageModels(
            PosTagger.Load(Path.Combine(directory, TaggerFile)),
            knownLemmas is null ? lemmatizer : lemmatizer.WithKnownLemmas(knownLemmas),
            DependencyParser.Load(Path.Combine(directory, ParserFile)),
            repair);
    }

    public static LanguageModels LoadDefault(IEnumerable<string>? knownLemmas = null) => Load(Path.Combine(DataDirectory.Path, "models"), knownLemmas, FiniteVerbRepair.LoadDefault());
}
