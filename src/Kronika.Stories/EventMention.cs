using Kronika.Documents;
using Kronika.Events;

namespace Kronika.Stories;

/// <summary>
/// One report of an event: the event record coded from one sentence of one article, with what the article
/// tells about itself: when it was published, the outlet, its address, and whether the sentence leads it.
/// </summary>
public sealed record EventMention(EventRecord Event, PartialDate? Reported, string Source, string Url = "", bool Lead = false)
{
    /// <summary>When the event happened by this report, or null when nothing dates it.</summary>
    public PartialDate? Date { get; } = EventDates.Parse(Event.Date);

    /// <summary>When its document was stored (UTC); an event was added when its first report was.</summary>
    public DateTime Stored { get; init; }

    /// <summary>The outlet a document came from: its site name, else its address's host, else its file name.</summary>
    public static string SourceOf(string? site, string? url, string documentName)
    {
        if (!string.IsNullOrWhiteSpace(site)) return site.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return documentName;
    }
}
