using Extractor.Domain;
using Extractor.Indexing;
using Extractor.Indexing.Query;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;
using Microsoft.Data.Sqlite;

namespace Extractor.Tests.Indexing;

/// <summary>A fresh SQLite index file per test holding the two processed fixture documents (Mexico City and Bogotá).</summary>
public abstract class TwoCityIndexTests
{
    protected TempDirectory Dir { get; private set; } = null!;
    protected SqliteSearchIndex Index { get; private set; } = null!;

    [SetUp]
    public void CreateIndex()
    {
        Dir = new TempDirectory();
        Index = new SqliteSearchIndex(new IndexOptions(Dir.File("index.db")));
        ISearchIndex index = Index;
        index.Update(ProcessedDocuments.MexicoCity());
        index.Update(ProcessedDocuments.Bogota());
    }

    [TearDown]
    public void DeleteIndex()
    {
        Dir.Dispose();
    }

    /// <summary>How many events <see cref="Events"/> asks for; the index's own default unless a test class needs them all.</summary>
    protected virtual int EventLimit => new IndexQuery().Limit;

    /// <summary>Events matching a query written as the CLI takes it (text in the query language, dates as ISO values).</summary>
    protected IndexResult Events(string? text, string? partner = null, string? from = null, string? to = null, string? type = null,
        string? city = null, string? document = null, SqliteSearchIndex? index = null) =>
        (index ?? Index).Search(new IndexQuery(text is null ? null : QueryParser.Parse(text).Value, partner,
            from is null ? null : DatePoint.ParseIso(from), to is null ? null : DatePoint.ParseIso(to), type, document, city, Limit: EventLimit));
}
