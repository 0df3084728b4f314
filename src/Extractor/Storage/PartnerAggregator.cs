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

    /// <summary>This contribution as partners.delta.jsonl records it.</summary>
    public PartnerContributionRecord ToRecord() => new(Canonical, DocumentId, [.. _names], Type, Country, Mentions, [.. _eventIds]);

    /// <summary>A contribution as partners.delta.jsonl recorded it.</summary>
    public static PartnerContribution From(PartnerContributionRecord record)
    {
        var c = new PartnerContribution(record.Canonical, record.Document) { Type = record.Type, Country = record.Country, Mentions = record.Mentions };
        c._names.UnionWith(record.Names);
        c._eventIds.AddRange(record.Events);
        return c;
    }
}

/// <summary>
/// A partner's names (with how many documents write each), type, country and mention count summed over some documents,
/// with the documents that gave the type and the country: the earliest by id that give one. Sums can be taken apart
/// again (<see cref="Subtract"/>), which is how <see cref="PartnerFileUpdater"/> takes out a changed document.
/// </summary>
internal sealed class PartnerTally
{
    private readonly SortedDictionary<string, int> _names = new(StringComparer.Ordinal);

    public string? Type { get; private set; }
    public string? TypeFrom { get; private set; }
    public string? Country { get; private set; }
    public string? CountryFrom { get; private set; }
    public int Mentions { get; private set; }

    /// <summary>What partners.json and partners.tally.json say of a partner.</summary>
    public static PartnerTally From(PartnerRecord record, PartnerTallyRecord tally)
    {
        var t = new PartnerTally { Type = record.Type, TypeFrom = tally.TypeFrom, Country = record.Country, CountryFrom = tally.CountryFrom, Mentions = record.MentionCount };
        foreach (var (name, documents) in tally.Names) t._names[name] = documents;
        return t;
    }

    /// <summary>Adds a document's contribution, in any order: the type and country of the earliest document stay.</summary>
    public void Add(PartnerContribution c)
    {
        foreach (var n in c.Names) _names[n] = _names.GetValueOrDefault(n) + 1;
        Offer(c.DocumentId, c.Type, c.Country);
        Mentions += c.Mentions;
    }

    /// <summary>Adds the tally of other documents: the type and country of the earlier document win.</summary>
    public void Merge(PartnerTally other)
    {
        foreach (var (name, documents) in other._names) _names[name] = _names.GetValueOrDefault(name) + documents;
        if (other.TypeFrom is not null) Offer(other.TypeFrom, other.Type, null);
        if (other.CountryFrom is not null) Offer(other.CountryFrom, null, other.Country);
        Mentions += other.Mentions;
    }

    /// <summary>
    /// Takes out the names and mentions of documents that <see cref="Add"/> or <see cref="Merge"/> put in (not their
    /// type and country: see <see cref="Forget"/>). False, and the tally unusable, when it held less than that: the
    /// tally was not the sum it was taken for.
    /// </summary>
    public bool Subtract(PartnerTally other)
    {
        foreach (var (name, documents) in other._names)
        {
            var left = _names.GetValueOrDefault(name) - documents;
            if (left < 0) return false;
            if (left == 0) _names.Remove(name);
            else _names[name] = left;
        }
        Mentions -= other.Mentions;
        return Mentions >= 0;
    }

    /// <summary>Drops the type or the country if the document that gave it is among <paramref name="documents"/>; returns which documents they were.</summary>
    public (string? TypeFrom, string? CountryFrom) Forget(IReadOnlySet<string> documents)
    {
        var typeFrom = TypeFrom is not null && documents.Contains(TypeFrom) ? TypeFrom : null;
        var countryFrom = CountryFrom is not null && documents.Contains(CountryFrom) ? CountryFrom : null;
        if (typeFrom is not null) (Type, TypeFrom) = (null, null);
        if (countryFrom is not null) (Country, CountryFrom) = (null, null);
        return (typeFrom, countryFrom);
    }

    /// <summary>Takes a document's type and country (either may be null) where it comes before the documents that gave them so far.</summary>
    public void Offer(string document, string? type, string? country)
    {
        if (type is not null && Earlier(document, TypeFrom)) (Type, TypeFrom) = (type, document);
        if (country is not null && Earlier(document, CountryFrom)) (Country, CountryFrom) = (country, document);
    }

    private static bool Earlier(string document, string? than) => than is null || string.CompareOrdinal(document, than) < 0;

    public PartnerRecord Record(string canonical, IReadOnlyList<string> eventIds, IReadOnlyList<string> documentIds) =>
        new(canonical, _names.Keys.Where(n => n != canonical).ToList(), Type, Country, Mentions, eventIds, documentIds);

    /// <summary>Whether it counts no name and no mention (what documents naming the partner only in events give).</summary>
    public bool IsEmpty => _names.Count == 0 && Mentions == 0;

    /// <summary>The names and mentions, as partners.delta.jsonl records what changed documents gave.</summary>
    public PartnerCountRecord CountRecord(string canonical) => new(canonical, new SortedDictionary<string, int>(_names, StringComparer.Ordinal), Mentions);

    /// <summary>Names and mentions as partners.delta.jsonl recorded them (no type or country).</summary>
    public static PartnerTally FromCounts(PartnerCountRecord record)
    {
        var t = new PartnerTally { Mentions = record.Mentions };
        foreach (var (name, documents) in record.Names) t._names[name] = documents;
        return t;
    }

    public PartnerTallyRecord TallyRecord(string canonical) => new(canonical, new SortedDictionary<string, int>(_names, StringComparer.Ordinal), TypeFrom, CountryFrom);
}
