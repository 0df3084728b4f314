namespace Extractor.Storage;

/// <summary>
/// Builds one record per canonical organisation from the partner mentions and events of many documents: the content of
/// partners.json. Aliases are the names as written (not the canonical); type and country the first given, in document
/// id order and then mention order; events and documents sorted ordinally. <see cref="PartnerFileUpdater"/> keeps the
/// file equal to this without reading every document.
/// </summary>
public static class PartnerAggregator
{
    /// <summary>Every partner of the documents, from scratch and in memory. Give the documents in id order.</summary>
    public static IReadOnlyList<PartnerRecord> Aggregate(IEnumerable<StoredDocument> documents)
    {
        var byName = new SortedDictionary<string, (PartnerTally Tally, SortedSet<string> Events, SortedSet<string> Documents)>(StringComparer.Ordinal);
        foreach (var doc in documents)
            foreach (var c in Contributions(doc))
            {
                if (!byName.TryGetValue(c.Canonical, out var a))
                    byName[c.Canonical] = a = (new PartnerTally(), new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
                a.Tally.Add(c);
                a.Events.UnionWith(c.EventIds);
                a.Documents.Add(c.DocumentId);
            }
        return byName.Select(kv => kv.Value.Tally.Record(kv.Key, kv.Value.Events.ToList(), kv.Value.Documents.ToList())).ToList();
    }

    /// <summary>What one document says of each partner it names, in the order it first names them.</summary>
    internal static IEnumerable<PartnerContribution> Contributions(StoredDocument doc) => Contributions(new StoredPartnerView(doc.Document, doc.Mentions, doc.Events));

    /// <inheritdoc cref="Contributions(StoredDocument)"/>
    internal static IEnumerable<PartnerContribution> Contributions(StoredPartnerView doc)
    {
        var byName = new Dictionary<string, PartnerContribution>(StringComparer.Ordinal);
        PartnerContribution For(string canonical)
        {
            if (!byName.TryGetValue(canonical, out var c)) byName[canonical] = c = new PartnerContribution(canonical, doc.Document.Id);
            return c;
        }

        foreach (var m in doc.Mentions)
            if (m.Canonical is not null) For(m.Canonical).AddMention(m);
        foreach (var e in doc.Events)
            foreach (var p in e.Partners)
                For(p).AddEvent(e.Id);
        return byName.Values;
    }
}

/// <summary>What one document says of one partner: the names it writes, its first type and country, its mentions and events.</summary>
internal sealed class PartnerContribution(string canonical, string documentId)
{
    private readonly SortedSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<string> _eventIds = [];

    public string Canonical { get; } = canonical;
    public string DocumentId { get; } = documentId;
    public IReadOnlySet<string> Names => _names;
    public string? Type { get; private set; }
    public string? Country { get; private set; }
    public int Mentions { get; private set; }
    public IReadOnlyList<string> EventIds => _eventIds;

    public void AddMention(MentionRecord m)
    {
        _names.Add(m.Text);
        Type ??= m.OrganisationType;
        Country ??= m.Country;
        Mentions++;
    }

    public void AddEvent(string eventId) => _eventIds.Add(eventId);
}

/// <summary>
/// A partner's names, type, country and mention count summed over documents given in id order; remembers which
/// document gave the type and the country, so that tallies of different documents can be merged in id order.
/// </summary>
internal sealed class PartnerTally
{
    public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);
    public string? Type { get; private set; }
    public string? Country { get; private set; }
    public int Mentions { get; private set; }
    private string? _typeFrom;
    private string? _countryFrom;

    /// <summary>Adds a document's contribution; documents come in id order, so the first type and country stay.</summary>
    public void Add(PartnerContribution c)
    {
        Names.UnionWith(c.Names);
        if (Type is null && c.Type is not null) (Type, _typeFrom) = (c.Type, c.DocumentId);
        if (Country is null && c.Country is not null) (Country, _countryFrom) = (c.Country, c.DocumentId);
        Mentions += c.Mentions;
    }

    /// <summary>Adds the tally of other documents: the type and country of the earlier document win.</summary>
    public void Merge(PartnerTally other)
    {
        Names.UnionWith(other.Names);
        if (Earlier(other._typeFrom, _typeFrom)) (Type, _typeFrom) = (other.Type, other._typeFrom);
        if (Earlier(other._countryFrom, _countryFrom)) (Country, _countryFrom) = (other.Country, other._countryFrom);
        Mentions += other.Mentions;
    }

    private static bool Earlier(string? document, string? than) =>
        document is not null && (than is null || string.CompareOrdinal(document, than) < 0);

    public PartnerRecord Record(string canonical, IReadOnlyList<string> eventIds, IReadOnlyList<string> documentIds) =>
        new(canonical, Names.Where(n => n != canonical).ToList(), Type, Country, Mentions, eventIds, documentIds);
}
