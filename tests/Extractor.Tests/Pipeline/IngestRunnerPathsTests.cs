using Extractor.Pipeline;
using Extractor.Storage;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Pipeline;

/// <summary>Relative input paths mean the same folder for finding files and for noticing files gone: the base directory's.</summary>
public sealed class IngestRunnerPathsTests
{
    [Test]
    public async Task AFileGoneFromARelativeInput_IsRemoved_WhenTheBaseDirectoryIsNotTheCurrentOne()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("in"));
        File.WriteAllText(dir.File("in", "a.txt"), "1. Actividades\nReunión con CGLU en Madrid el 3 de mayo de 2021.\n");
        File.WriteAllText(dir.File("in", "b.txt"), "1. Finanzas\nPresupuesto de 1.500.000 euros.\n");
        Assert.That(Path.GetFullPath(Directory.GetCurrentDirectory()), Is.Not.EqualTo(Path.GetFullPath(dir.Path)));
        var pipeline = new DocumentPipelineBuilder().Build();
        var store = dir.File("store");
        IngestRunner Runner() => new(pipeline, new StoreOutput(new JsonDocumentStore(new StoreOptions(store))), dir.Path);

        var first = await Runner().RunAsync(new IngestRequest(["in"], Force: false, Parallelism: 1));
        Assert.That(first.Count(IngestStatus.Added), Is.EqualTo(2));
        File.Delete(dir.File("in", "a.txt"));
        var second = await Runner().RunAsync(new IngestRequest(["in"], Force: false, Parallelism: 1));

        Assert.That(second.Count(IngestStatus.Removed), Is.EqualTo(1));
        Assert.That(second.Count(IngestStatus.Unchanged), Is.EqualTo(1));
        Assert.That(new JsonDocumentStore(new StoreOptions(store)).ReadManifest().Entries.Keys, Is.EqualTo(new[] { "in/b.txt" }));
    }
}
