namespace Extractor.Tests.Fixtures;

/// <summary>Where the repository and the shared test material are, found from the test binaries' folder.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding Extractor.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder beside the repository (RepoRoot/../shared), holding the real test PDFs.</summary>
    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Extractor.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}
