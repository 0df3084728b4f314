using Extractor.Domain;
using Extractor.Storage;

namespace Extractor.Pipeline;

/// <summary>
/// Ingest's output when the store also holds the index (PostgreSQL: one transaction writes a document's stored JSON
/// and its searchable rows), so each document is written once.
/// </summary>
public sealed class StoreOutput(IDocumentStore store) : IIngestOutput
{
    public IReadOnlyDictionary<string, StoredSource> StoredSources() =>
        store.ReadManifest().Entries.ToDictionary(e => e.Key, e => StoredSource.Of(e.Value), StringComparer.Ordinal);

    public void Save(ProcessedDocument document, string sourcePath, FileStamp? stamp) =>
        store.Save(document with { Document = document.Document with { Info = document.Info with { SourcePath = sourcePath } } }, stamp);

    public void Unchanged(string sourcePath, FileStamp? stamp) => store.RecordStamp(sourcePath, stamp);

    public void Remove(string sourcePath) => _ = store.Remove(sourcePath);

    public void Commit() => store.Commit();
}
