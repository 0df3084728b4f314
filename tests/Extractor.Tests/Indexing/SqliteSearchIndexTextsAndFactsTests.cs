using Extractor.Domain;
using Extractor.Indexing;
using Extractor.Indexing.Query;
using Extractor.Storage;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;
using Microsoft.Data.Sqlite;

namespace Extractor.Tests.Indexing;

/// <summary>Section and document hits, and the remembered event facts that filters and facets use.</summary>
public sealed class SqliteSearchIndexTextsAndFactsTests : TwoCityIndexTests
{
    private TextSearchResult Texts(SearchScope scope, string text, string? document = null, string? type = null) =>
        Index.SearchTexts(new TextQuery(scope, QueryParser.Parse(text).Value!, document, type));

    protected override int EventLimit => 1000;

    [Test]
    public void Sections_AreFoundByTheirTextWithSpanishAnalysisAndSnippets()
    {
        var r = Texts(SearchScope.Sections, "urbanas resilientes OR resiliencia");
        var hit = r.Hits.First();
        Assert.That(hit.Title, Is.EqualTo("Taller de resiliencia"));
        Assert.That((hit.Kind, hit.Type, hit.FileName), Is.EqualTo(("section", "activity", "001_cdmx.txt")));
        var marked = hit.Snippet.Highlights.Select(h => hit.Snippet.Text.Substring(h.Start, h.Length)).ToArray();
        Assert.That(marked, Has.Member("resiliencia"));
        Assert.That(Texts(SearchScope.Sections, "transporte").Hits.Single().Title, Is.EqualTo("Misión técnica a Seúl"));
        Assert.That(Texts(SearchScope.Sections, "seul*").Total, Is.EqualTo(1));
    }

    [Test]
    public void SectionHits_AreRankedAndFilteredByDocumentAndType()
    {
        var all = Texts(SearchScope.Sections, "CGLU OR Bogotá");
        Assert.That(all.Hits.Select(h => h.Score), Is.Ordered.Descending);
        Assert.That(all.Total, Is.EqualTo(all.Hits.Count));
        Assert.That(Texts(SearchScope.Sections, "CGLU OR Bogotá", document: "004_bogota.txt").Hits.Select(h => h.DocumentId).Distinct(),
            Is.EqualTo(new[] { ProcessedDocuments.Bogota().Info.Id }));
        Assert.That(Texts(SearchScope.Sections, "CGLU", type: "navigation").Total, Is.Zero);
    }

    [Test]
    public void Documents_AreFoundByTitleAndFileName()
    {
        var hit = Texts(SearchScope.Documents, "cooperacion bogota").Hits.Single();
        Assert.That((hit.Kind, hit.Title, hit.Id), Is.EqualTo(("document", "Informe de recursos de cooperación Bogotá", ProcessedDocuments.Bogota().Info.Id)));
        Assert.That(Texts(SearchScope.Documents, "cdmx").Hits.Single().FileName, Is.EqualTo("001_cdmx.txt"));
        Assert.That(Texts(SearchScope.Documents, "informe").Total, Is.EqualTo(2));
    }

    [Test]
    public void RemovingOrRebuilding_KeepsSectionAndDocumentHitsInStep()
    {
        ((ISearchIndex)Index).Remove(ProcessedDocuments.Bogota().Info.Id);
        Assert.That(Texts(SearchScope.Sections, "transporte").Total, Is.Zero);
        Assert.That(Texts(SearchScope.Documents, "bogota").Total, Is.Zero);
        Index.Rebuild([StoredDocumentBuilder.Build(ProcessedDocuments.Bogota())]);
        Assert.That(Texts(SearchScope.Sections, "transporte").Total, Is.EqualTo(1));
        Assert.That(Texts(SearchScope.Sections, "resiliencia").Total, Is.Zero);
    }

