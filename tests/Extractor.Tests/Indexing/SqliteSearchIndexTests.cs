using Extractor.Domain;
using Extractor.Indexing;
using Extractor.Indexing.Query;
using Extractor.Storage;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Indexing;

public sealed class SqliteSearchIndexTests : TwoCityIndexTests
{
    private IndexResult Search(string? text, string? partner = null, string? from = null, string? to = null, string? type = null, string? city = null, string? document = null) =>
        Events(text, partner, from, to, type, city, document);

    private static string[] Titles(IndexResult r) => r.Hits.Select(h => h.Title).ToArray();

    private static readonly object[] Folding =
    [
        new object[] { "reuniones", "Reunión con CGLU sobre cooperación descentralizada" },
        new object[] { "cooperacion", "Reunión con CGLU sobre cooperación descentralizada" },
        new object[] { "BOGOTA foro", "Foro de movilidad urbana sostenible" },
        new object[] { "sostenibles", "Foro de movilidad urbana sostenible" },
        new object[] { "mision", "Misión técnica a Seúl" },
    ];

    [TestCaseSource(nameof(Folding))]
    public void AccentsCaseAndInflection_DoNotMatter(string query, string expectedTitle) =>
        Assert.That(Titles(Search(query)), Has.Member(expectedTitle));

    [Test]
    public void Bm25_RanksATitleMatchAboveABodyMatch()
    {
        // "resiliencia" is in the workshop's title and body; "Bogotá" is the forum's place but the congress's body only.
        var r = Search("congreso OR resiliencia");
        Assert.That(r.Hits.Select(h => h.Score), Is.Ordered.Descending);
        var bogota = Search("Bogotá");
        Assert.That(bogota.Total, Is.EqualTo(2));
        Assert.That(bogota.Hits[0].Score, Is.GreaterThanOrEqualTo(bogota.Hits[1].Score));
    }

    [Test]
    public void APhrase_MatchesOnlyWordsInOrder()
    {
        Assert.That(Titles(Search("\"movilidad urbana\"")), Is.EqualTo(new[] { "Foro de movilidad urbana sostenible" }));
        Assert.That(Search("\"urbana movilidad\"").Total, Is.Zero);
    }

    [Test]
    public void APrefix_MatchesWordsStartingWithIt()
    {
        Assert.That(Titles(Search("descentraliz*")), Is.EqualTo(new[] { "Reunión con CGLU sobre cooperación descentralizada" }));
        Assert.That(Titles(Search("resilien*")), Is.EqualTo(new[] { "Taller de resiliencia" }));
    }

    [Test]
    public void BooleanOperators_CombineTerms()
    {
        Assert.That(Search("Bogotá AND congreso").Total, Is.EqualTo(1));
        Assert.That(Search("congreso OR taller").Total, Is.EqualTo(2));
        Assert.That(Titles(Search("Bogotá NOT congreso")), Is.EqualTo(new[] { "Foro de movilidad urbana sostenible" }));
        Assert.That(Search("(congreso OR taller) AND Madrid").Total, Is.EqualTo(1));
    }

    [Test]
    public void ThePartnerFilter_AcceptsTheCanonicalNameOrAnAliasInAnyCase()
    {
        Assert.That(Search(null, partner: "CGLU").Total, Is.EqualTo(2));
        Assert.That(Search(null, partner: "ciudades y gobiernos locales unidos").Total, Is.EqualTo(2));
        Assert.That(Titles(Search(null, partner: "union europea")), Is.EqualTo(new[] { "Taller de resiliencia" }));
    }

    [Test]
    public void TheDateFilter_KeepsEventsWhosePeriodOverlaps()
    {
        Assert.That(Titles(Search(null, from: "2021-11-30", to: "2021-12")), Is.EqualTo(new[] { "Foro de movilidad urbana sostenible" }));
        Assert.That(Search(null, from: "2021-07", to: "2021-12").Total, Is.EqualTo(3));
        Assert.That(Search(null, from: "2024").Total, Is.EqualTo(2));
        Assert.That(Titles(Search(null, to: "2021-07-24")), Is.EqualTo(new[] { "Reunión con CGLU sobre cooperación descentralizada" }));
    }

