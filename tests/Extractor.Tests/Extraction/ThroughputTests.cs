using System.Diagnostics;
using Extractor.Extraction;
using Extractor.Extraction.Events;
using Extractor.Extraction.Partners;

namespace Extractor.Tests.Extraction;

/// <summary>Throughput of partner and event extraction on the seeds' text repeated to about 4 MB (run on demand: --filter Name~Throughput).</summary>
public sealed class ThroughputTests
{
    [Test, Explicit("measurement, not a check")]
    public void PartnersAndEventsThroughput()
    {
        var seeds = Directory.GetFiles(FindSeeds(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var one = string.Join("\n", seeds);
        var text = string.Concat(Enumerable.Repeat(one + "\n", (int)Math.Ceiling(4_000_000.0 / one.Length)));
        var doc = TestDocuments.Build(text.Replace("\r", "", StringComparison.Ordinal));
        var partners = new PartnerExtractor(TestDocuments.Gazetteer);
        var events = new EventExtractor();
        // Warm up both (JIT tiers) on one copy, as in a batch after the first document.
        for (var i = 0; i < 3; i++)
        {
            var warm = new ExtractionInput(TestDocuments.Build(one), TestDocuments.CityReport(), []);
            _ = events.Extract(warm with { Earlier = partners.Extract(warm) });
        }

        var watch = Stopwatch.StartNew();
        var p = partners.Extract(new ExtractionInput(doc, TestDocuments.CityReport(), []));
        var tp = watch.Elapsed;
        var e = events.Extract(new ExtractionInput(doc, TestDocuments.CityReport(), p));
        var te = watch.Elapsed - tp;
        var mb = doc.Clean.Text.Length / 1e6;
        var w2 = Stopwatch.StartNew();
        var fallback = FallbackDates.Find(doc.Clean.Text, 2021);
        TestContext.Out.WriteLine($"of which the fallback date reader (not used once dates run first): {w2.Elapsed.TotalSeconds:0.00} s, {fallback.Count} dates");
        TestContext.Out.WriteLine($"{mb:0.0} M chars: partners {tp.TotalSeconds:0.00} s ({mb / tp.TotalSeconds:0.0} MB/s, {p.Count} mentions), events {te.TotalSeconds:0.00} s ({mb / te.TotalSeconds:0.0} MB/s, {e.Count} mentions)");
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds"))) return Path.Combine(dir.FullName, "seeds");
        throw new DirectoryNotFoundException("seeds/");
    }
}
