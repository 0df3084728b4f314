namespace Extractor.Loading;

/// <summary>Finds external programs (Poppler, Tesseract, apt-get) the way a shell would.</summary>
public static class Executables
{
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

    /// <summary>Whether the executable can be found.</summary>
    public static bool IsOnPath(string executable) => Resolve(executable) is not null;
}
