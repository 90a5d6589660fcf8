using Kronika.Cli;

return KronikaCli.Run(args);
