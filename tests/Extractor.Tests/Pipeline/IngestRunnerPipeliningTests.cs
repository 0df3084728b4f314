using Extractor.Classification;
using Extractor.Domain;
using Extractor.Loading;
using Extractor.Loading.Text;
using Extractor.Pipeline;
using Extractor.Storage;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Pipeline;

/// <summary>Ingest loads the next document while the later stages run on the current one, even with one worker.</summary>
public sealed class IngestRunnerPipeliningTests
{
    /// <summary>The real text loader, announcing each load as it starts.</summary>
    private sealed class AnnouncingLoader(Action<string> started) : IDocumentLoader
    {
        private readonly TextLoader _inner = new();

        public IReadOnlyCollection<string> Extensions => _inner.Extensions;

        public Task<Result<SourceDocument>> LoadAsync(string path, CancellationToken cancellationToken)
        {
            started(Path.GetFileName(path));
            return _inner.LoadAsync(path, cancellationToken);
        }
    }

    /// <summary>A section classifier that, while classifying the first document, waits to see the second one's load start.</summary>
    private sealed class WaitingClassifier(Task secondLoadStarted) : ISectionClassifier
    {
        public bool SawOverlap { get; private set; }

        public Label Classify(SectionedDocument document, Section section) => new("activity", 1);

        public IReadOnlyList<Label> ClassifyAll(SectionedDocument document)
        {
            if (Path.GetFileName(document.Info.SourcePath) == "a.txt") SawOverlap = secondLoadStarted.Wait(TimeSpan.FromSeconds(10));
            return document.Sections.Select(s => Classify(document, s)).ToList();
        }
    }

    [Test]
    public async Task WithOneWorker_TheNextDocumentLoadsWhileTheCurrentOneIsProcessed()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.txt"), "1. Actividades\nReunión con CGLU en Madrid el 3 de mayo de 2021.\n");
        File.WriteAllText(dir.File("b.txt"), "1. Finanzas\nPresupuesto de 1.500.000 euros.\n");
        var secondLoad = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loader = new AnnouncingLoader(name => { if (name == "b.txt") secondLoad.TrySetResult(); });
        var classifier = new WaitingClassifier(secondLoad.Task);
        var pipeline = new DocumentPipelineBuilder().UseLoader(loader).UseClassifiers(classifier, null).Build();
        var output = new StoreOutput(new JsonDocumentStore(new StoreOptions(dir.File("store"))));

        var summary = await new IngestRunner(pipeline, output, dir.Path).RunAsync(new IngestRequest([dir.File("a.txt"), dir.File("b.txt")], Force: false, Parallelism: 1));

        Assert.That(summary.Count(IngestStatus.Added), Is.EqualTo(2));
        Assert.That(classifier.SawOverlap, Is.True, "b.txt did not start loading while a.txt was being classified");
    }
}
