using Extractor.Indexing;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Indexing;

public sealed class IndexBenchmarkTests
{
    [Test]
    public void TheBenchmark_RunsOnASmallCorpusAndReportsPercentiles()
    {
        using var dir = new TempDirectory();
        var report = IndexBenchmark.Run(dir.File("bench.db"), events: 2_000, searches: 50);
        TestContext.Out.WriteLine(report);
        Assert.That(report.SearchP50Ms, Is.LessThanOrEqualTo(report.SearchP95Ms));
        Assert.That(report.EventsPerSecond, Is.GreaterThan(0));
    }
}