    [Test]
    public void AnIndexMadeBeforeSectionSearch_IsFilledWhenOpened()
    {
        SqliteConnection.ClearAllPools();
        using (var c = new SqliteConnection($"Data Source={Dir.File("index.db")}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE sections_fts; DROP TABLE section_rows; DROP TABLE documents_fts; DROP TABLE document_rows;";
            cmd.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        var reopened = new SqliteSearchIndex(new IndexOptions(Dir.File("index.db")));
        Assert.That(reopened.SearchTexts(new TextQuery(SearchScope.Sections, QueryParser.Parse("transporte").Value!)).Total, Is.EqualTo(1));
        Assert.That(reopened.SearchTexts(new TextQuery(SearchScope.Documents, QueryParser.Parse("cdmx").Value!)).Total, Is.EqualTo(1));
    }

    [Test]
    public void ReplacedEvents_NeverLendTheirRememberedFactsToNewOnes()
    {
        // Warm the memory, then replace a document by another from elsewhere: rowids must not be reused.
        Assert.That(Events("reunión", city: "Ciudad de México").Total, Is.EqualTo(1));
        ISearchIndex index = Index;
        index.Remove(ProcessedDocuments.Bogota().Info.Id);
        index.Remove(ProcessedDocuments.MexicoCity().Info.Id);
        var lisbon = new ProcessedDocumentBuilder("corpus/lisboa.txt", "Informe Lisboa")
            .Section("Reunión en Lisboa", "Reunión de trabajo con la UCCI en Lisboa.")
            .Event("Reunión en Lisboa", "meeting", "2022-02", "Lisboa", null, "UCCI").Build();
        index.Update(lisbon);
        Assert.That(Events("reunión", city: "Ciudad de México").Total, Is.Zero);
        var r = Events("reunión");
        Assert.That((r.Total, r.Facets.City.Single().Value, r.Facets.Partner.Single().Value), Is.EqualTo((1, "Lisboa", "UCCI")));
    }

    [Test]
    public void ARebuildByAnotherIndexObject_IsSeenByThisOne()
    {
        Assert.That(Events("congreso").Facets.City.Single().Value, Is.EqualTo("Bogotá"));
        var other = new SqliteSearchIndex(new IndexOptions(Dir.File("index.db")));
        var moved = new ProcessedDocumentBuilder("corpus/otro.txt", "Otro informe")
            .Section("Congreso en Quito", "Congreso de ciudades en Quito.")
            .Event("Congreso en Quito", "congress", "2023-01", "Quito", null, "CGLU").Build();
        other.Rebuild([StoredDocumentBuilder.Build(moved)]);
        var r = Events("congreso");
        Assert.That((r.Total, r.Facets.City.Single().Value), Is.EqualTo((1, "Quito")));
    }

    private static readonly (string? Partner, string? From, string? To, string? Type, string? City)[] Filters =
    [
        ("CGLU", null, null, null, null), (null, "2020-01", "2021-06", null, null), (null, null, null, "WORKSHOP", null),
        (null, null, null, null, "bogota"), ("bid", "2019", "2024", null, "Bogotá"), ("UCCI", "2023-03", "2023-03", null, null),
    ];

    [Test]
    public void FilteringTextMatchesInMemory_AgreesWithFilteringInSql()
    {
        // Text queries filter remembered facts; browsing filters in SQL. On a synthetic corpus both must agree, and the
        // filtered ranking must be the unfiltered ranking restricted to the kept events.
        var bench = new SqliteSearchIndex(new IndexOptions(Dir.File("bench.db")));
        bench.Rebuild(IndexBenchmark.Generate(3_000, eventsPerDocument: 50));
        foreach (var text in new[] { "reuniones", "foro OR congreso", "resilien*" })
        {
            var ranked = Events(text, index: bench).Hits.Select(h => h.EventId).ToList();
            foreach (var (partner, from, to, type, city) in Filters)
            {
                var browsed = Events(null, partner, from, to, type, city, index: bench).Hits.Select(h => h.EventId).ToHashSet();
                var filtered = Events(text, partner, from, to, type, city, index: bench);
                var expected = ranked.Where(browsed.Contains).ToList();
                Assert.That(filtered.Hits.Select(h => h.EventId), Is.EqualTo(expected.Take(1000)), $"{text} with {partner} {from} {to} {type} {city}");
                Assert.That(filtered.Total, Is.EqualTo(expected.Count));
                Assert.That(filtered.Facets.Type.Sum(t => t.Count), Is.EqualTo(expected.Count));
            }
        }
    }
}
