namespace Extractor.Tests.Storage;

/// <summary>Tests that each get a fresh temp folder (<see cref="Dir"/>), deleted after the test.</summary>
public abstract class TempDirectoryTests
{
    protected TempDirectory Dir { get; private set; } = null!;

    [SetUp]
    public void CreateTempDirectory() => Dir = new TempDirectory();

    [TearDown]
    public void DeleteTempDirectory() => Dir.Dispose();
}
