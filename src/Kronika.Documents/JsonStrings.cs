using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kronika.Documents;

/// <summary>
/// A JSON string value as text, also when it escapes half a surrogate pair ("\ud83d" alone: a scraper that cut an
/// emoji in two). System.Text.Json throws on those; each such escape is read as U+FFFD instead, as undecodable
/// bytes are elsewhere, so one bad character costs a character, not the article.
/// </summary>
public static partial class JsonStrings
{
    public static string? Read(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException) when (value.ValueKind == JsonValueKind.String)
        {
            using var repaired = JsonDocument.Parse(UnpairedSurrogate().Replace(value.GetRawText(), @"\ufffd"));
            return repaired.RootElement.GetString();
        }
    }

    /// <summary>A high surrogate escape not followed by a low one, or a low one not preceded by a high one; never an escaped backslash's "u".</summary>
    [GeneratedRegex(@"(?<=(?<!\\)(?:\\\\)*)(?:\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex UnpairedSurrogate();
}
