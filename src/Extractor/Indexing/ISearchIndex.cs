using Extractor.Domain;
using Extractor.Storage;

namespace Extractor.Indexing;

/// <summary>
/// The full-text index over stored documents' events and sections. Writers replace one document at a time in a
/// short transaction; readers see every committed write without reopening.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces a document (and drops an older version from the same source path).</summary>
    void Update(StoredDocument document);

    /// <summary>Adds or replaces a processed document.</summary>
    void Update(ProcessedDocument document) => Update(StoredDocumentBuilder.Build(document));

    /// <summary>Removes a document by id; nothing happens when it is not indexed.</summary>
    void Remove(string documentId);

    /// <summary>Empties the index and indexes these documents (the store's content) again.</summary>
    void Rebuild(IEnumerable<StoredDocument> documents);

    /// <summary>Adds or replaces several documents at once (one transaction where the index can).</summary>
    void Update(IReadOnlyList<StoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var d in documents) Update(d);
    }

    IndexResult Search(IndexQuery query);

    /// <summary>Searches sections (title and text) or documents (title) rather than events.</summary>
    TextSearchResult SearchTexts(TextQuery query) =>
        throw new NotSupportedException($"{GetType().Name} does not search sections or documents yet.");

    /// <summary>The ids of the indexed documents, to compare with the store's (null when the index cannot list them).</summary>
    IReadOnlySet<string>? DocumentIds() => null;

    IndexedSection? GetSection(string id);

    IndexedEvent? GetEvent(string id);

    IReadOnlyList<IndexedPartner> Partners();
}
