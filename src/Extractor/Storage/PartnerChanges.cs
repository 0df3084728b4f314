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

    /// <summary>
    /// The changes as a commit applies them: what the changed documents' counted versions gave, and what their versions
    /// now stored give, read through <paramref name="read"/> (lazily, in id order) when enumerated.
    /// </summary>
    public PartnerDelta Delta(Func<string, StoredPartnerView?> read) => PartnerDelta.Reading(_documents, _removed, read);

    public void Clear()
    {
        _documents.Clear();
        _removed.Clear();
    }
}

/// <summary>
/// What partners.json and partners.tally.json do not count yet: the documents whose counted versions are to be taken out
/// (<paramref name="Changed"/>, by id; <paramref name="Removed"/>, what those versions gave each partner), and what the
/// documents now stored give (<paramref name="Added"/>, in any order of documents).
/// </summary>
internal sealed record PartnerDelta(IReadOnlySet<string> Changed, IReadOnlyDictionary<string, PartnerTally> Removed, IEnumerable<PartnerContribution> Added)
{
    /// <summary>The changes of <paramref name="changed"/>, what their versions now stored give read in id order when enumerated.</summary>
    public static PartnerDelta Reading(IReadOnlySet<string> changed, IReadOnlyDictionary<string, PartnerTally> removed, Func<string, StoredPartnerView?> read) =>
        new(changed, removed, changed.Order(StringComparer.Ordinal).Select(read).OfType<StoredPartnerView>().SelectMany(PartnerAggregator.Contributions));
}
