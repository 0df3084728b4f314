using Extractor.Classification;
using Extractor.Configuration;
using Extractor.Domain;
using Extractor.Pipeline;
using Extractor.Storage;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Pipeline;

/// <summary>
/// Ingest starts with its classifier models still loading (PipelineFactory.Start): the batch reads the store and finds
/// its changed files meanwhile, and a model that cannot be read stops it before it reports or changes anything.
/// </summary>
public sealed class BackgroundModelLoadingTests
{
    /// <summary>The store output, calling back when the batch asks what is stored.</summary>
    private sealed class WatchedOutput(IIngestOutput inner, Action storedHashesAsked) : IIngestOutput
    {
        public IReadOnlyDictionary<string, StoredSource> StoredSources()
        {
            storedHashesAsked();
            return inner.StoredSources();
        }

        public void Save(ProcessedDocument document, string sourcePath, FileStamp? stamp) => inner.Save(document, sourcePath, stamp);

        public void Unchanged(string sourcePath, FileStamp? stamp) => inner.Unchanged(sourcePath, stamp);

        public void Remove(string sourcePath) => inner.Remove(sourcePath);

        public void Commit() => inner.Commit();
    }

    private static PipelineConfig RepoConfig() => PipelineConfig.Load(Path.Combine(RepoPaths.RepoRoot, "pipeline.json")).Value!;

    [Test]
    public async Task TheBatchReadsTheStoreWhileTheClassifiersAreStillLoading()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.txt"), "1. Actividades\nReunión con CGLU en Madrid el 3 de mayo de 2021.\n");
        var loading = new TaskCompletionSource<Result<Classifiers>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var pipeline = new DocumentPipelineBuilder().UseClassifiers(loading.Task).Build();
        // Were the store read only after the classifiers had loaded, the classifiers would never load and the run never end.
        var output = new WatchedOutput(new StoreOutput(new JsonDocumentStore(new StoreOptions(dir.File("store")))),
            () => loading.TrySetResult(Result<Classifiers>.Success(Classifiers.None)));

        var run = new IngestRunner(pipeline, output, dir.Path).RunAsync(new IngestRequest([dir.File("a.txt")], Force: false, Parallelism: 1));

