using System.IO.Compression;
using System.Text;

namespace Kronika.Language.Tagging;

/// <summary>The model file: gzip-compressed text records of the tables.</summary>
public sealed partial class TreebankLemmatizer
{
    /// <summary>
    /// Writes the model as gzip-compressed UTF-8 text: a header line (Kronika, format version, treebank
    /// credit), then tab-separated records: K (case table), R (suffix rule), E (exception), X (fallback
    /// rules of an XPOS), and a final line counting the records.
    /// </summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine($"{Magic} model, format {FormatVersion}; learned from {ModelFile.Credit}");
            writer.WriteLine("# K upos xpos case-modes drop-digit-commas: case mode (0 lowercase, 1 keep, 2 capital first letter) of lowercase, capitalized, all-capital and mixed-case words");
            writer.WriteLine("# R upos xpos suffix strip append: suffix rule | E upos xpos form lemma: exception | X xpos suffix strip append: rule of any UPOS | L lemma: a known lowercase lemma");
            int records = 0;
            foreach (var ((upos, xpos), rules) in _byPair.OrderBy(p => p.Key.Upos, StringComparer.Ordinal).ThenBy(p => p.Key.Xpos, StringComparer.Ordinal))
            {
                writer.WriteLine($"K\t{upos}\t{xpos}\t{CaseModes(rules)}\t{(rules.DropDigitCommas ? 1 : 0)}");
                records++;
                foreach (var (suffix, rw) in rules.Suffixes.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"R\t{upos}\t{xpos}\t{suffix}\t{rw.Strip}\t{rw.Append}");
                    records++;
                }
                foreach (var (form, lemma) in rules.Exceptions.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"E\t{upos}\t{xpos}\t{form}\t{lemma}");
                    records++;
                }
            }
            foreach (var (xpos, rules) in _byXpos.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteLine($"K\t\t{xpos}\t{CaseModes(rules)}\t{(rules.DropDigitCommas ? 1 : 0)}");
                records++;
                foreach (var (suffix, rw) in rules.Suffixes.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"X\t{xpos}\t{suffix}\t{rw.Strip}\t{rw.Append}");
                    records++;
                }
            }
            foreach (var lemma in _modelLemmas.Order(StringComparer.Ordinal))
            {
                writer.WriteLine($"L\t{lemma}");
                records++;
            }
            writer.WriteLine($"# end {records}");
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Loads a model written by <see cref="Save"/>. A missing file is a FileNotFoundException; a damaged, truncated or foreign one an InvalidDataException naming the path.</summary>
    public static TreebankLemmatizer Load(string path) => ModelFile.Guard(path, "lemmatizer", () =>
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"lemmatizer model file not found: {path}", path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (file.Length == 0) throw new InvalidDataException($"{path}: lemmatizer model file is empty");
        int b1 = file.ReadByte(), b2 = file.ReadByte();
        if (b1 != 0x1f || b2 != 0x8b) throw new InvalidDataException($"{path}: not a Kronika lemmatizer model (not gzip-compressed)");
        file.Position = 0;
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false, true));
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: lemmatizer model file is empty");
        if (!header.StartsWith(Magic, StringComparison.Ordinal))
            throw new InvalidDataException($"{path}: not a Kronika lemmatizer model (the header does not start with \"{Magic}\")");
        if (!header.Contains($"format {FormatVersion};", StringComparison.Ordinal))
            throw new InvalidDataException($"{path}: unsupported lemmatizer model format (expected format {FormatVersion}): \"{header}\"");
        var byPair = new Dictionary<(string, string), TagRules>();
        var byXpos = new Dictionary<string, TagRules>(StringComparer.Ordinal);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        int records = 0, lineNumber = 1;
        bool ended = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (ended) throw new InvalidDataException($"{path}:{lineNumber}: data after the end line");
            if (line.StartsWith("# end ", StringComparison.Ordinal))
            {
                if (!int.TryParse(line.AsSpan(6), out var expected) || expected != records)
                    throw new InvalidDataException($"{path}:{lineNumber}: the end line counts {line[6..]} records, the file has {records}");
                ended = true;
                continue;
            }
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            string Bad(string why) => throw new InvalidDataException($"{path}:{lineNumber}: {why}");
            TagRules Pair(string upos, string xpos)
            {
                if (!byPair.TryGetValue((upos, xpos), out var r)) byPair[(upos, xpos)] = r = new TagRules();
                return r;
            }
            switch (f[0])
            {
                case "K" when f.Length == 5 && f[3].Length == 4 && f[3].All(c => c is '0' or '1' or '2') && f[4] is "0" or "1":
                    var rules = f[1].Length == 0 ? (byXpos.TryGetValue(f[2], out var x) ? x : byXpos[f[2]] = new TagRules()) : Pair(f[1], f[2]);
                    rules.CaseMode[0] = 1;
                    for (int c = 0; c < 4; c++) rules.CaseMode[c + 1] = (byte)(f[3][c] - '0');
                    rules.DropDigitCommas = f[4] == "1";
                    break;
                case "L" when f.Length == 2:
                    lemmas.Add(f[1]);
                    break;
                case "R" when f.Length == 6 && int.TryParse(f[4], out var strip) && strip >= 0:
                    Pair(f[1], f[2]).Suffixes[f[3]] = new Rewrite(strip, f[5]);
                    break;
                case "E" when f.Length == 5:
                    Pair(f[1], f[2]).Exceptions[f[3]] = f[4];
                    break;
                case "X" when f.Length == 5 && int.TryParse(f[3], out var xstrip) && xstrip >= 0:
                    (byXpos.TryGetValue(f[1], out var xr) ? xr : byXpos[f[1]] = new TagRules()).Suffixes[f[2]] = new Rewrite(xstrip, f[4]);
                    break;
                default:
                    Bad($"unrecognized record \"{(line.Length > 60 ? line[..60] + "…" : line)}\"");
                    break;
            }
            records++;
        }
        if (!ended) throw new InvalidDataException($"{path}: lemmatizer model file is truncated (no end line)");
        return new TreebankLemmatizer(byPair, byXpos, lemmas);
    });

    private static string CaseModes(TagRules rules) => string.Concat(rules.CaseMode.Skip(1).Select(m => (char)('0' + m)));
}
