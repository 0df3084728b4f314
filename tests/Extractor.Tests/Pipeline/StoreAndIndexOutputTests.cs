using Extractor.Domain;
using Extractor.Indexing;
using Extractor.Pipeline;
using Extractor.Storage;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Pipeline;

/// <summary>
/// Ingest's output writes each full batch to the index on the thread pool while the workers go on: one batch in flight
/// at most, waited for before a removal and at the commit, and a failed write is not lost.
/// </summary>
public sealed class StoreAndIndexOutputTests
{
    /// <summary>The real index, with batch writes that wait for the test's word and can be made to fail.</summary>
    private sealed class GatedIndex(ISearchIndex inner) : ISearchIndex
    {
        public ManualResetEventSlim Open { get; } = new(true);
        public ManualResetEventSlim Started { get; } = new(false);
        public Exception? Failure { get; set; }

        public void Update(IReadOnlyList<StoredDocument> documents)
        {
            Started.Set();
            if (!Open.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("the test never let the write go on");
            if (Failure is not null) throw Failure;
            inner.Update(documents);
        }

        public void Update(StoredDocument document) => Update([document]);

        public void Remove(string documentId) => inner.Remove(documentId);

        public void Rebuild(IEnumerable<StoredDocument> documents) => inner.Rebuild(documents);

        public IndexResult Search(IndexQuery query) => inner.Search(query);

        public IReadOnlySet<string>? DocumentIds() => inner.DocumentIds();

        public IndexedSection? GetSection(string id) => inner.GetSection(id);

        public IndexedEvent? GetEvent(string id) => inner.GetEvent(id);

        public IReadOnlyList<IndexedPartner> Partners() => inner.Partners();
    }

    private static ProcessedDocument Document(int n) =>
        new ProcessedDocumentBuilder($"in/report-{n}.txt", $"Informe {n}")
            .Section($"Actividad {n}", $"Reunión número {n} con CGLU en Madrid el 3 de mayo de 2021.", "activity")
            .Event($"Reunión número {n}", "meeting", "2021-05-03", "Madrid", null, "CGLU")
            .Build();

    private static (StoreAndIndexOutput Output, GatedIndex Index, JsonDocumentStore Store) Open(TempDirectory dir)
    {
        var store = new JsonDocumentStore(new StoreOptions(dir.File("store")));
        var index = new GatedIndex(new SqliteSearchIndex(new IndexOptions(dir.File("index.db"))));
        return (new StoreAndIndexOutput(store, index, batchSize: 2), index, store);
    }

    /// <summary>Saves a full batch (documents 1 and 2) whose index write starts and then waits for the test.</summary>
    private static void FillABatchThatWaits(StoreAndIndexOutput output, GatedIndex index)
    {
        index.Open.Reset();
        output.Save(Document(1), "in/report-1.txt", null);
        output.Save(Document(2), "in/report-2.txt", null);
        Assert.That(index.Started.Wait(TimeSpan.FromSeconds(10)), Is.True, "the full batch went to the index");
    }

    [Test]
    public void WhileABatchIsWrittenToTheIndex_TheNextSavesGoOn_AndTheCommitWaitsForIt()
    {
        using var dir = new TempDirectory();
        var (output, index, _) = Open(dir);
        FillABatchThatWaits(output, index);

        var third = Task.Run(() => output.Save(Document(3), "in/report-3.txt", null));
        Assert.That(third.Wait(TimeSpan.FromSeconds(10)), Is.True, "a save waited for the batch being indexed");
        var commit = Task.Run(output.Commit);
        Assert.That(commit.Wait(TimeSpan.FromMilliseconds(300)), Is.False, "the commit did not wait for the batch in flight");
        index.Open.Set();
        commit.Wait(TimeSpan.FromSeconds(30));

        Assert.That(commit.IsCompletedSuccessfully, Is.True);
        Assert.That(index.DocumentIds(), Has.Count.EqualTo(3));
    }

    [Test]
    public void TheCommitWritesTheStoresFilesWhileTheLastBatchIsStillBeingIndexed()
    {
        using var dir = new TempDirectory();
        var (output, index, _) = Open(dir);
        // partners.json is brought up to date by the store's commit, from the documents saved since the last one.
        var partners = dir.File("store/partners.json");
        bool Committed() => File.Exists(partners) && File.ReadAllText(partners).Contains("CGLU", StringComparison.Ordinal);
        FillABatchThatWaits(output, index);
        Assert.That(Committed(), Is.False, "partners.json was written before the commit");

        var commit = Task.Run(output.Commit);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Committed() && DateTime.UtcNow < deadline) Thread.Sleep(20);
        Assert.That(Committed(), Is.True, "the store's files waited for the index");
        Assert.That(commit.IsCompleted, Is.False, "the commit did not wait for the batch in flight");
        index.Open.Set();
        Assert.That(commit.Wait(TimeSpan.FromSeconds(30)), Is.True);
        Assert.That(index.DocumentIds(), Has.Count.EqualTo(2));
    }

    [Test]
    public void AFailedIndexWrite_IsThrownByTheCommit()
    {
        using var dir = new TempDirectory();
        var (output, index, store) = Open(dir);
        index.Failure = new InvalidOperationException("disk full");
        output.Save(Document(1), "in/report-1.txt", null);
        output.Save(Document(2), "in/report-2.txt", null);

        Assert.That(() => output.Commit(), Throws.InvalidOperationException.With.Message.EqualTo("disk full"));
        // The store holds both (its files are the truth); the next run's opening indexes what the index missed.
        Assert.That(store.ReadManifest().Entries, Has.Count.EqualTo(2));
    }

    [Test]
    public void ARemoval_WaitsForTheBatchInFlight_SoTheRemovedDocumentDoesNotComeBack()
    {
        using var dir = new TempDirectory();
        var (output, index, _) = Open(dir);
        FillABatchThatWaits(output, index);

        var removal = Task.Run(() => output.Remove("in/report-1.txt"));
        Assert.That(removal.Wait(TimeSpan.FromMilliseconds(300)), Is.False, "the removal ran before the batch that holds the document was written");
        index.Open.Set();
        removal.Wait(TimeSpan.FromSeconds(30));
        output.Commit();

        Assert.That(removal.IsCompletedSuccessfully, Is.True);
        Assert.That(index.DocumentIds(), Has.Count.EqualTo(1));
    }
}
