using System.Text;
using TermLint.Cli;

// termlint check|fix [options] [PATH...]: see CliArguments.Usage and docs/cli.md.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Cli.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory(), stderrIsTerminal: !Console.IsErrorRedirected);

namespace TermLint.Cli
{
    internal static class Cli
    {
        /// <summary>The whole program, with its streams and folder passed in, so that tests run it in-process.</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory, bool stderrIsTerminal)
        {
            try
            {
                var parsed = CliArguments.Parse(args);
                if (parsed.ShowHelp)
                {
                    stdout.WriteLine(CliArguments.Usage);
                    return ExitCodes.Clean;
                }

                if (parsed.ShowVersion)
                {
                    stdout.WriteLine("termlint " + ToolInfo.Version);
                    return ExitCodes.Clean;
                }

                return new Runner(parsed, stdout, stderr, currentDirectory, stderrIsTerminal).Run();
            }
            catch (UsageException e)
            {
                stderr.WriteLine("termlint: " + e.Message);
                stderr.WriteLine("Run 'termlint --help' for usage.");
                return ExitCodes.Error;
            }
        }
    }
}
