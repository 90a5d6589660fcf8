using Kronika.Documents;

namespace Kronika.Language;

/// <summary>Words that take a period without ending a sentence ("Mr.", "Gen.", "Jan."), from data/language/abbreviations.txt.</summary>
public sealed class Abbreviations
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Select(w => w.TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations LoadDefault() =>
        new(File.ReadLines(DataDirectory.File("language", "abbreviations.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'));

    /// <summary>Whether the word (without its period) is an abbreviation.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word.TrimEnd('.'));
}
