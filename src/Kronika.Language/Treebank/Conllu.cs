namespace Kronika.Language.Treebank;

/// <summary>One word of a CoNLL-U sentence (multiword-token ranges and empty nodes are not words).</summary>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, int Head, string Deprel);

/// <summary>A sentence of a CoNLL-U treebank: its words with gold annotation.</summary>
public sealed record ConlluSentence(string? SentId, string? Text, ConlluWord[] Words);

/// <summary>
/// Reads CoNLL-U files (Universal Dependencies) as a stream of sentences. Multiword-token lines ("3-4")
/// and empty nodes ("5.1") are skipped, so every sentence is its list of syntactic words.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"treebank file not found: {path}", path);
        var words = new List<ConlluWord>();
        string? sentId = null, text = null;
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0) yield return new ConlluSentence(sentId, text, words.ToArray());
                words.Clear();
                sentId = text = null;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) sentId = line[12..];
                else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 10) throw new FormatException($"{path}:{lineNumber}: expected 10 tab-separated CoNLL-U fields, found {f.Length}");
            if (f[0].Contains('-') || f[0].Contains('.')) continue;
            if (!int.TryParse(f[0], out var id) || !int.TryParse(f[6], out var head))
                throw new FormatException($"{path}:{lineNumber}: ID and HEAD must be integers");
            words.Add(new ConlluWord(id, f[1], f[2], f[3], f[4], head, f[7]));
        }
        if (words.Count > 0) yield return new ConlluSentence(sentId, text, words.ToArray());
    }

    /// <summary>The train, dev and test files of a UD treebank folder (en_ewt-ud-train.conllu etc.).</summary>
    public static (string Train, string Dev, string Test) Splits(string directory)
    {
        string Find(string split)
        {
            var matches = Directory.Exists(directory) ? Directory.GetFiles(directory, $"*-ud-{split}.conllu") : [];
            return matches.Length == 1 ? matches[0] : throw new FileNotFoundException($"no single *-ud-{split}.conllu in {directory}");
        }
        return (Find("train"), Find("dev"), Find("test"));
    }
}