    [Test]
    public void TypeCityAndDocumentFilters_Narrow()
    {
        Assert.That(Titles(Search(null, type: "WORKSHOP")), Is.EqualTo(new[] { "Taller de resiliencia" }));
        Assert.That(Search(null, city: "bogota").Total, Is.EqualTo(2));
        Assert.That(Search(null, document: "004_bogota.txt").Total, Is.EqualTo(2));
        Assert.That(Search(null, document: ProcessedDocuments.MexicoCity().Info.Id).Total, Is.EqualTo(3));
    }

    [Test]
    public void Facets_CountAllMatches()
    {
        var f = Search(null).Facets;
        Assert.That(f.Partner.Single(v => v.Value == "CGLU").Count, Is.EqualTo(2));
        Assert.That(f.Year.Select(v => (v.Value, v.Count)), Is.EqualTo(new[] { ("2021", 3), ("2024", 2) }));
        Assert.That(f.Month.Select(v => v.Value), Is.EqualTo(new[] { "2021-07", "2021-10", "2021-11", "2024-03", "2024-05" }));
        Assert.That(f.City.Single(v => v.Value == "Bogotá").Count, Is.EqualTo(2));
        Assert.That(f.Document.Select(v => v.Label), Has.Member("Informe de recursos de cooperación Bogotá"));
        Assert.That(f.Type.Sum(v => v.Count), Is.EqualTo(5));
    }

    [Test]
    public void Snippets_MarkTheOriginalWordsThatMatchedTheirStems()
    {
        var hit = Search("reuniones cooperacion").Hits.Single();
        var marked = hit.Snippet.Highlights.Select(h => hit.Snippet.Text.Substring(h.Start, h.Length)).ToArray();
        Assert.That(marked, Is.SupersetOf(new[] { "Reunión", "cooperación", "reunión" }));
    }

    [Test]
    public void AnUpdatedDocument_ReplacesItsEventsAndRemoveDropsThem()
    {
        var doc = ProcessedDocuments.MexicoCity();
        ISearchIndex index = Index;
        index.Update(doc);
        Assert.That(Search(null).Total, Is.EqualTo(5));
        index.Remove(doc.Info.Id);
        Assert.That(Search(null).Total, Is.EqualTo(2));
        Assert.That(Index.GetEvent(StoredDocumentBuilder.Build(doc).Events[0].Id), Is.Null);
    }

    /// <summary>Mexico City's report as its source file may read later: another title (so another id) and other events.</summary>
    private static ProcessedDocument MexicoCityRevised(string title = "Informe revisado CDMX") =>
        new ProcessedDocumentBuilder("corpus/001_cdmx.txt", title, "2021-07/2021-12")
            .Section("Seminario de gobernanza metropolitana", "El 3 de agosto se celebró un seminario de gobernanza con la OCDE.", "activity")
            .Event("Seminario de gobernanza metropolitana", "seminar", "2021-08-03", "Ciudad de México", null, "OCDE")
            .Partner("OCDE", "OCDE", "multilateral")
            .Build();

    private int SectionsMatching(string text) =>
        Index.SearchTexts(new TextQuery(SearchScope.Sections, QueryParser.Parse(text).Value!)).Total;

    [Test]
    public void ABatchThatReplacesDocuments_FindsTheirNewTextsAndNoneOfTheOld()
    {
        var lima = new ProcessedDocumentBuilder("corpus/009_lima.txt", "Informe Lima", "2022")
            .Section("Taller de gobernanza hídrica", "En junio de 2022 se celebró un taller de gobernanza hídrica con la CAF.", "activity")
            .Event("Taller de gobernanza hídrica", "workshop", "2022-06", "Lima", null, "CAF")
            .Build();
        var revised = StoredDocumentBuilder.Build(MexicoCityRevised());
        Index.Update([revised, StoredDocumentBuilder.Build(ProcessedDocuments.Bogota()), StoredDocumentBuilder.Build(lima)]);

        Assert.That(Titles(Search("gobernanza")), Is.EquivalentTo(new[] { "Seminario de gobernanza metropolitana", "Taller de gobernanza hídrica" }));
        Assert.That(Search("resiliencia").Total, Is.Zero);
        Assert.That(Search(null).Total, Is.EqualTo(4));
        Assert.That(SectionsMatching("resiliencia"), Is.Zero);
        Assert.That(SectionsMatching("gobernanza"), Is.EqualTo(2));
        Assert.That(Index.DocumentIds(), Is.EquivalentTo(new[] { revised.Document.Id, ProcessedDocuments.Bogota().Info.Id, lima.Info.Id }));
        Assert.That(Index.GetEvent(StoredDocumentBuilder.Build(ProcessedDocuments.MexicoCity()).Events[0].Id), Is.Null);
    }

