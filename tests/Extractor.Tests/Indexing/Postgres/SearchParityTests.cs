using Extractor.Configuration;
using Extractor.Domain;
using Extractor.Indexing;
using Extractor.Indexing.Postgres;
using Extractor.Pipeline;
using Extractor.Search;
using Extractor.Storage;
using Extractor.Storage.Postgres;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;
using Extractor.Tests.Storage.Postgres;
using Npgsql;

namespace Extractor.Tests.Indexing.Postgres;

/// <summary>
/// The seeds indexed by both backends answer the same searches with the same events. Compared as sets (with the
/// totals and the facet counts), since the two rank differently (BM25 against ts_rank) and so order differently.
/// </summary>
[NonParallelizable]
public sealed class SearchParityTests
{
    private TempDirectory _dir = null!;
    private NpgsqlDataSource _source = null!;
    private SearchService _sqlite = null!;
    private SearchService _postgres = null!;

    [OneTimeSetUp]
    public async Task IndexTheSeedsInBoth()
    {
        _source = NpgsqlDataSource.Create(PostgresTestCluster.Instance.CreateDatabase());
        PostgresMigrations.Migrate(_source);
        _dir = new TempDirectory();
        var config = PipelineConfig.Load(Path.Combine(RepoPaths.RepoRoot, "pipeline.json")).Value!;
        var pipeline = PipelineFactory.Create(config).Value!;
        var sqlite = new SqliteSearchIndex(new IndexOptions(_dir.File("index.db")));
        var store = new PostgresDocumentStore(_source);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var processed = (await pipeline.ProcessFileAsync(file)).Value!;
            var stored = StoredDocumentBuilder.Build(processed);
            sqlite.Update(stored);
            store.Save(stored);
        }
        store.Commit();
        _sqlite = new SearchService(sqlite);
        _postgres = new SearchService(new PostgresSearchIndex(_source));
    }

    [OneTimeTearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _source.Dispose();
        _dir.Dispose();
    }

    private static IEnumerable<TestCaseData> Searches()
    {
        yield return new TestCaseData(new SearchRequest()).SetName("browse everything");
        yield return new TestCaseData(new SearchRequest("reuniones")).SetName("a word matches its other forms (reuniones: reunión)");
        yield return new TestCaseData(new SearchRequest("Bogotá")).SetName("accents are ignored");
        yield return new TestCaseData(new SearchRequest("coop*")).SetName("a prefix");
        yield return new TestCaseData(new SearchRequest("\"red de ciudades\"")).SetName("a phrase with a stop word inside");
        yield return new TestCaseData(new SearchRequest("foro OR taller OR congreso")).SetName("OR");
        yield return new TestCaseData(new SearchRequest("reunión NOT virtual")).SetName("NOT");
        yield return new TestCaseData(new SearchRequest("(seguridad OR resiliencia) AND ciudad*")).SetName("parentheses, AND and a prefix");
        yield return new TestCaseData(new SearchRequest("reunión", From: "2021-09", To: "2021-10")).SetName("a date overlap filter");
        yield return new TestCaseData(new SearchRequest(Partner: "CGLU")).SetName("a partner filter by alias");
        yield return new TestCaseData(new SearchRequest(City: "ciudad de mexico")).SetName("a city filter, accents and case folded");
        yield return new TestCaseData(new SearchRequest(Type: "Taller")).SetName("a type filter, case ignored");
        yield return new TestCaseData(new SearchRequest("reunión", Document: "001_4990110ad9e10d2f.txt")).SetName("a document filter by file name");
    }

    [TestCaseSource(nameof(Searches))]
    public void BothBackends_FindTheSameEvents(SearchRequest request)
    {
        var all = request with { Limit = SearchRequest.MaxLimit };
        var sqlite = _sqlite.Search(all).Value!;
        var postgres = _postgres.Search(all).Value!;

        Assert.That(sqlite.Total, Is.GreaterThan(0), "a search that finds nothing proves nothing");
        Assert.That(postgres.Total, Is.EqualTo(sqlite.Total));
        Assert.That(postgres.Hits.Select(h => h.Id), Is.EquivalentTo(sqlite.Hits.Select(h => h.Id)));
        Assert.That(Counts(postgres.Facets), Is.EqualTo(Counts(sqlite.Facets)));
    }

    [Test]
    public void BrowsingWithoutAQuery_ListsTheLatestEventsFirstOnBoth()
    {
        var sqlite = _sqlite.Search(new SearchRequest(Limit: 20)).Value!;
        var postgres = _postgres.Search(new SearchRequest(Limit: 20)).Value!;
        Assert.That(postgres.Hits.Select(h => h.Date), Is.EqualTo(sqlite.Hits.Select(h => h.Date)));
    }

    [Test]
    public void SectionsEventsAndPartners_ReadTheSameOnBoth()
    {
        var sqliteIndex = new SqliteSearchIndex(new IndexOptions(_dir.File("index.db")));
        var postgresIndex = new PostgresSearchIndex(_source);
        var hit = _sqlite.Search(new SearchRequest("reunión")).Value!.Hits[0];
        Assert.That(postgresIndex.GetEvent(hit.Id), Is.EqualTo(sqliteIndex.GetEvent(hit.Id)).Using<IndexedEvent>(SameEvent));
        Assert.That(postgresIndex.GetSection(hit.Source.SectionId!)?.Text, Is.EqualTo(sqliteIndex.GetSection(hit.Source.SectionId!)?.Text));
        Assert.That(postgresIndex.Partners().Select(p => (p.Canonical, p.EventCount, p.DocumentCount)),
            Is.EquivalentTo(sqliteIndex.Partners().Select(p => (p.Canonical, p.EventCount, p.DocumentCount))));
    }

    private static bool SameEvent(IndexedEvent a, IndexedEvent b) =>
        a with { Partners = [] } == b with { Partners = [] } && a.Partners.SequenceEqual(b.Partners);

    private static string Counts(Facets f) => string.Join(" | ", new[] { f.Partner, f.Year, f.Month, f.Document, f.Type, f.City }
        .Select(values => string.Join(", ", values.OrderBy(v => v.Value, StringComparer.Ordinal).Select(v => $"{v.Value}={v.Count}"))));
}
