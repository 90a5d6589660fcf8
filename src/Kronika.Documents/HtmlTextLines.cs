using System.Text;
using AngleSharp.Dom;

namespace Kronika.Documents;

/// <summary>One line of text of a web page: a paragraph, heading, list item, table row or a run of text between breaks.</summary>
public sealed record HtmlLine(string Text, string Block, int LinkCharacters)
{
    /// <summary>The share of the line's characters inside links.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkCharacters / Text.Length;
}

/// <summary>
/// Turns an element into the lines a reader sees: every block element (paragraph, heading, list item, division...)
/// and every line break starts a new line, inline elements run on within it, white space is collapsed as a browser
/// collapses it (kept in <c>pre</c>), table cells are spaced apart and each row is a line. Each line records how much of it is
/// link text, so menus and lists of links can be told from prose.
/// </summary>
public static class HtmlTextLines
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "body", "html",
    };

    private static readonly HashSet<string> CellTags = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head", "title" };

    public static List<HtmlLine> Of(IElement root)
    {
        var walker = new Walker();
        walker.Walk(root, block: root.LocalName, inLink: false, preformatted: false);
        walker.Flush();
        return walker.Lines;
    }

    private sealed class Walker
    {
        private readonly StringBuilder _line = new();
        private int _linkCharacters;
        private string _block = "div";
        private bool _pendingSpace;

        public List<HtmlLine> Lines { get; } = [];

        public void Walk(INode node, string block, bool inLink, bool preformatted)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        Append(text.Data, block, inLink, preformatted);
                        break;
                    case IElement element:
                        var tag = element.LocalName;
                        if (SkippedTags.Contains(tag)) break;
                        if (tag == "br") { Flush(); break; }
                        if (tag is "img" or "wbr") break;
                        if (BlockTags.Contains(tag))
                        {
                            Flush();
                            Walk(element, tag, inLink, preformatted || tag == "pre");
                            Flush();
                        }
                        else if (CellTags.Contains(tag))
                        {
                            _pendingSpace = true;
                            Walk(element, block, inLink, preformatted);
                            _pendingSpace = true;
                        }
                        else Walk(element, block, inLink || tag == "a", preformatted);
                        break;
                }
            }
        }

        private void Append(string data, string block, bool inLink, bool preformatted)
        {
            foreach (var c in data)
            {
                if (preformatted && c == '\n') { Flush(); continue; }
                if (char.IsWhiteSpace(c) || c == '\u200B')
                {
                    _pendingSpace = true;
                    continue;
                }
                if (_line.Length == 0) _block = block;
                else if (_pendingSpace) { _line.Append(' '); if (inLink) _linkCharacters++; }
                _pendingSpace = false;
                _line.Append(c);
                if (inLink) _linkCharacters++;
            }
        }

        public void Flush()
        {
            if (_line.Length > 0) Lines.Add(new HtmlLine(_line.ToString(), _block, _linkCharacters));
            _line.Clear();
            _linkCharacters = 0;
            _pendingSpace = false;
        }
    }
}
