using System.Diagnostics;
using Extractor.Domain;
using Extractor.Indexing;
using Extractor.Storage;

namespace Extractor.Pipeline;

/// <summary>
/// Ingest's output: the store first (its per-document file is the truth), then the index, in batches of documents
/// (one index transaction each), each written on the thread pool while the next one fills; a removal waits for the batch
/// in flight, and the commit writes the store's files while the last batch is written. Opening a run brings the index in step with the store, so documents a killed run
/// stored but did not index (or removed from the store but not from the index) are mended before anything else.
/// </summary>
/// <param name="batchSize">Documents per index transaction. Default: 16.</param>
/// <param name="maxDelay">A save this long after the batch's first one writes the batch even if it is not full (there
/// is no timer: without another save, the batch waits for <see cref="Commit"/> or a removal). Default: 2 s.</param>
public sealed class StoreAndIndexOutput(IDocumentStore store, ISearchIndex index, int batchSize = 16, TimeSpan? maxDelay = null) : IIngestOutput
{
    private readonly List<StoredDocument> _pending = [];
    private readonly TimeSpan _maxDelay = maxDelay ?? TimeSpan.FromSeconds(2);
    private long _firstPending;
    // The batch being written to the index, on the thread pool: the workers go on processing (and the next batch fills)
    // meanwhile, instead of one of them holding the batch's save for the whole index transaction.
    private Task _indexing = Task.CompletedTask;

    public IReadOnlyDictionary<string, StoredSource> StoredSources()
    {
        var entries = store.ReadManifest().Entries;
        Reconcile(entries.Values.Select(e => e.DocumentId).ToHashSet(StringComparer.Ordinal));
        return entries.ToDictionary(e => e.Key, e => StoredSource.Of(e.Value), StringComparer.Ordinal);
    }

    private void Reconcile(HashSet<string> stored)
    {
        if (index.DocumentIds() is not { } indexed) return;
        foreach (var extra in indexed.Where(id => !stored.Contains(id)).Order(StringComparer.Ordinal)) index.Remove(extra);
        var missing = stored.Where(id => !indexed.Contains(id)).Order(StringComparer.Ordinal)
            .Select(store.Read).OfType<StoredDocument>().ToList();
        if (missing.Count > 0) index.Update(missing);
    }

    public void Save(ProcessedDocument document, string sourcePath, FileStamp? stamp)
    {
        var keyed = document with { Document = document.Document with { Info = document.Info with { SourcePath = sourcePath } } };
        if (_pending.Count == 0) _firstPending = Stopwatch.GetTimestamp();
        _pending.Add(store.Save(keyed, stamp));
        if (_pending.Count >= Math.Max(1, batchSize) || Stopwatch.GetElapsedTime(_firstPending) >= _maxDelay) Flush();
    }

    public void Unchanged(string sourcePath, FileStamp? stamp) => store.RecordStamp(sourcePath, stamp);

    public void Remove(string sourcePath)
    {
        Flush();
        WaitForIndex();
        if (store.Remove(sourcePath) is { } deleted) index.Remove(deleted);
    }

    /// <summary>
    /// Commits the store (partners.json and the manifest) while the last index batch is written: the two are independent, and
    /// the store is the truth (an index write that fails is mended from it when the next run opens). Both failures surface.
    /// </summary>
    public void Commit()
    {
        Flush();
        var indexing = _indexing;
        _indexing = Task.CompletedTask;
        Alongside.Run(store.Commit, indexing);
    }

    /// <summary>Hands the pending batch to the index, once the batch before it is written (one in flight at most).</summary>
    private void Flush()
    {
        if (_pending.Count == 0) return;
        WaitForIndex();
        var batch = _pending.ToList();
        _pending.Clear();
        _indexing = Task.Run(() => index.Update(batch));
    }

    /// <summary>Waits for the batch in flight; a write that failed throws here, in the next save, removal or commit.</summary>
    private void WaitForIndex()
    {
        var indexing = _indexing;
        _indexing = Task.CompletedTask;
        indexing.GetAwaiter().GetResult();
    }
}
