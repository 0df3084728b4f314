using Extractor.Indexing;
using Extractor.Search;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Search;

public sealed class SearchServiceTests : TempDirectoryTests
{
    [Test]
    public void ASyntaxError_IsAResultNamingThePosition()
    {
        var service = new SearchService(new SqliteSearchIndex(new IndexOptions(Dir.File("i.db"))));
        var result = service.Search(new SearchRequest("foro \"cglu"));
        Assert.That(result.Error!.ToString(), Is.EqualTo("query: unbalanced quote at position 6"));
    }

    [TestCase("2021-13", "from: expected YYYY, YYYY-MM or YYYY-MM-DD, got \"2021-13\"")]
    [TestCase("julio", "from: expected YYYY, YYYY-MM or YYYY-MM-DD, got \"julio\"")]
    public void ABadDate_IsAResult(string from, string message)
    {
        var service = new SearchService(new SqliteSearchIndex(new IndexOptions(Dir.File("i.db"))));
        Assert.That(service.Search(new SearchRequest(From: from)).Error!.ToString(), Is.EqualTo(message));
    }

    [Test]
    public void AServiceSeesDocumentsIndexedAfterItWasCreated()
    {
        var path = Dir.File("i.db");
        var service = new SearchService(new SqliteSearchIndex(new IndexOptions(path)));
        Assert.That(service.Search(new SearchRequest("taller")).Value!.Total, Is.Zero);

        ISearchIndex writer = new SqliteSearchIndex(new IndexOptions(path));
        writer.Update(ProcessedDocuments.MexicoCity());

        var response = service.Search(new SearchRequest("taller", Partner: "Unión Europea")).Value!;
        Assert.That(response.Hits.Single().Title, Is.EqualTo("Taller de resiliencia"));
        Assert.That(response.Hits.Single().Source.FileName, Is.EqualTo("001_cdmx.txt"));
        Assert.That(response.Hits.Single().Source.Page, Is.EqualTo(2));
    }
}
