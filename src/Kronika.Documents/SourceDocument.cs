using System.Security.Cryptography;
using System.Text;

namespace Kronika.Documents;

/// <summary>How a publication date was obtained.</summary>
public enum DateBasis : byte { None, Metadata, Stated, Inferred }

/// <summary>
/// One article as read from its file: the decoded text every offset in Kronika points into,
/// the spans of that text that are article body, and what is known about it.
/// </summary>
public sealed class SourceDocument
{
    public SourceDocument(string name, string text, string? title = null, string? url = null, PartialDate? metadataDate = null)
    {
        Name = name;
        Text = text;
        Title = title;
        Url = url;
        Id = ContentId(text);
        if (metadataDate?.IfValid is { } d)
        {
            PublicationDate = d;
            PublicationDateBasis = DateBasis.Metadata;
        }
    }

    /// <summary>Display name: the file name, with ":line" for one line of a JSON Lines file.</summary>
    public string Name { get; }

    /// <summary>Stable id: a hash of the text, so the same article read twice has the same id.</summary>
    public string Id { get; }

    public string Text { get; }
    public string? Title { get; set; }
    public string? Url { get; set; }

    /// <summary>
    /// Where the title, author, site name and URL were read from ("og:title", "json-ld author", "link canonical"),
    /// when a page's markup gave them; null for a field its input did not give or gave without saying where.
    /// </summary>
    public string? TitleBasis { get; set; }
    public string? AuthorBasis { get; set; }
    public string? SiteNameBasis { get; set; }
    public string? UrlBasis { get; set; }

    /// <summary>Every publication date a page's markup gave, with its source, the winner among them (see <see cref="PageMetadata"/>).</summary>
    public IReadOnlyList<DateCandidate> MetadataDates { get; init; } = [];

    /// <summary>When the article was published; a date the calendar does not hold (see <see cref="PartialDate.IsValid"/>) is no date, since every later stage computes with it.</summary>
    public PartialDate? PublicationDate
    {
        get => _publicationDate;
        set => _publicationDate = value?.IfValid;
    }

    private PartialDate? _publicationDate;
    public DateBasis PublicationDateBasis { get; set; }

    /// <summary>
    /// Where the publication date came from: for a metadata date, its source ("json-ld datePublished", "url path", "metadata.csv:2"); for an
    /// inferred one, what it was inferred from ("year 2012; reports \"in August 2008\"; president Dmitry Medvedev...").
    /// </summary>
    public string? PublicationDateEvidence { get; set; }

    /// <summary>The month and day of a dateline that gave no year ("MOSCOW, March 2 (Reuters) -").</summary>
    public (int Month, int Day)? DatelineMonthDay { get; set; }

    /// <summary>A day the article cannot predate, from a dated photo caption or credit: a lower bound for inferring the publication date.</summary>
    public DateOnly? PublishedNotBefore { get; set; }

    /// <summary>The lines dropped as noise, each with the rule that dropped it (see <see cref="NoiseFilter"/>).</summary>
    public IReadOnlyList<NoiseLine> Noise { get; set; } = [];

    /// <summary>The author named by a byline ("By Jane Doe"), kept as metadata when the line is dropped.</summary>
    public string? Author { get; set; }

    /// <summary>The publishing site's name, when the page (og:site_name), the record or a manifest says it.</summary>
    public string? SiteName { get; set; }

    /// <summary>How the file was decoded ("utf-8", "windows-1252"...), with the mojibake runs repaired and U+FFFD characters kept.</summary>
    public string Encoding { get; init; } = "utf-8";
    public int MojibakeRepairs { get; init; }
    public int ReplacementCharacters { get; init; }

    /// <summary>SimHash of the body, for finding syndicated copies (set by <see cref="DocumentCleaner"/>).</summary>
    public ulong Fingerprint { get; set; }

    /// <summary>Spans of <see cref="Text"/> that are article body (noise lines left out), in order.</summary>
    public IReadOnlyList<TextSpan> Body { get; set; } = [];

    /// <summary>
    /// A copy with what reading gave (text, title, address, site, author, metadata date, decoding) and nothing the
    /// later stages add, for running the pipeline over the same input again (`kronika bench`). Call it before the
    /// document is processed: the cleaner fills in the title, author and date.
    /// </summary>
    public SourceDocument CopyAsRead() => new(Name, Text, Title, Url)
    {
        PublicationDate = PublicationDate,
        PublicationDateBasis = PublicationDateBasis,
        PublicationDateEvidence = PublicationDateEvidence,
        Author = Author,
        SiteName = SiteName,
        Encoding = Encoding,
        MojibakeRepairs = MojibakeRepairs,
        ReplacementCharacters = ReplacementCharacters,
    };

    /// <summary>Adds noise found after the noise filter (an appended story, a dateline), keeping <see cref="Noise"/> in text order.</summary>
    public void AddNoise(IEnumerable<NoiseLine> lines) => Noise = Noise.Concat(lines).OrderBy(n => n.Span.Start).ToList();

    /// <summary>Hex SHA-256 (first 16 bytes) of the text with line endings and outer whitespace normalized.</summary>
    public static string ContentId(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Trim();
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(normalized), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}

/// <summary>A half-open character range [Start, End) of a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>A line of a document that is not article body, and the noise rule that says so.</summary>
public readonly record struct NoiseLine(TextSpan Span, string Label);

/// <summary>An input that could not be read, with where and why.</summary>
public sealed record InputRefusal(string Path, int? Line, string Reason)
{
    public override string ToString() => Line is { } l ? $"{Path}:{l}: {Reason}" : $"{Path}: {Reason}";
}
