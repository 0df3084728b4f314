using System.Text.Json;
using Extractor.Domain;
using Extractor.Storage;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Storage;

/// <summary>
/// partners.json kept up to date run after run from the changed documents only must be what building it from every
/// document gives (<see cref="PartnerAggregator.Aggregate"/>), byte for byte: real stores in a temp folder.
/// </summary>
public sealed class PartnerFileUpdaterTests : TempDirectoryTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    // Partners with several written names, and types and countries that documents disagree on (null included).
    private static readonly (string Canonical, string[] Names, string?[] Types, string?[] Countries)[] Known =
    [
        ("CGLU", ["CGLU", "Ciudades y Gobiernos Locales Unidos"], ["network", null], [null]),
        ("UCCI", ["UCCI", "Unión de Ciudades Capitales Iberoamericanas"], ["network", "association", null], [null, "ES"]),
        ("KOICA", ["KOICA"], ["agency"], ["KR", null, "KP"]),
        ("BID", ["BID", "Banco Interamericano de Desarrollo"], ["multilateral", null], [null]),
        ("Metrópolis", ["Metrópolis", "Metropolis"], [null, "network"], [null]),
    ];

    // Named by events only, never by a partner mention.
    private static readonly string[] EventOnly = ["Unión Europea", "ONU-Hábitat"];

    private JsonDocumentStore Open() => new(new StoreOptions(Dir.Path), new FakeTime(T0));

    private string PartnersPath => Dir.File("partners.json");

    /// <summary>A document of one to three sections naming random partners by random names, some with an event.</summary>
    private static ProcessedDocument RandomDocument(Random random, string path, string title)
    {
        var builder = new ProcessedDocumentBuilder(path, title);
        for (var s = 0; s < 1 + random.Next(3); s++)
        {
            var named = Enumerable.Range(0, random.Next(4)).Select(_ => Known[random.Next(Known.Length)])
                .Select(p => (Partner: p, Name: p.Names[random.Next(p.Names.Length)])).ToList();
            builder.Section($"Actividad {s}", $"Reunión {random.Next(10_000)} con {string.Join(" y ", named.Select(n => n.Name).Append("otros"))}.");
            if (random.Next(2) == 0)
            {
                var partners = Known.Select(p => p.Canonical).Concat(EventOnly).Where(_ => random.Next(3) == 0).ToArray();
                builder.Event($"Reunión {s}", "meeting", null, null, null, partners);
            }
            foreach (var (partner, name) in named)
                builder.Partner(name, partner.Canonical, partner.Types[random.Next(partner.Types.Length)],
                    partner.Countries[random.Next(partner.Countries.Length)]);
        }
        return builder.Build();
    }

    /// <summary>partners.json must be what a build from every stored document gives, and nothing may be left pending.</summary>
    private void AssertPartnersAreARebuild(JsonDocumentStore store, string because)
    {
        var rebuilt = JsonSerializer.SerializeToUtf8Bytes(
            new PartnersFile(StoredDocument.CurrentSchemaVersion, PartnerAggregator.Aggregate(store.ReadAll())), StoreJsonContext.Default.PartnersFile);
        Assert.That(File.ReadAllText(PartnersPath), Is.EqualTo(System.Text.Encoding.UTF8.GetString(rebuilt)), because);
        Assert.That(File.Exists(Dir.File("partners.pending")), Is.False, because);
        Assert.That(Directory.GetFiles(Dir.Path, "*.tmp", SearchOption.AllDirectories), Is.Empty, because);
    }

    private static IEnumerable<int> Seeds() => Enumerable.Range(1, 12);

    [TestCaseSource(nameof(Seeds))]
    public void AfterRunsOfAddedChangedAndRemovedDocuments_PartnersJsonIsWhatARebuildGives(int seed)
    {
        var random = new Random(seed);
        var titles = new SortedDictionary<string, string>(StringComparer.Ordinal); // source path → title now stored
        var next = 0;
        var store = Open();
        for (var run = 0; run < 15; run++)
        {
            var log = new List<string>();
            for (var op = 0; op < 1 + random.Next(6); op++)
            {
                var choice = titles.Count == 0 ? 0 : random.Next(4);
                var path = choice == 0 ? $"corpus/d{next++:D3}.txt" : titles.Keys.ElementAt(random.Next(titles.Count));
                switch (choice)
                {
                    case 0 or 1: // a new document, or new content under the same id (same path and title)
                        titles[path] = titles.GetValueOrDefault(path, "Informe");
                        store.Save(RandomDocument(random, path, titles[path]));
                        log.Add((choice == 0 ? "add " : "change ") + path);
                        break;
                    case 2: // new content under a new id
                        titles[path] += "+";
                        store.Save(RandomDocument(random, path, titles[path]));
                        log.Add("replace " + path);
                        break;
                    default:
                        store.Remove(path);
                        titles.Remove(path);
                        log.Add("remove " + path);
                        break;
                }
            }

            switch (random.Next(4))
            {
                case 0: // killed before its commit: the next open repairs
                    store = Open();
                    log.Add("killed, reopened");
                    break;
                case 1:
                    store.Commit();
                    store = Open();
                    log.Add("committed, reopened");
                    break;
                default:
                    store.Commit();
                    log.Add("committed");
                    break;
            }
            AssertPartnersAreARebuild(store, $"seed {seed}, run {run}: {string.Join(", ", log)}");
        }
    }

    [Test]
    public void RemovingTheOnlyDocumentWithAName_DropsTheAlias_AndTheTypeComesFromTheNextDocument()
    {
        var store = Open();
        var first = new ProcessedDocumentBuilder("corpus/a.txt", "A")
            .Section("Foro", "Foro con la Unión de Ciudades Capitales Iberoamericanas.")
            .Partner("Unión de Ciudades Capitales Iberoamericanas", "UCCI", "association", "ES")
            .Build();
        var second = new ProcessedDocumentBuilder("corpus/b.txt", "B")
            .Section("Taller", "Taller con la UCCI.")
            .Partner("UCCI", "UCCI", "network")
            .Build();
        var (earlier, later) = string.CompareOrdinal(first.Info.Id, second.Info.Id) < 0 ? (first, second) : (second, first);
        store.Save(earlier);
        store.Save(later);
        store.Commit();
        Assert.That(store.ReadPartners().Single().Type, Is.EqualTo(earlier == first ? "association" : "network"));

        store.Remove(earlier.Info.SourcePath);
        store.Commit();

        var ucci = store.ReadPartners().Single();
        Assert.That((ucci.Aliases.Count, ucci.Type, ucci.MentionCount, ucci.DocumentIds.Single()),
            Is.EqualTo((later == first ? 1 : 0, later == first ? "association" : "network", 1, later.Info.Id)));
        AssertPartnersAreARebuild(store, "after the removal");
    }

    [Test]
    public void ANewEarlierDocumentOfAnotherType_GivesThePartnerItsType()
    {
        static ProcessedDocument Mission(string title, string type) => new ProcessedDocumentBuilder($"corpus/{title}.txt", title)
            .Section("Misión", "Misión con KOICA.").Partner("KOICA", "KOICA", type, "KR").Build();
        var store = Open();
        // Ids come from path and title: the document to come is the one that sorts first.
        var docs = Enumerable.Range(0, 5).Select(i => Mission($"T{i}", "cooperation agency")).OrderBy(d => d.Info.Id, StringComparer.Ordinal).ToList();
        foreach (var d in docs.Skip(1)) store.Save(d);
        store.Commit();
        Assert.That(store.ReadPartners().Single().Type, Is.EqualTo("cooperation agency"));

        store.Save(Mission(docs[0].Info.Title, "agency"));
        store.Commit();

        Assert.That(store.ReadPartners().Single().Type, Is.EqualTo("agency"));
        AssertPartnersAreARebuild(store, "after adding the earliest document");
    }

    [Test]
    public void NewContributionsBeyondTheMemoryBound_GoThroughATempFile_WithTheSameResult()
    {
        var random = new Random(7);
        var store = Open();
        var docs = Enumerable.Range(0, 40).Select(i => RandomDocument(random, $"corpus/d{i}.txt", "Informe")).ToList();
        foreach (var d in docs.Take(20)) store.Save(d);
        store.Commit();
        foreach (var d in docs.Skip(20)) store.Save(d);
        store.Remove(docs[3].Info.SourcePath);
        var changed = docs.Skip(20).Select(d => d.Info.Id).Append(docs[3].Info.Id).ToHashSet(StringComparer.Ordinal);
        var ids = store.ReadAll().Select(d => d.Document.Id).ToList();

        // The same update, from the same old file, with a bound of 3 ids: nearly every document goes to the temp file.
        var copy = Dir.File("copy.json");
        File.Copy(PartnersPath, copy);
        PartnerFileUpdater.Update(copy, changed, ids, store.ReadPartnerView, heldIds: 3);
        store.Commit();

        AssertPartnersAreARebuild(store, "the store's own update");
        Assert.That(File.ReadAllText(copy), Is.EqualTo(File.ReadAllText(PartnersPath)));
        PartnerFileUpdater.Update(copy, changed: null, ids, store.ReadPartnerView, heldIds: 3);
        Assert.That(File.ReadAllText(copy), Is.EqualTo(File.ReadAllText(PartnersPath)), "built from every document");
    }

    [TestCase("{\"schemaVersion\": 1, \"partners\": [{\"canonical\": ", TestName = "AnUnreadablePartnersFile_IsBuiltAgainFromEveryDocument(cut off)")]
    [TestCase("{\"schemaVersion\": 1.5, \"partners\": []}", TestName = "AnUnreadablePartnersFile_IsBuiltAgainFromEveryDocument(fractional version)")]
    [TestCase("{\"schemaVersion\": 99999999999, \"partners\": []}", TestName = "AnUnreadablePartnersFile_IsBuiltAgainFromEveryDocument(huge version)")]
    [TestCase("{\"schemaVersion\": 1, \"partners\": [{\"canonical\": \"X\"}]}", TestName = "AnUnreadablePartnersFile_IsBuiltAgainFromEveryDocument(record without lists)")]
    public void AnUnreadablePartnersFile_IsBuiltAgainFromEveryDocument(string damaged)
    {
        var store = Open();
        store.Save(ProcessedDocuments.MexicoCity());
        store.Commit();
        File.WriteAllText(PartnersPath, damaged);

        store.Save(ProcessedDocuments.Bogota());
        store.Commit();

        AssertPartnersAreARebuild(store, "after the commit");
    }
}
