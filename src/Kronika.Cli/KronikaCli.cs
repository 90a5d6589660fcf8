using System.CommandLine;

namespace Kronika.Cli;

/// <summary>The kronika command line: every command, and the errors that end a run with a message instead of a stack trace.</summary>
public static class KronikaCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Kronika: political event data from news articles (who did what to whom, when, where, with the evidence).");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(EvalSentencesCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(BenchExtractCommand.Create());
        root.Subcommands.Add(CodeCommand.Create());
        root.Subcommands.Add(CleanCommand.Create());
        root.Subcommands.Add(ActorsCommand.Create());
        root.Subcommands.Add(CheckPeopleCommand.Create());
        root.Subcommands.Add(TimeCommand.Create());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(DyadCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(LanguageCommands.Parse());
        root.Subcommands.Add(LanguageCommands.Train());
        root.Subcommands.Add(LanguageCommands.Eval());
        root.Subcommands.Add(FuzzCommand.Create());
        return root;
    }

    /// <summary>Runs a command line; exit codes are those of <see cref="ExitCodes"/>.</summary>
    public static int Run(string[] args)
    {
        // Bare `kronika` is a usage error like any missing argument; the list of commands is what it lacks.
        if (args.Length == 0)
        {
            Build().Parse(["--help"]).Invoke(new InvocationConfiguration { Output = Console.Error });
            return ExitCodes.Usage;
        }
        try
        {
            var parse = Build().Parse(args);
            if (CommandLineProblem.Of(parse) is { } problem)
                throw new UsageException(problem);
            // Our own handler below prints one line for the errors a user can fix, instead of a stack trace.
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"kronika: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or FormatException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"kronika: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