        Assert.That(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))), Is.SameAs(run), "the run waited for the classifiers before reading the store");
        Assert.That((await run).Count(IngestStatus.Added), Is.EqualTo(1));
    }

    [Test]
    public async Task ClassifiersThatFailToLoad_StopTheBatchBeforeItReportsRemovesOrStoresAnything()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.txt"), "1. Actividades\nReunión con CGLU en Madrid el 3 de mayo de 2021.\n");
        File.WriteAllText(dir.File("b.txt"), "1. Finanzas\nPresupuesto de 1.500.000 euros.\n");
        var store = new JsonDocumentStore(new StoreOptions(dir.File("store")));
        var ready = new DocumentPipelineBuilder().Build();
        Assert.That((await new IngestRunner(ready, new StoreOutput(store), dir.Path).RunAsync(new IngestRequest([dir.Path], Force: false, Parallelism: 1)))
            .Count(IngestStatus.Added), Is.EqualTo(2));
        var manifest = File.ReadAllText(dir.File("store/manifest.json"));
        File.Delete(dir.File("a.txt"));
        File.AppendAllText(dir.File("b.txt"), "Una línea más.\n");

        var problem = new Diagnostic("models/section-classifier.json", "model file not found: train one with `extractor train`");
        var broken = new DocumentPipelineBuilder().UseClassifiers(Task.FromResult(Result<Classifiers>.Failure(problem))).Build();
        var reported = new List<IngestOutcome>();
        var summary = await new IngestRunner(broken, new StoreOutput(new JsonDocumentStore(new StoreOptions(dir.File("store")))), dir.Path)
            .RunAsync(new IngestRequest([dir.Path], Force: false, Parallelism: 1), reported.Add);

        Assert.That(summary.NotRunBecause, Is.EqualTo(problem));
        Assert.That(summary.Files, Is.Zero);
        Assert.That(reported, Is.Empty);
        Assert.That(File.ReadAllText(dir.File("store/manifest.json")), Is.EqualTo(manifest));
        Assert.That(Directory.GetFiles(dir.File("store/documents"), "*.json"), Has.Length.EqualTo(2));
    }

    [Test]
    public async Task ABatchWithNothingToProcess_NeitherWaitsForTheClassifiersNorNeedsThem()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.txt"), "1. Actividades\nReunión con CGLU en Madrid el 3 de mayo de 2021.\n");
        var ready = new DocumentPipelineBuilder().Build();
        await new IngestRunner(ready, new StoreOutput(new JsonDocumentStore(new StoreOptions(dir.File("store")))), dir.Path)
            .RunAsync(new IngestRequest([dir.Path], Force: false, Parallelism: 1));

        // Classifiers that never finish loading: a batch that waited for them would never end.
        var neverLoaded = new DocumentPipelineBuilder().UseClassifiers(new TaskCompletionSource<Result<Classifiers>>().Task).Build();
        var run = new IngestRunner(neverLoaded, new StoreOutput(new JsonDocumentStore(new StoreOptions(dir.File("store")))), dir.Path)
            .RunAsync(new IngestRequest([dir.Path], Force: false, Parallelism: 1));

        Assert.That(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))), Is.SameAs(run), "the batch waited for classifiers it did not need");
        var summary = await run;
        Assert.That(summary.NotRunBecause, Is.Null);
        Assert.That(summary.Count(IngestStatus.Unchanged), Is.EqualTo(1));
    }

    [Test]
    public void AMissingModelFile_FailsTheStartAtOnce()
    {
        using var dir = new TempDirectory();
        var missing = dir.File("no-such-model.json");
        var config = RepoConfig();
        config = config with { Classification = config.Classification with { DocumentModel = missing } };

        var started = PipelineFactory.Start(config);

        Assert.That(started.Error?.File, Is.EqualTo(missing));
        Assert.That(started.Error?.Problem, Does.StartWith("model file not found"));
        Assert.That(PipelineFactory.Create(config).Error, Is.EqualTo(started.Error));
    }

    [Test]
    public async Task ADamagedModelFile_StartsThePipelineButIsWhatItsReadinessReports_AndCreateFailsWithIt()
    {
        using var dir = new TempDirectory();
        var damaged = dir.File("damaged-model.json");
        File.WriteAllText(damaged, "{ \"format\": \"extractor-linear-classifier\", \"formatVersion\": 3, \"labels\": [");
        var config = RepoConfig();
        config = config with { Classification = config.Classification with { SectionModel = damaged } };

        var started = PipelineFactory.Start(config);
        Assert.That(started.IsSuccess, Is.True, started.Error?.ToString());
        var notReady = await started.Value!.WhenReadyAsync();
        Assert.That(notReady?.File, Is.EqualTo(damaged));
        Assert.That(notReady?.Problem, Does.StartWith("is not valid JSON").And.EndWith("retrain with `extractor train`"));
        Assert.That(PipelineFactory.Create(config).Error, Is.EqualTo(notReady));
    }

    [Test]
    public async Task TheRepositoryModels_LoadInTheBackgroundAndLabelLikeAPipelineCreatedReady()
    {
        var config = RepoConfig();
        var started = PipelineFactory.Start(config).Value!;
        var created = PipelineFactory.Create(config).Value!;
        Assert.That(await started.WhenReadyAsync(), Is.Null);
        var seed = Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();

        var a = (await started.ProcessFileAsync(seed)).Value!;
        var b = (await created.ProcessFileAsync(seed)).Value!;

        Assert.That(a.Info.Kind, Is.Not.Null);
        Assert.That(a.Info.Kind, Is.EqualTo(b.Info.Kind));
        Assert.That(a.Document.Sections.Select(s => s.Type), Is.EqualTo(b.Document.Sections.Select(s => s.Type)));
        Assert.That(a.Document.Sections.Select(s => s.Type), Has.All.Not.Null);
    }
}
