using System.CommandLine;
using System.CommandLine.Parsing;

namespace Kronika.Cli;

/// <summary>
/// What is wrong with a command line, as the one line `kronika` prints before exiting with <see cref="ExitCodes.Usage"/>.
/// System.CommandLine's own report (its errors, a typo list on standard output, then the whole help, exit 1) neither
/// keeps README's exit codes nor fits on a line, and it accepts an unknown option as a path.
/// </summary>
public static class CommandLineProblem
{
    /// <summary>The problem with <paramref name="parse"/>, or null when the command can run.</summary>
    public static string? Of(ParseResult parse)
    {
        // --help and --version answer whatever else the line holds.
        if (parse.Action is { ClearsParseErrors: true }) return null;
        var command = parse.CommandResult;
        bool root = command.Parent is null;
        var name = command.Command.Name;
        var help = root ? "(see kronika --help)" : $"(see kronika {name} --help)";
        if (DashedArgument(parse) is { } dashed)
            return $"unknown option '{dashed}' for {name} {help}; a value that begins with '-' goes after --";
        if (parse.UnmatchedTokens.FirstOrDefault() is { } unmatched)
            return unmatched.StartsWith('-') ? $"unknown option '{unmatched}'{(root ? "" : $" for {name}")} {help}"
                : root ? $"unknown command '{unmatched}' {help}"
                : $"too many arguments for {name}: '{unmatched}' {help}";
        if (parse.Errors.Count == 0) return null;
        foreach (var error in parse.Errors)
            if (OptionOf(error.SymbolResult) is { } option)
                return OptionProblem(option, root ? "kronika" : name, help) ?? error.Message;
        if (MissingArgument(command) is { } missing)
            return $"{name} needs <{missing.Name}> {help}";
        return root ? $"no command given {help}" : $"{parse.Errors[0].Message} {help}";
    }

    /// <summary>
    /// A value of a command's argument that looks like an option: System.CommandLine gives an argument every token it
    /// cannot place (`run --frob x` would read a file "--frob"). "-" is standard input; after "--" any value is a value.
    /// </summary>
    private static string? DashedArgument(ParseResult parse)
    {
        int end = IndexOf(parse.Tokens, t => t.Type == TokenType.DoubleDash);
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
            foreach (var token in argument.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-' && IndexOf(parse.Tokens, t => ReferenceEquals(t, token)) < end)
                    return token.Value;
        return null;
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (int i = 0; i < tokens.Count; i++)
            if (match(tokens[i])) return i;
        return tokens.Count;
    }

    private static OptionResult? OptionOf(SymbolResult? result) => result switch
    {
        OptionResult option => option,
        ArgumentResult { Parent: OptionResult option } => option,
        _ => null,
    };

    /// <summary>
    /// A required option left out, or an option's value that is missing or not a number, in the words of the other usage
    /// errors (`--date "2008-13": no month 13`).
    /// </summary>
    private static string? OptionProblem(OptionResult result, string command, string help)
    {
        var name = result.IdentifierToken?.Value ?? result.Option.Name;
        if (result.IdentifierToken is null) return $"{command} needs {name} {help}";
        if (result.Tokens.Count == 0) return $"{name} needs a value";
        var value = result.Tokens[^1].Value;
        var type = Nullable.GetUnderlyingType(result.Option.ValueType) ?? result.Option.ValueType;
        if (type == typeof(int) || type == typeof(long))
            return $"{name} \"{value}\": expected a whole number";
        if (type == typeof(double))
            return $"{name} \"{value}\": expected a number";
        return null;
    }

    private static Argument? MissingArgument(CommandResult command) =>
        command.Command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && command.GetResult(a) is not { Tokens.Count: > 0 });
}
