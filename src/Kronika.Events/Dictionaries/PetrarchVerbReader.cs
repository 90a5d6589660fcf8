using System.Text.RegularExpressions;

namespace Kronika.Events.Dictionaries;

/// <summary>
/// Reads a PETRARCH/TABARI verb dictionary (CAMEO.2.0.txt, *.verbs): synonym sets "&amp;NAME" with "+phrase" lines,
/// verb blocks "--- NAME [code] ---" with their verbs ("VERB {IRREGULAR FORMS} [code]", "+CORDON_OFF", "WIRE_+TAP"),
/// patterns "- BEFORE * AFTER [code]" and transformations "~ ...". Comments start with "#" (and, on a verb line, TABARI's ";").
/// A malformed line throws a <see cref="FormatException"/> "FILE:LINE: reason"; a pattern naming a synonym set not defined
/// before it is left out (the format's rule) and listed in <see cref="PetrarchVerbDictionary.Ignored"/>.
/// </summary>
public static partial class PetrarchVerbReader
{
    public static PetrarchVerbDictionary Read(string path) => Read(path, File.ReadLines(path));

    /// <summary>Reads the lines of a dictionary; <paramref name="path"/> names it in errors and rule trails.</summary>
    public static PetrarchVerbDictionary Read(string path, IEnumerable<string> lines)
    {
        var state = new ReaderState(System.IO.Path.GetFileName(path));
        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = StripComment(raw).Trim();
            if (line.Length == 0) continue;
            try { state.ReadLine(line, number); }
            catch (PetrarchFormatError error) { throw new FormatException($"{state.File}:{number}: {error.Message}"); }
        }
        try { state.Finish(); }
        catch (PetrarchFormatError error) { throw new FormatException($"{state.File}:{number}: {error.Message}"); }
        return new PetrarchVerbDictionary(path, state.Synsets, state.Blocks, state.Transformations, state.Ignored);
    }

    /// <summary>Whether a pattern file is in this format: named *.verbs, or holding a verb block line "--- NAME ... ---".</summary>
    public static bool IsVerbDictionary(string path)
    {
        if (path.EndsWith(".verbs", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var line in File.ReadLines(path).Take(20_000))
            if (BlockLine().IsMatch(StripComment(line).Trim())) return true;
        return false;
    }

    private static string StripComment(string line) => line.IndexOf('#') is >= 0 and var hash ? line[..hash] : line;

    // The closing dashes may be written more than once ("[110]---  ---"), as in the shipped CAMEO.2.0.txt.
    [GeneratedRegex(@"^---\s+(?<name>[^\[\s-][^\[\s]*(?:\s+[^\[\s-][^\[\s]*)*)?\s*(?:\[(?<code>[^\]]*)\])?\s*---[\s-]*$")]
    private static partial Regex BlockLine();

    [GeneratedRegex(@"^(?<verb>[^\s{\[]+)\s*(?:\{(?<forms>[^}]*)\})?\s*(?:\[(?<code>[^\]]*)\])?$")]
    private static partial Regex VerbLine();

    [GeneratedRegex(@"^-(?<body>.*?)\[(?<code>[^\]]*)\]$")]
    private static partial Regex PatternLine();

    [GeneratedRegex(@"^(?:---|\d{2,4}!?)$")]
    private static partial Regex CodePart();

    /// <summary>A code in brackets: "042", "042:043", ":173", "---", "" (the null code); TABARI's trailing "!" is dropped.</summary>
    internal static PetrarchCode ParseCode(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || text == "---") return PetrarchCode.Null;
        var parts = text.Split(':');
        if (parts.Length > 2) throw new PetrarchFormatError($"code '[{text}]' has more than two parts");
        foreach (var part in parts)
            if (part.Length > 0 && !CodePart().IsMatch(part)) throw new PetrarchFormatError($"'{part}' in '[{text}]' is no CAMEO code");
        static string? Of(string part) => part.Length == 0 || part == "---" ? null : part.TrimEnd('!');
        return new PetrarchCode(Of(parts[0]), parts.Length > 1 ? Of(parts[1]) : null);
    }

    /// <summary>A phrase of "_"- or space-joined words; a trailing "_" means no plural.</summary>
    internal static PetrarchPhrase ParsePhrase(string text, bool makePlural = true)
    {
        bool plural = makePlural && !text.EndsWith('_');
        var words = text.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new PetrarchFormatError($"'{text}' has no word");
        return new PetrarchPhrase(words, plural);
    }

    /// <summary>What the reader has seen so far: the open synonym set or verb block.</summary>
    private sealed class ReaderState(string file)
    {
        public string File { get; } = file;
        public Dictionary<string, PetrarchSynset> Synsets { get; } = new(StringComparer.Ordinal);
        public List<PetrarchVerbBlock> Blocks { get; } = [];
        public List<PetrarchTransformation> Transformations { get; } = [];
        public List<string> Ignored { get; } = [];
        private (string Name, int Line, bool Plural, List<PetrarchPhrase> Phrases)? _synset;
        private PetrarchVerbBlock? _block;

        public void ReadLine(string line, int number)
        {
            if (line[0] == '&') { StartSynset(line, number); return; }
            if (line.StartsWith("---", StringComparison.Ordinal)) { StartBlock(line, number); return; }
            if (line[0] == '~') { ReadTransformation(line, number); return; }
            if (line[0] == '-') { ReadPattern(line, number); return; }
            if (line[0] == '+' && _synset is { } open)
            {
                open.Phrases.Add(ParsePhrase(line[1..].Trim(), open.Plural));
                return;
            }
            if (_block is null)
                throw new PetrarchFormatError(line[0] == '+' ? "a synonym line '+...' outside a synonym set" : $"'{line}' is neither a synonym set, a verb block nor a pattern");
            _block.Verbs.Add(ReadVerb(line, number));
        }

        private void StartSynset(string line, int number)
        {
            CloseSynset();
            var name = line[1..].Trim();
            if (name.Length == 0 || name.Any(char.IsWhiteSpace)) throw new PetrarchFormatError($"synonym set label '{line}' must be one word after '&'");
            _synset = (name.TrimEnd('_'), number, !name.EndsWith('_'), []);
            _block = null;
        }

        /// <summary>At the end of the file: a synonym set still open is closed (and checked).</summary>
        public void Finish() => CloseSynset();

        private void CloseSynset()
        {
            if (_synset is not { } s) return;
            if (s.Phrases.Count == 0) throw new PetrarchFormatError($"synonym set '&{s.Name}' (line {s.Line}) has no '+' phrase");
            Synsets[s.Name] = new PetrarchSynset(s.Name, s.Line, s.Phrases);
            _synset = null;
        }

        private void StartBlock(string line, int number)
        {
            CloseSynset();
            var match = BlockLine().Match(line);
            if (!match.Success || !match.Groups["name"].Success) throw new PetrarchFormatError($"a verb block line must read '--- NAME [code] ---', not '{line}'");
            var code = match.Groups["code"].Success ? ParseCode(match.Groups["code"].Value) : PetrarchCode.Null;
            _block = new PetrarchVerbBlock(match.Groups["name"].Value.Trim(), code, number, [], []);
            Blocks.Add(_block);
        }

        private PetrarchVerb ReadVerb(string line, int number)
        {
            // TABARI wrote coder notes after ";" on verb lines.
            if (line.IndexOf(';') is >= 0 and var semicolon) line = line[..semicolon].TrimEnd();
            var match = VerbLine().Match(line);
            if (!match.Success) throw new PetrarchFormatError($"a verb line must read 'VERB {{FORMS}} [code]', not '{line}'");
            var (words, verbIndex) = ParseVerbPhrase(match.Groups["verb"].Value);
            IReadOnlyList<PetrarchVerbForm>? forms = null;
            if (match.Groups["forms"].Success)
                forms = match.Groups["forms"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(f => ParseVerbPhrase(f)).Select(f => new PetrarchVerbForm(f.Words, f.VerbIndex)).ToArray();
            var code = match.Groups["code"].Success ? ParseCode(match.Groups["code"].Value) : null;
            return new PetrarchVerb(words, verbIndex, forms, code, number);
        }

        /// <summary>"ASK", "+ASK_FOR", "WIRE_+TAP": the words and which is the verb ("+" before it; needed when there are several).</summary>
        private static (string[] Words, int VerbIndex) ParseVerbPhrase(string text)
        {
            var words = text.Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) throw new PetrarchFormatError($"'{text}' has no word");
            var marked = Enumerable.Range(0, words.Length).Where(i => words[i].StartsWith('+')).ToArray();
            if (marked.Length > 1) throw new PetrarchFormatError($"'{text}' marks more than one verb word with '+'");
            if (marked.Length == 0 && words.Length > 1) throw new PetrarchFormatError($"multi-word verb '{text}' needs '+' before its verb word");
            int verbIndex = marked.Length == 1 ? marked[0] : 0;
            words[verbIndex] = words[verbIndex].TrimStart('+');
            if (words[verbIndex].Length == 0) throw new PetrarchFormatError($"'{text}' has '+' without a verb word");
            return (words, verbIndex);
        }

        private void ReadPattern(string line, int number)
        {
            CloseSynset();
            if (_block is null) throw new PetrarchFormatError("a pattern line '- ...' before any verb block");
            var match = PatternLine().Match(line);
            if (!match.Success) throw new PetrarchFormatError($"a pattern must end with its code in brackets: '- ... * ... [code]', not '{line}'");
            var code = ParseCode(match.Groups["code"].Value);
            var body = match.Groups["body"].Value.Trim();
            try
            {
                var (before, after) = PetrarchPatternParser.Parse(body, Synsets);
                _block.Patterns.Add(new PetrarchPattern(number, body, before, after, code));
            }
            catch (UndefinedSynsetError undefined)
            {
                Ignored.Add($"{File}:{number}: {undefined.Message}");
            }
        }

        private void ReadTransformation(string line, int number)
        {
            CloseSynset();
            var body = line[1..].Trim();
            int depth = 0;
            foreach (var c in body)
            {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0) break;
            }
            if (depth != 0) throw new PetrarchFormatError($"transformation '{line}' has unbalanced parentheses");
            if (body.Split('=') is not [var left, var right] || left.Trim().Length == 0 || right.Trim().Length == 0)
                throw new PetrarchFormatError($"a transformation must read '~ PATTERN = RESULT', not '{line}'");
            Transformations.Add(new PetrarchTransformation(number, body));
        }
    }
}

/// <summary>A malformed line; the reader adds the file and line.</summary>
internal sealed class PetrarchFormatError(string message) : Exception(message);

/// <summary>A pattern naming a synonym set not defined before it: the format leaves such a pattern out.</summary>
internal sealed class UndefinedSynsetError(string message) : Exception(message);
