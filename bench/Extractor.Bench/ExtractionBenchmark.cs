using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Loading.Text;
using Extractor.Pipeline;

namespace Extractor.Bench;

/// <summary>
/// MB/s of extraction alone, on one thread: each extractor family (dates, amounts, participants, partners, events) and all five
/// in catalogue order, over the seeds' clean text repeated to about 4 MB as one document, median of runs after warm-up.
/// Each run reads a fresh copy of the text, so per-text caches (the shared number scan, the folded text) are paid every time.
/// </summary>
public static class ExtractionBenchmark
{
    private const int TargetChars = 4_000_000;

    public static IReadOnlyList<string> Run(string root, int runs)
    {
        var pipeline = new DocumentPipelineBuilder().Build();
        var loader = new TextLoader();
        var seeds = Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => pipeline.Prepare(loader.LoadAsync(f, CancellationToken.None).Result.Value!).Clean.Text).ToList();
        var one = string.Join("\n\n", seeds);
        var copies = (int)Math.Ceiling(TargetChars / (double)one.Length);

        // One document of the repeated clean text, cleaned and sectioned as the pipeline would.
        var file = Path.Combine(Path.GetTempPath(), $"extractor-bench-{Environment.ProcessId}.txt");
        File.WriteAllText(file, string.Join("\n\n", Enumerable.Repeat(one, copies)));
        SectionedDocument document;
        try { document = pipeline.Prepare(loader.LoadAsync(file, CancellationToken.None).Result.Value!); }
        finally { File.Delete(file); }
        var context = pipeline.Profile(document);
        var extractors = ExtractorCatalog.Default(new ExtractionOptions(), root);
        var mb = System.Text.Encoding.UTF8.GetByteCount(document.Clean.Text) / 1_000_000.0;

        // What each family sees from the earlier ones, found once.
        var earlier = new List<Mention>[extractors.Count];
        var found = new List<Mention>();
        for (var k = 0; k < extractors.Count; k++)
        {
            earlier[k] = found.ToList();
            found.AddRange(extractors[k].Extract(new ExtractionInput(document, context, earlier[k])));
        }

        var rows = new List<string>();
        var perFamily = new List<string>();
        for (var k = 0; k < extractors.Count; k++)
        {
            var extractor = extractors[k];
            var before = earlier[k];
            var time = Median(runs, () => extractor.Extract(new ExtractionInput(Fresh(document), context, before)));
            var count = found.Count(m => m.Kind == extractor.Kind);
            rows.Add($"| extraction: {Family(extractor.Kind)}, 1 thread | {mb / time.TotalSeconds:0.0} MB/s | {count:N0} mentions in {mb:0.0} MB (the seeds' clean text ×{copies}), median of {runs} runs |");
            perFamily.Add($"{Family(extractor.Kind)} {time.TotalMilliseconds:0} ms");
        }

        var all = Median(runs, () => ExtractorCatalog.Run(extractors, Fresh(document), context));
        rows.Add($"| extraction: all five, 1 thread | {mb / all.TotalSeconds:0.0} MB/s | {found.Count:N0} mentions; time split: {string.Join(", ", perFamily)} |");
        return rows;
    }

    private static string Family(MentionKind kind) => kind switch
    {
        MentionKind.Date => "dates",
        MentionKind.Amount => "amounts",
        MentionKind.Participants => "participants",
        MentionKind.Partner => "partners",
        MentionKind.Event => "events",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The document with a new instance of its text, so that caches keyed on the text instance start empty.</summary>
    private static SectionedDocument Fresh(SectionedDocument d) => d with { Clean = d.Clean with { Text = new string(d.Clean.Text.AsSpan()) } };

    /// <summary>Two warm-up runs (JIT tiers), then the median of <paramref name="runs"/>.</summary>
    private static TimeSpan Median(int runs, Action action)
    {
        action();
        GC.Collect();
        return Measure.Median(runs, action);
    }
}
