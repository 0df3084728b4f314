namespace Extractor.Tests.Fixtures;

/// <summary>Where the repository and the shared test material are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the repository (seeds, gold, PDFs); may be absent.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extractor.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Extractor.sln not found above the test directory.");
    }
}
