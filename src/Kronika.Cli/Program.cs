using System.CommandLine;
using Kronika.Cli;

// Exit codes: 0 success, 1 error, 2 usage error, 3 done but some inputs were refused.
var root = new RootCommand("Kronika: political event data from news articles (who did what to whom, when, where, with the evidence).");
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
try
{
    return root.Parse(args).Invoke();
}
catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or FormatException or IOException)
{
    Console.Error.WriteLine($"kronika: {e.Message}");
    return 1;
}
