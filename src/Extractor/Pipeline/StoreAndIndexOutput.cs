using Extractor.Domain;
using Extractor.Indexing;
using Extractor.Storage;

namespace Extractor.Pipeline;

/// <summary>Ingest's output: the store first (its per-document file is the truth), then the index, one document at a time.</summary>
public sealed class StoreAndIndexOutput(IDocumentStore store, ISearchIndex index) : IIngestOutput
{
    public IReadOnlyDictionary<string, string> StoredHashes() =>
        store.ReadManifest().Entries.ToDictionary(e => e.Key, e => e.Value.ContentHash, StringComparer.Ordinal);

    public void Save(ProcessedDocument document, string sourcePath)
    {
        var keyed = document with { Document = document.Document with { Info = document.Info with { SourcePath = sourcePath } } };
        index.Update(store.Save(keyed));
    }

    public void Remove(string sourcePath)
    {
        if (store.ReadManifest().Entries.TryGetValue(sourcePath, out var entry))
        {
            store.Remove(sourcePath);
            if (!store.ReadManifest().Entries.Values.Any(e => e.DocumentId == entry.DocumentId)) index.Remove(entry.DocumentId);
        }
    }

    public void Commit() => store.Commit();
}
