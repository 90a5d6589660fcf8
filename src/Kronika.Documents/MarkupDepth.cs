namespace Kronika.Documents;

/// <summary>
/// How deep a page's markup nests, counted cheaply on the raw text before it is parsed: building a tree of tens of
/// thousands of nested elements takes a parser minutes (each new element is checked against every open one) and the
/// tree's walkers deep stacks, while real pages nest a few dozen levels, so a page nested thousands of levels deep is
/// refused instead of hanging the run.
/// </summary>
public static class MarkupDepth
{
    /// <summary>Pages nested deeper than this are refused.</summary>
    public const int Limit = 2_000;

    /// <summary>Elements a parser never closes on its own, so each open tag of one is a level until its end tag.</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "span", "section", "article", "main", "table", "tbody", "tr", "td", "ul", "ol", "blockquote", "a", "b", "i",
        "em", "strong", "font", "center", "form", "nav", "header", "footer", "aside", "figure", "small", "big", "u", "s",
    };

    /// <summary>The deepest nesting of container elements in the markup (an estimate: end tags that close nothing are not checked).</summary>
    public static int Of(string html)
    {
        var containers = Containers.GetAlternateLookup<ReadOnlySpan<char>>();
        int depth = 0, deepest = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            bool closing = html[i + 1] == '/';
            int start = closing ? i + 2 : i + 1, end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
            if (end == start) { i++; continue; }
            var name = html.AsSpan(start, end - start);
            int close = html.IndexOf('>', end);
            if (close < 0) break;
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // A script's text is no markup: skip to its end tag.
                int after = html.IndexOf("</" + name.ToString(), close, StringComparison.OrdinalIgnoreCase);
                i = after < 0 ? html.Length : after + 2;
                continue;
            }
            if (containers.Contains(name))
            {
                if (closing) depth = Math.Max(0, depth - 1);
                else if (html[close - 1] != '/') deepest = Math.Max(deepest, ++depth);
            }
            i = close + 1;
        }
        return deepest;
    }
}
