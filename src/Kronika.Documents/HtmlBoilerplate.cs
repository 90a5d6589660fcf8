using AngleSharp.Dom;

namespace Kronika.Documents;

/// <summary>
/// Drops the parts of a web page that are no part of its article (data/documents/html-boilerplate.tsv): first the
/// elements that hold no text a reader reads (scripts, styles, players); then page structure (forms, navigation,
/// headers, footers, figures' captions...), landmark roles, elements a reader never sees (hidden, aria-hidden,
/// display:none) and elements named by the words of their class names and id (share bars, related links,
/// advertising, bylines, captions...). An element holding most of the page's prose is kept whatever its tag or names
/// say; the rules then apply to what it holds. What the article quotes (an embedded post) is never dropped for its names.
/// </summary>
public sealed class HtmlBoilerplate
{
    /// <summary>Elements whose names are not judged: a site's classes on them describe the whole page ("single-post ad-free").</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase) { "HTML", "BODY", "MAIN", "ARTICLE" };

    /// <summary>An element with more than this share of the page's prose is the article, or holds it.</summary>
    private const double ArticleShare = 0.5;

    private readonly HashSet<string> _tags;
    private readonly HashSet<string> _elements;
    private readonly HashSet<string> _roles;
    private readonly string[][] _wordRuns;
    private readonly string[][] _keptRuns;

    public HtmlBoilerplate(IEnumerable<string> tags, IEnumerable<string> elements, IEnumerable<string> roles, IEnumerable<string> wordRuns, IEnumerable<string> keptRuns)
    {
        _tags = new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase);
        _elements = new HashSet<string>(elements, StringComparer.OrdinalIgnoreCase);
        _roles = new HashSet<string>(roles, StringComparer.OrdinalIgnoreCase);
        _wordRuns = Runs(wordRuns);
        _keptRuns = Runs(keptRuns);
    }

    private static readonly Lazy<HtmlBoilerplate> Shipped = new(() => Load(DataDirectory.File("documents", "html-boilerplate.tsv")));

    public static HtmlBoilerplate Default => Shipped.Value;

    public static HtmlBoilerplate Load(string path)
    {
        List<string> tags = [], elements = [], roles = [], words = [], kept = [];
        foreach (var (line, fields) in DataDirectory.ReadTable(path))
        {
            if (fields.Length != 2) throw new FormatException($"{path}:{line}: expected 2 tab-separated fields (kind, value), found {fields.Length}");
            var list = fields[0] switch
            {
                "tag" => tags,
                "element" => elements,
                "role" => roles,
                "words" => words,
                "keep" => kept,
                _ => throw new FormatException($"{path}:{line}: unknown kind \"{fields[0]}\" (expected tag, element, role, words or keep)"),
            };
            list.Add(fields[1].Trim().ToLowerInvariant());
        }
        return new HtmlBoilerplate(tags, elements, roles, words, kept);
    }

    /// <summary>Removes the boilerplate of the page in place.</summary>
    public void Prune(IDocument page)
    {
        if (page.Body is not { } body) return;
        // First what holds no text a reader reads (scripts, styles, players), so that what is left to measure is text.
        Remove(body, element => _tags.Contains(element.LocalName), _ => false);
        var pageText = ProseLength(body);
        Remove(body, IsBoilerplate, element => pageText > 0 && ProseLength(element) > ArticleShare * pageText);
        // What the article quotes keeps no names a later reader would judge it by ("social-media-embed" reads as a share bar).
        foreach (var quoted in body.Descendants<IElement>().Where(element => Names(element).Any(name => Contains(name, _keptRuns))).ToList())
        {
            quoted.RemoveAttribute("class");
            quoted.RemoveAttribute("id");
        }
    }

    /// <summary>Removes the outermost elements that match and are not kept; an element removed is not looked into.</summary>
    private static void Remove(IElement root, Func<IElement, bool> matches, Func<IElement, bool> kept)
    {
        var doomed = new List<IElement>();
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
            foreach (var child in pending.Pop().Children)
            {
                if (matches(child) && !kept(child)) doomed.Add(child);
                else pending.Push(child);
            }
        foreach (var element in doomed) element.Remove();
    }

    private bool IsBoilerplate(IElement element)
    {
        if (_elements.Contains(element.LocalName) || IsHidden(element)) return true;
        if (element.GetAttribute("role") is { } role && _roles.Contains(role.Trim())) return true;
        if (Containers.Contains(element.TagName)) return false;
        var names = Names(element);
        return !names.Any(name => Contains(name, _keptRuns)) && names.Any(name => Contains(name, _wordRuns));
    }

    /// <summary>The words of each class name and of the id.</summary>
    private static List<List<string>> Names(IElement element)
    {
        var names = new List<List<string>>();
        if (element.GetAttribute("class") is { } classes)
            foreach (var name in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                names.Add(Words(name));
        if (element.Id is { Length: > 0 } id) names.Add(Words(id));
        return names;
    }

    private static string[][] Runs(IEnumerable<string> runs) =>
        runs.Select(run => run.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(run => run.Length > 0).ToArray();

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        if (style is null) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the words of a class name or id contain one of the runs ("relatedStories" holds "related").</summary>
    private static bool Contains(List<string> words, string[][] runs)
    {
        if (words.Count == 0) return false;
        foreach (var run in runs)
            for (int start = 0; start + run.Length <= words.Count; start++)
            {
                int k = 0;
                while (k < run.Length && words[start + k] == run[k]) k++;
                if (k == run.Length) return true;
            }
        return false;
    }

    /// <summary>The lower-cased words of a class name or id: split at non-letters and at lower-to-upper case changes.</summary>
    public static List<string> Words(string name)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool letter = i < name.Length && char.IsLetterOrDigit(name[i]);
            bool caseBreak = letter && start >= 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]);
            if (start >= 0 && (!letter || caseBreak))
            {
                words.Add(name[start..i].ToLowerInvariant());
                start = -1;
            }
            if (letter && start < 0) start = i;
        }
        return words;
    }

    /// <summary>The letters and digits under an element outside links: where an article's words are, wherever its markup puts them.</summary>
    private static int ProseLength(INode node)
    {
        int length = 0;
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                foreach (var c in text.Data)
                    if (char.IsLetterOrDigit(c)) length++;
            }
            else if (child is IElement element && element.LocalName != "a") length += ProseLength(element);
        }
        return length;
    }
}
