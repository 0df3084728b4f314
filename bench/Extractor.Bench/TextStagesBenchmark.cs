using Extractor.Configuration;
using Extractor.Domain;
using Extractor.Loading.Text;
using Extractor.Pipeline;

namespace Extractor.Bench;

/// <summary>MB/s of the text stages (clean, sections, profile, classify, extract) on the seeds, on one and two threads.</summary>
public static class TextStagesBenchmark
{
    public static IReadOnlyList<string> Run(string root, int runs)
    {
        var pipeline = PipelineFactory.Create(PipelineConfig.Load(Path.Combine(root, "pipeline.json")).Value!).Value!;
        var loader = new TextLoader();
        var sources = Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => loader.LoadAsync(f, CancellationToken.None).Result.Value!).ToList();
        var bytes = sources.Sum(s => s.Pages.Sum(p => p.Lines.Sum(l => System.Text.Encoding.UTF8.GetByteCount(l.Text) + 1)));
        const int Copies = 4;

        // Interleaved, so both thread counts run the same (tiered-up) code: measured one after the other, the first one
        // measured ran partly on the JIT's first-tier code and looked several times slower.
        var times = Measure.MedianInterleaved(runs,
            () =>
            {
                for (var c = 0; c < Copies; c++)
                    foreach (var s in sources) pipeline.Process(s);
            },
            () => Parallel.For(0, Copies * sources.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => pipeline.Process(sources[i % sources.Count])));
        var (one, two) = (times[0], times[1]);
        var extractOnly = ExtractionOnly(pipeline, sources, runs, Copies);

        var mb = Copies * bytes / 1_000_000.0;
        return
        [
            $"| text stages, 1 thread | {mb / one.TotalSeconds:0.0} MB/s | median of {runs} interleaved rounds over {Copies}× the seeds ({mb:0.0} MB) |",
            $"| text stages, 2 threads | {mb / two.TotalSeconds:0.0} MB/s | speed-up {one.TotalSeconds / two.TotalSeconds:0.00}× |",
            $"| extraction only (clean text in), 1 thread | {mb / extractOnly.TotalSeconds:0.0} MB/s | dates, amounts, participants, partners, events |",
        ];
    }

    private static TimeSpan ExtractionOnly(DocumentPipeline pipeline, List<SourceDocument> sources, int runs, int copies)
    {
        var prepared = sources.Select(s => pipeline.Prepare(s)).Select(d => (Doc: d, Context: pipeline.Profile(d))).ToList();
        return Measure.Median(runs, () =>
        {
            for (var c = 0; c < copies; c++)
                foreach (var (doc, context) in prepared) pipeline.Extract(doc, context);
        });
    }
}
