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

    /// <summary>The full measurement (100,000 events); explicit because it takes a while.</summary>
    [Test, Explicit("takes about a minute; run with --filter FullyQualifiedName~AtFullScale")]
    public void TheBenchmark_AtFullScale()
    {
        using var dir = new TempDirectory();
        var report = IndexBenchmark.Run(dir.File("bench.db"), events: 100_000, searches: 1000);
        TestContext.Out.WriteLine(report);
        Console.WriteLine(report);
    }
}
