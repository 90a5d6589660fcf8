namespace Kronika.Actors.Dictionaries;

/// <summary>
/// One phrase of an agents file: its words, its agent code without the '~' (<see cref="BeforeActor"/> when written
/// `NGO~`, added before the actor's code, rather than `~GOV`, after it), whether it is a plural form, and whether
/// its words were joined by blanks (PETRARCH lets other words come between them) rather than all by '_'.
/// </summary>
public sealed record PetrarchAgent(string File, int Line, string Phrase, string Code, bool BeforeActor, bool Plural, bool Gapped);

/// <summary>
/// Reads the PETRARCH agents format (dictionaries.rst, "Agent Dictionary"): `phrase {plurals} [~CODE]`, regular
/// plurals made by the program (S, IES after Y, ES after SS) unless `{...}` gives them or `{}` forbids them, and
/// substitution sets `!PERSON! = MAN, MEN, ...` put in place of their marker with no further plural.
/// </summary>
public static class PetrarchAgentReader
{
    public static List<PetrarchAgent> Read(string path)
    {
        var agents = new List<PetrarchAgent>();
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in PetrarchText.Lines(path))
        {
            var text = line.Text.Trim();
            if (text[0] == '!' && text.IndexOf('=') is > 0 and var equals && text.IndexOf('[') < 0)
            {
                var marker = text[..equals].Trim();
                if (marker.Length < 3 || marker[^1] != '!' || marker[1..^1].Contains('!'))
                    throw line.Error($"'{marker}' is not a substitution marker (!NAME!)");
                var items = text[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (items.Length == 0) throw line.Error($"the substitution set {marker} lists nothing");
                sets[marker] = items;
                continue;
            }
            agents.AddRange(Entry(line, text, sets));
        }
        return agents;
    }

    private static IEnumerable<PetrarchAgent> Entry(PetrarchLine line, string text, Dictionary<string, string[]> sets)
    {
        int open = text.LastIndexOf('[');
        if (open < 0) throw line.Error("expected an agent code in [...]");
        // dictionaries.rst itself writes "[~LEG}": a code closed by '}' is read as closed.
        int close = text.IndexOfAny([']', '}'], open);
        if (close < 0) throw line.Error("a '[' with no closing ']'");
        if (text[(close + 1)..].Trim().Length > 0) throw line.Error($"unexpected '{text[(close + 1)..].Trim()}' after the agent code");
        var code = text[(open + 1)..close].Trim();
        bool before = code.EndsWith('~') && !code.StartsWith('~');
        if (!code.StartsWith('~') && !before) throw line.Error($"an agent code begins or ends with '~', not '{code}'");
        code = code.Trim('~');
        if (code.Length == 0 || code.Any(c => !char.IsAsciiLetterOrDigit(c))) throw line.Error($"'{text[(open + 1)..close].Trim()}' is not an agent code");

        var head = text[..open].Trim();
        string[]? plurals = null;
        int brace = head.IndexOf('{');
        if (brace >= 0)
        {
            int end = head.IndexOf('}', brace);
            if (end < 0) throw line.Error("a '{' with no closing '}'");
            if (head[(end + 1)..].Trim().Length > 0) throw line.Error("the {plurals} must follow the phrase");
            plurals = head[(brace + 1)..end].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            head = head[..brace].Trim();
        }
        if (head.Length == 0) throw line.Error("an agent code with no phrase");
        bool substituted = head.Contains('!');
        foreach (var phrase in Substitute(head, sets, line))
        {
            yield return Make(phrase, plural: substituted && IsPluralForm(phrase));
            if (substituted || head.EndsWith('_')) continue;
            foreach (var plural in plurals ?? [RegularPlural(phrase)]) yield return Make(plural, plural: true);
        }

        PetrarchAgent Make(string phrase, bool plural) =>
            new(line.File, line.Number, PetrarchText.Words(phrase), code, before, plural, IsGapped(phrase));
    }

    /// <summary>"POLICE!PERSON!" as POLICEMAN, POLICEMEN, ...: every item of the set in place of the marker.</summary>
    private static IEnumerable<string> Substitute(string phrase, Dictionary<string, string[]> sets, PetrarchLine line)
    {
        int start = phrase.IndexOf('!');
        if (start < 0) return [phrase];
        int end = phrase.IndexOf('!', start + 1);
        if (end < 0) throw line.Error($"an unclosed substitution marker in '{phrase}'");
        var marker = phrase[start..(end + 1)];
        if (!sets.TryGetValue(marker, out var items)) throw line.Error($"the substitution marker {marker} is not defined above");
        return items.SelectMany(item => Substitute(phrase[..start] + item + phrase[(end + 1)..], sets, line));
    }

    /// <summary>Words joined by a blank rather than '_' ("CHIEF EXECUTIVE"); a blank next to an '_' joins nothing new.</summary>
    private static bool IsGapped(string phrase) => phrase.Trim().Replace("_ ", "_").Replace(" _", "_").Contains(' ');

    /// <summary>The program's regular plural: +S, Y to IES, SS to SSES.</summary>
    public static string RegularPlural(string phrase)
    {
        if (phrase.EndsWith("SS", StringComparison.OrdinalIgnoreCase)) return phrase + "ES";
        if (phrase.EndsWith('Y') || phrase.EndsWith('y')) return phrase[..^1] + "IES";
        return phrase + "S";
    }

    private static bool IsPluralForm(string phrase) =>
        phrase.EndsWith("MEN", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("IES", StringComparison.OrdinalIgnoreCase)
        || (phrase.EndsWith('S') && !phrase.EndsWith("SS", StringComparison.Ordinal));
}
