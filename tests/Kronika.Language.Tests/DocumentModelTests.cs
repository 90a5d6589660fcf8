using Kronika.Documents;
using Kronika.Language.Parsing;

namespace Kronika.Language.Tests;

public class DocumentModelTests
{
    private static readonly Lazy<TextAnalyzer> Analyzer = new(() => TextAnalyzer.LoadDefault());

    [Fact]
    public void Every_relation_of_the_shipped_parser_is_in_the_closed_set_and_names_back()
    {
        var parser = DependencyParser.Load(DataDirectory.File("models", "parser.bin"));
        foreach (var label in parser.Labels)
        {
            var relation = DependencyRelations.Parse(label);
            Assert.NotEqual(DependencyRelation.Other, relation);
            Assert.Equal(label, relation.Name());
        }
    }

    [Fact]
    public void Every_tag_of_the_shipped_tagger_is_a_part_of_speech_and_names_back()
    {
        var tagger = LanguageModels.LoadDefault().Tagger;
        foreach (var (upos, _) in tagger.Labels)
            Assert.Equal(upos, PartsOfSpeech.Parse(upos).Name());
    }

    [Fact]
    public void Relations_parse_with_their_subtypes_and_bases()
    {
        Assert.Equal(DependencyRelation.NsubjPass, DependencyRelations.Parse("nsubj:pass"));
        Assert.Equal(DependencyRelation.Nsubj, DependencyRelation.NsubjPass.Base());
        Assert.Equal(DependencyRelation.Obl, DependencyRelations.Parse("obl:agent").Base());
        Assert.Equal(DependencyRelation.Ccomp, DependencyRelation.Ccomp.Base());
        Assert.Equal("cc:preconj", DependencyRelation.CcPreconj.Name());
        Assert.Equal(DependencyRelation.None, DependencyRelations.Parse(""));
        Assert.Equal(DependencyRelation.Other, DependencyRelations.Parse("nmod:frob"));
        Assert.True(DependencyRelation.NsubjPass.IsNominalSubject());
        Assert.False(DependencyRelation.NsubjOuter.IsNominalSubject());
    }

    [Fact]
    public void Parts_of_speech_parse_and_name_back()
    {
        foreach (var tag in new[] { "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X" })
            Assert.Equal(tag, PartsOfSpeech.Parse(tag).Name());
        Assert.Equal(PartOfSpeech.None, PartsOfSpeech.Parse(""));
        Assert.Equal(PartOfSpeech.Propn, new Token(0, 6, "Russia", TokenKind.Word) { Upos = "PROPN" }.Pos);
        Assert.Equal(DependencyRelation.Obj, (new Token(0, 6, "Russia", TokenKind.Word) with { Deprel = "obj" }).Relation);
    }

    [Fact]
    public void A_sentence_tree_gives_heads_children_subtrees_and_offsets()
    {
        const string text = "Russia expelled two Georgian diplomats.";
        var document = Analyzer.Value.Analyze(new SourceDocument("t.txt", text));
        var tree = document.Tree(document.Sentences[0]);
        Assert.Same(tree, document.Tree(document.Sentences[0]));
        var verb = tree.Words.Single(w => w.Text == "expelled");
        Assert.Null(verb.Head);
        Assert.Equal(DependencyRelation.Root, verb.Relation);
        var subject = tree[tree.NominalSubjectOf(verb.Index)];
        Assert.Equal("Russia", subject.Text);
        Assert.Equal(verb.Index, subject.Head!.Value.Index);
        var obj = verb.Children.Single(c => c.Relation == DependencyRelation.Obj);
        Assert.Equal(PartOfSpeech.Noun, obj.Pos);
        Assert.Equal("two Georgian diplomats", obj.Subtree.Text);
        Assert.Equal((text.IndexOf("two"), text.IndexOf('.')), (obj.Subtree.Start, obj.Subtree.End));
        Assert.Equal(text[..^1], verb.Subtree.Text[..^1]);
        Assert.Equal(document.Tokens.Length, verb.Subtree.TokenCount);
    }

    [Fact]
    public void A_token_finds_the_tree_of_its_sentence()
    {
        var document = Analyzer.Value.Analyze(new SourceDocument("t.txt", "Russia protested. Georgia denied it."));
        Assert.Equal(2, document.Sentences.Length);
        var second = document.Sentences[1];
        Assert.Same(document.Tree(second), document.TreeAt(second.FirstToken));
        Assert.Same(document.Tree(document.Sentences[0]), document.TreeAt(second.FirstToken - 1));
        var span = document.SpanOf(second.FirstToken, second.EndToken);
        Assert.Equal("Georgia denied it.", span.Text);
        Assert.Equal((second.Start, second.End), (span.Start, span.End));
    }

    [Theory]
    [InlineData("NAIROBI – The head of the election board says he expects a recount.", "head", "says")]
    [InlineData("LIMA, Peru — The minister of the interior said he would resign.", "minister", "said")]
    [InlineData("Canberra (AAP) - The leader of the opposition says she will vote against it.", "leader", "says")]
    public void A_dateline_is_parsed_apart_and_leaves_the_sentence_its_own_subject(string text, string subject, string verb)
    {
        var document = Analyzer.Value.Analyze(new SourceDocument("t.txt", text));
        var tree = document.Tree(document.Sentences[0]);
        var root = tree[tree.Root];
        Assert.Equal(verb, root.Text);
        Assert.Equal(subject, tree[tree.NominalSubjectOf(root.Index)].Text);
        Assert.Equal(DependencyRelation.Dep, tree[document.Sentences[0].FirstToken].Relation);
    }

    [Theory]
    [InlineData("Putin – who rarely comments – said nothing.", 0)]
    [InlineData("BREAKING: Rebels seized the town.", 0)]
    [InlineData("MOSCOW – Russia protested.", 2)]
    [InlineData("ST. PETERSBURG, Russia – Talks resumed.", 5)]
    public void A_dateline_is_a_place_in_capitals_or_before_an_agency_then_a_dash(string text, int length)
    {
        var tokens = new List<Token>();
        Analyzer.Value.Tokenizer.Tokenize(text, 0, text.Length, tokens);
        Assert.Equal(length, Dateline.Length(tokens, 0, tokens.Count));
    }

    [Theory]
    [InlineData("Hundreds of students gathered outside the palace on Friday.", "gathered", true)]
    [InlineData("Dozens of farmers marched to the ministry.", "marched", true)]
    [InlineData("Envoy shot dead in Nairobi", "shot", false)]
    [InlineData("Three of the men were arrested in Lagos.", "arrested", false)]
    public void A_sentence_ending_in_a_full_stop_keeps_a_finite_verb(string text, string verb, bool isRoot)
    {
        var document = Analyzer.Value.Analyze(new SourceDocument("t.txt", text));
        var tree = document.Tree(document.Sentences[0]);
        var word = tree.Words.Single(w => w.Text == verb);
        Assert.Equal(isRoot, word.Relation == DependencyRelation.Root && document.Tokens[word.Index].Xpos == "VBD");
    }
}