    [Test]
    public void ABatchOfManyDocuments_IndexesEachWithItsOwnTexts()
    {
        // More documents than are analysed ahead of the writing: each one's analysis must reach its own rows.
        string[] topics = ["acuicultura", "bibliotecas", "ciclovías", "drenaje", "energía", "forestación", "grafiti", "huertos",
            "inclusión", "juventud", "kioscos", "luminarias", "mercados", "nomenclatura", "ornato", "panteones", "quioscos", "reciclaje"];
        var batch = topics.Select((topic, i) => StoredDocumentBuilder.Build(
            new ProcessedDocumentBuilder($"corpus/batch_{i:D2}.txt", $"Informe {i}", "2022")
                .Section($"Taller de {topic}", $"En mayo de 2022 se celebró un taller de {topic} con la CAF.", "activity")
                .Event($"Taller de {topic}", "workshop", "2022-05", "Lima", null, "CAF")
                .Build())).ToList();
        Index.Update(batch);

        for (var i = 0; i < topics.Length; i++)
        {
            var hit = Search(topics[i]).Hits.Single();
            Assert.That((hit.Title, hit.DocumentId), Is.EqualTo(($"Taller de {topics[i]}", batch[i].Document.Id)), topics[i]);
            Assert.That(SectionsMatching(topics[i]), Is.EqualTo(1), topics[i]);
        }
    }

    [Test]
    public void OfTwoVersionsOfOneSourceInABatch_TheLastIsKept()
    {
        var first = StoredDocumentBuilder.Build(MexicoCityRevised("Primera revisión CDMX"));
        var last = StoredDocumentBuilder.Build(MexicoCityRevised("Segunda revisión CDMX"));
        Index.Update([first, last]);

        Assert.That(Index.DocumentIds(), Is.EquivalentTo(new[] { last.Document.Id, ProcessedDocuments.Bogota().Info.Id }));
        Assert.That(Search("gobernanza").Hits.Single().DocumentId, Is.EqualTo(last.Document.Id));
        Assert.That(SectionsMatching("gobernanza"), Is.EqualTo(1));
    }

    [Test]
    public void RebuildFromTheStore_GivesTheSameAnswers()
    {
        var before = Search("cooperación");
        Index.Rebuild([StoredDocumentBuilder.Build(ProcessedDocuments.MexicoCity()), StoredDocumentBuilder.Build(ProcessedDocuments.Bogota())]);
        var after = Search("cooperación");
        Assert.That(Titles(after), Is.EqualTo(Titles(before)));
    }

    [Test]
    public void SectionsEventsAndPartners_CanBeFetched()
    {
        var hit = Search("taller").Hits.Single();
        var section = Index.GetSection(hit.SectionId!);
        Assert.That(section!.Text, Does.Contain("Unión Europea en Madrid"));
        Assert.That(Index.GetEvent(hit.EventId)!.Location, Is.EqualTo("Madrid"));
        var cglu = Index.Partners().Single(p => p.Canonical == "CGLU");
        Assert.That((cglu.EventCount, cglu.DocumentCount, cglu.Type), Is.EqualTo((2, 2, "network")));
        Assert.That(cglu.Aliases, Has.Member("Ciudades y Gobiernos Locales Unidos"));
    }

    [Test]
    public void Searches_KeepAnsweringWhileAnotherConnectionWrites()
    {
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            var writerIndex = new SqliteSearchIndex(new IndexOptions(Dir.File("index.db")));
            for (var i = 0; i < 40; i++)
            {
                var doc = new ProcessedDocumentBuilder($"corpus/gen_{i}.txt", $"Generado {i}")
                    .Section($"Reunión generada {i}", "Reunión de trabajo con la UCCI en Lisboa.")
                    .Event($"Reunión generada {i}", "meeting", "2022-02", "Lisboa", null, "UCCI").Build();
                ((ISearchIndex)writerIndex).Update(doc);
            }
        });
        var reads = 0;
        var last = 0;
        while (!writer.IsCompleted)
        {
            var total = Search("reunión").Total;
            Assert.That(total, Is.GreaterThanOrEqualTo(last)); // never goes back: each read sees a committed state
            last = total;
            reads++;
        }
        writer.GetAwaiter().GetResult();
        Assert.That(reads, Is.GreaterThan(0));
        Assert.That(Search("reunión").Total, Is.EqualTo(41));
    }
}
