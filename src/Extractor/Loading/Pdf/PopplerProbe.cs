namespace Extractor.Loading.Pdf;

/// <summary>Tells whether Poppler's command-line tools can be found, so the CLI can say how to install them.</summary>
public static class PopplerProbe
{
    /// <summary>The command that installs Poppler's tools on Debian and Ubuntu.</summary>
    public const string InstallCommand = "sudo apt-get install -y poppler-utils";

    /// <summary>Whether pdftotext is on PATH.</summary>
    public static bool IsPdftotextAvailable() => Resolve("pdftotext") is not null;

    /// <summary>The full path of an executable, or null (see <see cref="Executables.Resolve"/>).</summary>
    public static string? Resolve(string executable) => Executables.Resolve(executable);
}
