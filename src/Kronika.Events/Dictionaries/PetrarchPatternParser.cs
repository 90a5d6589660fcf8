namespace Kronika.Events.Dictionaries;

/// <summary>
/// Parses the body of a pattern line ("&amp;MILITARY * (TO +) {ARMS SHIPMENT}") into the terms before and after the verb's
/// position "*": words ("AID", "AIR_STRIKE"), synonym-set references ("&amp;FOOD"), noun phrases in braces (head last),
/// prepositional phrases in parentheses, and the actor markers "$" (source), "+" (target), "%" (compound) and "^" (skip).
/// </summary>
internal static class PetrarchPatternParser
{
    public static (IReadOnlyList<PetrarchTerm> Before, IReadOnlyList<PetrarchTerm> After) Parse(string body, IReadOnlyDictionary<string, PetrarchSynset> synsets)
    {
        var tokens = Tokenize(body);
        int star = tokens.IndexOf("*");
        if (star < 0) throw new PetrarchFormatError($"pattern '{body}' has no '*' for the verb's position");
        if (tokens.LastIndexOf("*") != star) throw new PetrarchFormatError($"pattern '{body}' has more than one '*'");
        var before = Terms(tokens[..star], body, synsets);
        var after = Terms(tokens[(star + 1)..], body, synsets);
        return (before, after);
    }

    /// <summary>Words, and the brackets "{", "}", "(", ")" and the verb position "*" as tokens of their own ("*SCEPTICAL" is "* SCEPTICAL").</summary>
    private static List<string> Tokenize(string body)
    {
        var tokens = new List<string>();
        var word = new System.Text.StringBuilder();
        void Flush() { if (word.Length > 0) { tokens.Add(word.ToString()); word.Clear(); } }
        foreach (var c in body)
        {
            if (char.IsWhiteSpace(c)) Flush();
            else if (c is '{' or '}' or '(' or ')' or '*') { Flush(); tokens.Add(c.ToString()); }
            else word.Append(c);
        }
        Flush();
        return tokens;
    }

    private static List<PetrarchTerm> Terms(List<string> tokens, string body, IReadOnlyDictionary<string, PetrarchSynset> synsets)
    {
        var terms = new List<PetrarchTerm>();
        int i = 0;
        while (i < tokens.Count) terms.Add(Term(tokens, ref i, body, synsets));
        return terms;
    }

    private static PetrarchTerm Term(List<string> one, string body, IReadOnlyDictionary<string, PetrarchSynset> synsets)
    {
        int i = 0;
        return Term(one, ref i, body, synsets);
    }

    private static PetrarchTerm Term(List<string> tokens, ref int i, string body, IReadOnlyDictionary<string, PetrarchSynset> synsets)
    {
        var token = tokens[i++];
        switch (token)
        {
            case "{":
                var words = Until(tokens, ref i, "}", body, synsets);
                if (words.Count == 0) throw new PetrarchFormatError($"empty noun phrase '{{}}' in '{body}'");
                if (words.Any(w => w is PetrarchNounPhrase or PetrarchPrepositionalPhrase or PetrarchActor))
                    throw new PetrarchFormatError($"a noun phrase '{{...}}' holds only words and synonym sets, in '{body}'");
                return new PetrarchNounPhrase(words);
            case "(":
                var inside = Until(tokens, ref i, ")", body, synsets);
                if (inside.Count == 0) throw new PetrarchFormatError($"empty prepositional phrase '()' in '{body}'");
                if (inside[0] is not (PetrarchWords or PetrarchSynsetReference))
                    throw new PetrarchFormatError($"a prepositional phrase '(...)' starts with its preposition, in '{body}'");
                if (inside.Skip(1).Any(t => t is PetrarchPrepositionalPhrase))
                    throw new PetrarchFormatError($"prepositional phrases '(...)' do not nest, in '{body}'");
                return new PetrarchPrepositionalPhrase(inside[0], inside[1..]);
            case "}" or ")":
                throw new PetrarchFormatError($"'{token}' without its opening bracket in '{body}'");
            case "$": return new PetrarchActor(PetrarchActorRole.Source);
            case "+": return new PetrarchActor(PetrarchActorRole.Target);
            case "%": return new PetrarchActor(PetrarchActorRole.Compound);
            case "^": return new PetrarchActor(PetrarchActorRole.Skip);
            case "*": throw new PetrarchFormatError($"'*' inside brackets in '{body}'");
        }
        // "FIGHTER_&AIRCRAFT": words and synonym sets joined by "_" stand together.
        if (token.Contains('_') && token.Split('_', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts && parts.Any(p => p[0] == '&'))
            return new PetrarchJoined(parts.Select(p => Term([p], body, synsets)).ToArray());
        if (token[0] == '&')
        {
            var name = token[1..].TrimEnd('_');
            if (name.Length == 0) throw new PetrarchFormatError($"'&' without a synonym set name in '{body}'");
            return synsets.TryGetValue(name, out var synset) ? new PetrarchSynsetReference(synset)
                : throw new UndefinedSynsetError($"synonym set '&{name}' is not defined before this pattern");
        }
        if (token.IndexOfAny(['$', '%', '^', '&', '*', '[', ']']) >= 0 || token[0] == '+')
            throw new PetrarchFormatError($"'{token}' mixes a word with a marker in '{body}'");
        return new PetrarchWords(PetrarchVerbReader.ParsePhrase(token, makePlural: false));
    }

    private static List<PetrarchTerm> Until(List<string> tokens, ref int i, string close, string body, IReadOnlyDictionary<string, PetrarchSynset> synsets)
    {
        var terms = new List<PetrarchTerm>();
        while (true)
        {
            if (i >= tokens.Count) throw new PetrarchFormatError($"'{(close == "}" ? "{" : "(")}' is not closed in '{body}'");
            if (tokens[i] == close) { i++; return terms; }
            terms.Add(Term(tokens, ref i, body, synsets));
        }
    }
}
