using System.Reflection;

namespace TermLint.Cli;

internal static class ToolInfo
{
    /// <summary>The package version (TermLintVersion), without the source revision the SDK appends.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        string? informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(ToolInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        }

        int plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}
