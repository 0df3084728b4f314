namespace Extractor.Storage;

/// <summary>
/// The documents saved, replaced or removed since partners.json was written, and what their versions counted there gave
/// each partner: names and mentions, read from each document's file before it was first overwritten or deleted. Held
/// per partner, not per document, so it stays as small as the partner list however many documents change.
/// </summary>
internal sealed class PartnerChanges
{
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartnerTally> _removed = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Documents => _documents;

    /// <summary>Per partner, what the changed documents' counted versions gave it.</summary>
    public IReadOnlyDictionary<string, PartnerTally> Removed => _removed;

    /// <summary>
    /// Notes a document about to be overwritten or deleted. The first time since partners.json was written,
    /// <paramref name="counted"/> reads the version partners.json counts: null when there is none (a new document).
    /// </summary>
    public void Add(string documentId, Func<string, StoredPartnerView?> counted)
    {
        if (!_documents.Add(documentId) || counted(documentId) is not { } view) return;
        foreach (var c in PartnerAggregator.Contributions(view))
        {
            if (!_removed.TryGetValue(c.Canonical, out var tally)) _removed[c.Canonical] = tally = new PartnerTally();
            tally.Add(c);
        }
    }

    public void Clear()
    {
        _documents.Clear();
        _removed.Clear();
    }
}
