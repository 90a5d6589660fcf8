namespace Kronika.Documents;

/// <summary>
/// The document stage after reading: marks the body lines (noise filter), finds the headline when the
/// metadata gave none, and the publication date when the metadata gave none.
/// </summary>
public sealed class DocumentCleaner(NoiseFilter noise, AppendedStoryDetector appended)
{
    public static DocumentCleaner LoadDefault() => new(NoiseFilter.LoadDefault(), AppendedStoryDetector.LoadDefault());

    public NoiseFilter Noise => noise;

    public void Apply(SourceDocument document)
    {
        noise.Apply(document);
        appended.Apply(document);
        document.Title ??= Headline(document);
        Dateline.Apply(document);
        document.Author ??= Byline(document);
        document.Fingerprint = SimHash.Of(document.Text, document.Body);
        PublicationDateFinder.Apply(document);
    }

    /// <summary>The name on the first byline ("By Jane Doe, Reuters" → "Jane Doe, Reuters").</summary>
    public static string? Byline(SourceDocument document)
    {
        foreach (var line in document.Noise)
            if (line.Label == "byline")
            {
                var text = document.Text.AsSpan(line.Span.Start, line.Span.Length).Trim();
                int space = text.IndexOf(' ');
                return space > 0 ? text[(space + 1)..].Trim().ToString() : null;
            }
        return null;
    }

    /// <summary>
    /// A first body line that reads as a headline: short, capitalised, without a sentence's final
    /// punctuation, and followed by a blank line ("Georgia and Russia resume security talks").
    /// </summary>
    public static string? Headline(SourceDocument document)
    {
        if (document.Body.Count < 2) return null;
        var first = document.Body[0];
        var line = document.Text.AsSpan(first.Start, first.Length).Trim();
        if (line.Length == 0 || !char.IsUpper(line[0]) || line[^1] is '.' or '!' or '?' or '"' or '”' or ':' or ',' or ';') return null;
        int words = line.Count(' ') + 1;
        if (words < 3 || words > 20) return null;
        // The next line of the raw text must be blank: a headline stands apart from the paragraph after it.
        int next = first.End;
        while (next < document.Text.Length && document.Text[next] is '\r') next++;
        if (next >= document.Text.Length || document.Text[next] != '\n') return null;
        next++;
        while (next < document.Text.Length && document.Text[next] is ' ' or '\t' or '\r') next++;
        return next < document.Text.Length && document.Text[next] == '\n' ? line.ToString() : null;
    }
}
