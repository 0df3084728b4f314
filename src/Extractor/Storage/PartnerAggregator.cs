namespace Extractor.Storage;

/// <summary>Builds one record per canonical organisation from the partner mentions and events of many documents.</summary>
public static class PartnerAggregator
{
    public static IReadOnlyList<PartnerRecord> Aggregate(IEnumerable<StoredDocument> documents)
    {
        var byName = new SortedDictionary<string, Accumulator>(StringComparer.Ordinal);
        Accumulator For(string canonical)
        {
            if (!byName.TryGetValue(canonical, out var a)) byName[canonical] = a = new Accumulator();
            return a;
        }

        foreach (var doc in documents)
        {
            foreach (var m in doc.Mentions.Where(m => m.Canonical is not null))
            {
                var a = For(m.Canonical!);
                a.Aliases.Add(m.Text);
                a.Types.Add(m.OrganisationType);
                a.Countries.Add(m.Country);
                a.Mentions++;
                a.Documents.Add(doc.Document.Id);
            }
            foreach (var e in doc.Events)
                foreach (var p in e.Partners)
                {
                    var a = For(p);
                    a.Events.Add(e.Id);
                    a.Documents.Add(doc.Document.Id);
                }
        }
        return byName.Select(kv => new PartnerRecord(
            kv.Key,
            kv.Value.Aliases.Where(x => x != kv.Key).ToList(),
            kv.Value.Types.FirstOrDefault(t => t is not null),
            kv.Value.Countries.FirstOrDefault(c => c is not null),
            kv.Value.Mentions,
            kv.Value.Events.ToList(),
            kv.Value.Documents.ToList())).ToList();
    }

    private sealed class Accumulator
    {
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        // Most frequent would be better; first in document order keeps the output stable and is usually the same.
        public List<string?> Types { get; } = [];
        public List<string?> Countries { get; } = [];
        public SortedSet<string> Events { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Documents { get; } = new(StringComparer.Ordinal);
        public int Mentions { get; set; }
    }
}
