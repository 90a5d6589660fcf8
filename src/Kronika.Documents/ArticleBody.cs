namespace Kronika.Documents;

/// <summary>The article body a reader sees: what `kronika clean --body` prints and what the extraction benchmark scores.</summary>
public static class ArticleBody
{
    /// <summary>The body lines of a document (after cleaning), one a line.</summary>
    public static IEnumerable<string> Lines(SourceDocument document) =>
        document.Body.Select(span => document.Text[span.Start..span.End]);

    /// <summary>
    /// Extracts an HTML page and drops its noise lines as the reader does, without the language check, and returns its
    /// body text. The passes that serve coding rather than reading (the wire dateline, an appended story) are left out:
    /// they are part of the article a reader sees.
    /// </summary>
    public static string FromHtml(string name, string html, DocumentCleaner cleaner)
    {
        var page = HtmlArticleExtractor.Extract(html);
        if (string.IsNullOrWhiteSpace(page.Text)) return "";
        var document = new SourceDocument(name, page.Text, page.Title, page.Url, page.Date);
        cleaner.Noise.Apply(document);
        return string.Join('\n', Lines(document));
    }
}
