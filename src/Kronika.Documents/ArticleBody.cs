namespace Kronika.Documents;

/// <summary>The article body a reader sees: what `kronika clean --body` prints and what the extraction benchmark scores.</summary>
public static class ArticleBody
{
    /// <summary>The body lines of a document (after cleaning), one a line.</summary>
    public static IEnumerable<string> Lines(SourceDocument document) =>
        document.Body.Select(span => document.Text[span.Start..span.End]);

    /// <summary>Extracts an HTML page and cleans it as the reader does, without the language check, and returns its body text.</summary>
    public static string FromHtml(string name, string html, DocumentCleaner cleaner)
    {
        var page = HtmlArticleExtractor.Extract(html);
        if (string.IsNullOrWhiteSpace(page.Text)) return "";
        var document = new SourceDocument(name, page.Text, page.Title, page.Url, page.Date);
        cleaner.Apply(document);
        return string.Join('\n', Lines(document));
    }
}
