using Kronika.Documents;

namespace Kronika.Language.Tests;

public class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new(Abbreviations.LoadDefault());

    private static string[] Texts(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Clitics_are_split() =>
        Assert.Equal(["Iran", "did", "n't", "reply", "to", "Iraq", "'s", "note", "."], Texts("Iran didn't reply to Iraq's note."));

    [Fact]
    public void Typographic_apostrophes_are_clitics_too() =>
        Assert.Equal(["Georgia", "’s", "capital"], Texts("Georgia’s capital"));

    [Fact]
    public void Abbreviations_and_initials_keep_their_period() =>
        Assert.Equal(["Gen.", "Smith", "met", "U.S.", "envoys", "and", "Mr.", "J.", "Doe", "."], Texts("Gen. Smith met U.S. envoys and Mr. J. Doe."));

    [Fact]
    public void Hyphenated_words_numbers_and_percentages() =>
        Assert.Equal(["Moscow-backed", "rebels", "lost", "1,200", "men", ",", "3.5", "%", "of", "the", "force"], Texts("Moscow-backed rebels lost 1,200 men, 3.5% of the force"));

    [Fact]
    public void Dates_times_and_cannot() =>
        Assert.Equal(["On", "19/05/2009", "at", "15:45", "Seoul", "can", "not", "wait", ":", "no"], Texts("On 19/05/2009 at 15:45 Seoul cannot wait: no"));

    [Fact]
    public void Quotes_and_dashes_are_tokens_of_their_own() =>
        Assert.Equal(["“", "Peace", ",", "”", "he", "said", "--", "twice", "—", "in", "‘", "Kyiv", "’"], Texts("“Peace,” he said -- twice — in ‘Kyiv’"));

    [Fact]
    public void Urls_and_email_addresses_are_single_tokens()
    {
        var tokens = Tokenizer.Tokenize("See https://example.com/a?b=1. Write to desk@example.org.");
        Assert.Contains(tokens, t => t.Text == "https://example.com/a?b=1" && t.Kind == TokenKind.Url);
        Assert.Contains(tokens, t => t.Text == "desk@example.org" && t.Kind == TokenKind.Url);
    }

    [Fact]
    public void Offsets_point_at_the_token_text()
    {
        const string text = "  “We are ready,” said Lavrov -- again… (twice)";
        foreach (var token in Tokenizer.Tokenize(text))
            Assert.Equal(token.Text, text[token.Start..token.End]);
    }
}

public class SentenceSplitterTests
{
    private static readonly Tokenizer Tokenizer = new(Abbreviations.LoadDefault());
    private static readonly TextAnalyzer Analyzer = new(Tokenizer, LanguageModels.LoadDefault());

    private static string[] Sentences(string text)
    {
        var doc = new SourceDocument("t.txt", text);
        var analysis = Analyzer.Analyze(doc);
        return analysis.Sentences.Select(analysis.TextOf).ToArray();
    }

    [Fact]
    public void Abbreviations_do_not_end_sentences() =>
        Assert.Equal(["Mr. Obama met Gen. Petraeus in the U.S. capital.", "They talked."], Sentences("Mr. Obama met Gen. Petraeus in the U.S. capital. They talked."));

    [Fact]
    public void Closing_quotes_stay_with_their_sentence() =>
        Assert.Equal(["\"We will respond.\"", "Ankara said so."], Sentences("\"We will respond.\" Ankara said so."));

    [Fact]
    public void Lines_and_pipes_end_sentences() =>
        Assert.Equal(["Headline without a stop", "Troops in Mali", "The body starts here."], Sentences("Headline without a stop\nTroops in Mali | The body starts here."));

    [Fact]
    public void A_lowercase_continuation_does_not_start_a_sentence() =>
        Assert.Equal(["The talks will reconvene on July 1. with agencies"], Sentences("The talks will reconvene on July 1. with agencies"));

    [Fact]
    public void Question_and_exclamation_marks_end_sentences() =>
        Assert.Equal(["Will Seoul answer?", "Nobody knows!", "Fine."], Sentences("Will Seoul answer? Nobody knows! Fine."));

    [Fact]
    public void A_run_without_a_sentence_end_is_cut_at_the_longest_sentence()
    {
        // 1,000 words and no stop (a scraped blob): four sentences of 250 tokens, so no stage's work grows with the square of the whole.
        var sentences = Sentences(string.Concat(Enumerable.Repeat("Georgia and Russia hold talks ", 200)));
        Assert.Equal(1_000 / SentenceSplitter.MaxTokens, sentences.Length);
        Assert.All(sentences, s => Assert.Equal(SentenceSplitter.MaxTokens, s.Split(' ').Length));
    }
}

public class AnalyzerTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault(["cede"]);

    private static Token[] Analyze(string text) => Analyzer.Analyze(new SourceDocument("t.txt", text)).Tokens;

    [Fact]
    public void Tokens_get_tags_lowercase_lemmas_and_heads_within_their_sentence()
    {
        var tokens = Analyze("Sweden expelled two Iranian diplomats. Tehran protested.");
        Assert.Equal(["sweden", "expel", "two", "iranian", "diplomat", "."], tokens[..6].Select(t => t.Lemma).ToArray());
        Assert.Equal(("VERB", "VBD"), (tokens[1].Upos, tokens[1].Xpos));
        Assert.Equal((1, "nsubj"), (tokens[0].Head, tokens[0].Deprel));
        Assert.Equal((Token.Root, "root"), (tokens[1].Head, tokens[1].Deprel));
        Assert.Equal((1, "obj"), (tokens[4].Head, tokens[4].Deprel));
        Assert.Equal((7, "nsubj"), (tokens[6].Head, tokens[6].Deprel));
    }

    [Fact]
    public void Known_lemmas_guide_unseen_words() =>
        Assert.Equal("cede", Analyze("Bolivia ceded the land.")[1].Lemma);
}

public class ConlluReaderTests
{
    [Fact]
    public void Reads_words_skipping_multiword_ranges_and_empty_nodes()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "# sent_id = s1\n# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_\n3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
        var sentence = Assert.Single(Kronika.Language.Treebank.ConlluReader.Read(path));
        File.Delete(path);
        Assert.Equal("s1", sentence.SentId);
        Assert.Equal(["I", "do", "n't", "."], sentence.Words.Select(w => w.Form).ToArray());
        Assert.Equal(0, sentence.Words[2].Head);
        Assert.Equal("nsubj", sentence.Words[0].Deprel);
    }
}
