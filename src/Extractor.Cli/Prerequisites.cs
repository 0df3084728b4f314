using Extractor.Loading;

namespace Extractor.Cli;

/// <summary>
/// Debian packages some inputs need. A missing one is installed when running as root without a terminal prompt
/// (CI, containers), or the exact install command is printed.
/// </summary>
public static class Prerequisites
{
    /// <summary>Checks the tools the given inputs need; false (after a message) when one is missing and could not be installed.</summary>
    public static bool EnsureFor(IReadOnlyList<string> inputs, CliHost host)
    {
        var hasPdf = inputs.Any(i => File.Exists(i) ? i.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
            : Directory.Exists(i) && Directory.EnumerateFiles(i, "*.pdf", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive }).Any());
        if (!hasPdf) return true;
        var packages = new List<string>();
        if (!Executables.IsOnPath("pdftotext")) packages.Add("poppler-utils");
        if (host.Config.Ocr.Enabled && !Executables.IsOnPath("tesseract")) packages.AddRange(["tesseract-ocr", "tesseract-ocr-" + host.Config.Ocr.Language]);
        if (packages.Count == 0) return true;
        var command = $"apt-get install -y {string.Join(' ', packages)}";
        if (Environment.UserName == "root" && Executables.IsOnPath("apt-get"))
        {
            host.Log.Information("Installing missing Debian packages: {Packages}", packages);
            if (Run("apt-get", "update", "-qq") && Run("apt-get", ["install", "-y", "-qq", .. packages]) && Executables.IsOnPath("pdftotext")) return true;
        }

        var needed = packages.Contains("poppler-utils");
        Console.Error.WriteLine($"{(needed ? "error" : "warning")}: PDF inputs need {string.Join(", ", packages)}; install with: sudo {command}");
        return !needed;
    }

    private static bool Run(string file, params string[] arguments)
    {
        var result = ChildProcess.RunAsync(file, arguments, TimeSpan.FromMinutes(15), CancellationToken.None,
            new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" }).GetAwaiter().GetResult();
        return result is { NotFound: false, TimedOut: false, ExitCode: 0 };
    }
}
