namespace Extractor.Loading.Pdf;

/// <summary>Tells whether Poppler's command-line tools can be found, so the CLI can say how to install them.</summary>
public static class PopplerProbe
{
    /// <summary>The command that installs Poppler's tools on Debian and Ubuntu.</summary>
    public const string InstallCommand = "sudo apt-get install -y poppler-utils";

    /// <summary>Whether pdftotext is on PATH.</summary>
    public static bool IsPdftotextAvailable() => Resolve("pdftotext") is not null;

    /// <summary>The full path of an executable: itself when it is a path to a file, else the first match on PATH; null when absent.</summary>
    public static string? Resolve(string executable)
    {
        if (executable.Contains(Path.DirectorySeparatorChar) || executable.Contains(Path.AltDirectorySeparatorChar))
            return File.Exists(executable) ? Path.GetFullPath(executable) : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var suffixes = OperatingSystem.IsWindows() ? new[] { ".exe", "" } : [""];
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var suffix in suffixes)
            {
                var candidate = Path.Combine(directory, executable + suffix);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
