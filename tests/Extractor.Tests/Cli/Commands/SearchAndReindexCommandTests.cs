using System.CommandLine;
using Extractor.Cli.Commands;
using Extractor.Indexing;
using Extractor.Storage;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Cli.Commands;

public sealed class SearchAndReindexCommandTests
{
    private TempDirectory _dir = null!;
    private StoreOptions _store = null!;
    private IndexOptions _index = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = new TempDirectory();
        _store = new StoreOptions(_dir.File("store"));
        _index = new IndexOptions(_dir.File("index.db"));
        var store = new JsonDocumentStore(_store);
        store.Save(ProcessedDocuments.MexicoCity());
        store.Save(ProcessedDocuments.Bogota());
        store.Commit();
    }

    [TearDown]
    public void TearDown()
    {
        _dir.Dispose();
    }

    private (int Code, string Out, string Err) Run(Command command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { command };
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void ReindexThenSearch_PrintsATableAndFacets()
    {
        var reindexOut = new StringWriter();
        Assert.That(Run(ReindexCommand.Create(() => _store, () => _index, reindexOut), "reindex").Code, Is.Zero);
        Assert.That(reindexOut.ToString(), Does.StartWith("reindexed 2 document(s), 5 event(s)"));

        var output = new StringWriter();
        var (code, _, _) = Run(SearchCommand.Create(() => _index, output), "search", "reuniones", "--partner", "cglu", "--from", "2021-07", "--to", "2021-12");
        Assert.That(code, Is.Zero);
        var lines = output.ToString().Split('\n');
        Assert.That(lines[0], Is.EqualTo("1 event(s) found; showing 1 from 1."));
        Assert.That(lines[1], Does.StartWith("Title").And.Contain("Date").And.Contain("Partners").And.Contain("Document").And.Contain("Page"));
        Assert.That(lines[3], Does.Contain("Reunión con CGLU").And.Contain("2021-07-24").And.Contain("001_cdmx.txt"));
        Assert.That(output.ToString(), Does.Contain("Partners: CGLU (1)"));
    }

    [Test]
    public void ASyntaxError_PrintsOneLineAndExitsWith2()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (code, _, _) = Run(SearchCommand.Create(() => _index, output, error), "search", "foro AND (taller");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Is.EqualTo("search: query: unbalanced parenthesis at position 10" + Environment.NewLine));
        Assert.That(output.ToString(), Is.Empty);
    }

    [Test]
    public void JsonOutput_IsTheSearchResponse()
    {
        ReindexCommand.Run(_store, _index, TextWriter.Null);
        var output = new StringWriter();
        Run(SearchCommand.Create(() => _index, output), "search", "taller", "--json");
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.That(json.RootElement.GetProperty("total").GetInt32(), Is.EqualTo(1));
        Assert.That(json.RootElement.GetProperty("hits")[0].GetProperty("title").GetString(), Is.EqualTo("Taller de resiliencia"));
    }

    [Test]
    public void SearchInSections_PrintsSectionHitsWithSnippets()
    {
        Run(ReindexCommand.Create(() => _store, () => _index, new StringWriter()), "reindex");
        var output = new StringWriter();
        var (code, _, _) = Run(SearchCommand.Create(() => _index, output), "search", "transporte", "--in", "sections");
        Assert.That(code, Is.Zero);
        var lines = output.ToString().Split('\n');
        Assert.That(lines[0], Is.EqualTo("1 sections found; showing 1 from 1."));
        Assert.That(lines[1], Does.StartWith("Misión técnica a Seúl").And.Contain("004_bogota.txt"));
        Assert.That(lines[2], Does.Contain("sistema de transporte"));

        var json = new StringWriter();
        Run(SearchCommand.Create(() => _index, json), "search", "cdmx", "--in", "documents", "--json");
        Assert.That(json.ToString(), Does.Contain("\"kind\": \"document\"").And.Contain("\"fileName\": \"001_cdmx.txt\""));
    }

    [TestCase("--in", "paragraphs", "search: in: expected events, sections or documents, got \"paragraphs\"")]
    [TestCase("--partner", "CGLU", "search: partner: filters events only, not sections")]
    public void SearchInSections_RejectsWhatItCannotDo(string option, string value, string message)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = option == "--in" ? ["search", "foro", option, value] : ["search", "foro", "--in", "sections", option, value];
        var (code, _, _) = Run(SearchCommand.Create(() => _index, output, error), args);
        Assert.That(code, Is.EqualTo(SearchCommand.UsageError));
        Assert.That(error.ToString().Trim(), Is.EqualTo(message));
    }
}
