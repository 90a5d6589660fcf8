using Kronika.Documents;
using Kronika.Language.Tagging;

namespace Kronika.Language.Tests;

public class FiniteVerbRepairTests
{
    private static readonly Lazy<TextAnalyzer> Analyzer = new(() => TextAnalyzer.LoadDefault());
    private static readonly FiniteVerbRepair Repair = new(["shot"], ["named"], ["spoke"]);

    private static (string[] Upos, string[] Xpos) Repaired(string[] words, string[] xpos)
    {
        var upos = xpos.Select(x => x switch { "VBN" or "VBD" => "VERB", "NN" or "NNS" => "NOUN", "NNP" => "PROPN", "CD" => "NUM", "DT" => "DET", "IN" => "ADP", _ => "X" }).ToArray();
        var tags = (string[])xpos.Clone();
        Repair.Apply(words, upos, tags);
        return (upos, tags);
    }

    [Theory]
    [InlineData("Police arrested three men", "NNS VBN CD NNS")]
    [InlineData("Troops shot two smugglers", "NNS VBN CD NNS")]
    [InlineData("Ghanaian police detained the editor", "NNP NN VBN DT NN")]
    [InlineData("Thousands of farmers marched on the capital .", "NNS IN NNS VBN IN DT NN .")]
    [InlineData("The minister and his counterpart , Ali Khan , spoke by phone .", "DT NN CC PRP$ NN , NNP NNP , VBN IN NN .")]
    public void A_participle_after_the_first_noun_phrase_and_before_an_object_is_the_clause_verb(string sentence, string tags)
    {
        var words = sentence.Split(' ');
        var xpos = tags.Split(' ');
        Assert.Equal("VBD", Repaired(words, xpos).Xpos[Array.IndexOf(xpos, "VBN")]);
    }

    [Theory]
    [InlineData("A priest named John", "DT NN VBN NNP")]
    [InlineData("The arms seized in May", "DT NNS VBN IN NNP")]
    [InlineData("The men were arrested the next day", "DT NNS VBD VBN DT JJ NN")]
    [InlineData("Soldiers taken prisoners", "NNS VBN NNS")]
    [InlineData("Villagers killed in blast", "NNS VBN IN NN")]
    [InlineData("Half of the grain exported by Ukraine .", "NN IN DT NN VBN IN NNP .")]
    [InlineData("Crowds gathered in the square were dispersed .", "NNS VBN IN DT NN VBD VBN .")]
    public void A_participle_that_modifies_a_noun_or_follows_a_verb_stays_one(string sentence, string tags)
    {
        var words = sentence.Split(' ');
        var xpos = tags.Split(' ');
        var participle = Array.IndexOf(xpos, "VBN");
        Assert.Equal("VBN", Repaired(words, xpos).Xpos[participle]);
    }

    [Fact]
    public void In_the_pipeline_the_police_are_the_subject_of_the_arrest()
    {
        // The tagger alone reads "arrested" here as a participle and the parser makes "police" the root.
        var document = Analyzer.Value.Analyze(new SourceDocument("t.txt", "The police arrested three protesters."));
        var arrested = document.Tokens.Single(t => t.Text == "arrested");
        Assert.Equal("VBD", arrested.Xpos);
        Assert.Equal(Token.Root, arrested.Head);
        Assert.Equal("nsubj", document.Tokens.Single(t => t.Text == "police").Deprel);
    }

    [Fact]
    public void A_malformed_row_is_an_error_naming_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"finite-verbs-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# kind\tword\npast\tshot\nverb\tleft\n");
        try
        {
            var error = Assert.Throws<FormatException>(() => FiniteVerbRepair.Load(path));
            Assert.Contains(":3:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
