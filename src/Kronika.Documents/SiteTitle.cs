using System.Text;

namespace Kronika.Documents;

/// <summary>
/// Tells a page title's site name from its headline: "Border reopens | East Africa Daily" is the headline
/// "Border reopens" on the site East Africa Daily. A part counts as the site's name when it is the site name
/// the page declares or its host name ("theguardian.com", "TheGuardian"), compared on letters and digits only.
/// </summary>
public static class SiteTitle
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "];

    /// <summary>The title without a leading or trailing site name; the title itself when no part is the site's.</summary>
    public static string WithoutSiteName(string title, string? siteName, string? url)
    {
        var names = SiteNames(siteName, url);
        if (names.Count == 0) return title;
        foreach (var separator in Separators)
        {
            int last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0 && Names(names, title[(last + separator.Length)..]))
                return title[..last].TrimEnd();
            int first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && first + separator.Length < title.Length && Names(names, title[..first]))
                return title[(first + separator.Length)..].TrimStart();
        }
        return title;
    }

    /// <summary>Whether the text is nothing but the site's name (a home page's title, an organisation as author).</summary>
    public static bool IsSiteName(string text, string? siteName, string? url) => Names(SiteNames(siteName, url), text);

    /// <summary>Whether two names are the same on letters and digits ("The Guardian", "the-guardian").</summary>
    public static bool SameName(string name, string? other) => other is not null && Key(name).Length > 0 && Key(name) == Key(other);

    /// <summary>Whether the text is one of the names, with or without a leading "the".</summary>
    private static bool Names(HashSet<string> names, string text)
    {
        var key = Key(text);
        return key.Length > 0 && (names.Contains(key) || (key.StartsWith("the", StringComparison.Ordinal) && names.Contains(key[3..])));
    }

    private static HashSet<string> SiteNames(string? siteName, string? url)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (siteName is not null && Key(siteName) is { Length: > 0 } site)
        {
            names.Add(site);
            if (site.StartsWith("the", StringComparison.Ordinal) && site.Length > 3) names.Add(site[3..]);
        }
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            names.Add(Key(host));
            int dot = host.IndexOf('.');
            if (dot > 0) names.Add(Key(host[..dot]));
            names.Remove("");
        }
        return names;
    }

    /// <summary>Letters and digits, lower-cased: "The Guardian" and "the-guardian" are one name.</summary>
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }
}

/// <summary>Author values as pages write them: "By Jane Doe", a profile URL instead of a name.</summary>
public static class Byline
{
    /// <summary>"By Jane Doe" is "Jane Doe".</summary>
    public static string WithoutBy(string text)
    {
        var s = text.Trim();
        if (s.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) s = s[3..].TrimStart();
        else if (s.StartsWith("by:", StringComparison.OrdinalIgnoreCase)) s = s[3..].TrimStart();
        return s;
    }

    /// <summary>article:author often holds the author's profile page, which names no one.</summary>
    public static bool LooksLikeUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (text.StartsWith('/') && !text.Contains(' '));
}
