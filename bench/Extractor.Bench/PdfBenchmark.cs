using System.Diagnostics;
using Extractor.Configuration;
using Extractor.Indexing;
using Extractor.Loading;
using Extractor.Loading.Pdf;
using Extractor.Pipeline;
using Extractor.Storage;

namespace Extractor.Bench;

/// <summary>
/// Pages per second of the whole pipeline (parse, clean, sections, classify, extract, store, index) on PDFs, against
/// bare `pdftotext` and pdfminer.six's `pdf2txt.py` on the same files, in the same run. OCR is off here so every tool
/// reads the same text layers (OCR has its own figure).
/// </summary>
public static class PdfBenchmark
{
    public static IReadOnlyList<string> Run(string root, string pdfDirectory, int runs)
    {
        if (Setup(root, pdfDirectory) is not var (files, config, pipeline)) return [$"| PDF ingest | skipped | no PDFs in {pdfDirectory} |"];
        var helper = PdfOptions.BundledLayoutHelper;
        var twoPass = PipelineFactory.Create(config with { Pdf = config.Pdf with { SinglePass = false } }).Value!;
        var pages = files.Sum(f => pipeline.ProcessFileAsync(f).Result.Value?.Info.PageCount ?? 0);

        var two = new ParallelOptions { MaxDegreeOfParallelism = 2 };
        var times = Measure.MedianInterleaved(runs,
            () => { foreach (var f in files) Tool("pdftotext", f, "-"); },
            () => Parallel.ForEach(files, two, f => Tool("pdftotext", f, "-")),
            () => { foreach (var f in files) TwoPopplerPasses(f); },
            () => Ingest(twoPass, files, 1),
            () => Ingest(twoPass, files, 2),
            () => { foreach (var f in files) if (helper is not null) Tool(helper, "-lines", f); },
            () => Ingest(pipeline, files, 1),
            () => Ingest(pipeline, files, 2));
        var (bare, bare2, passes, twoPass1, twoPass2) = (times[0], times[1], times[2], times[3], times[4]);
        var (single, ours1, ours2) = (times[5], times[6], times[7]);
        string Rate(TimeSpan t) => $"{pages / t.TotalSeconds:0.0} pages/s";
        var rows = new List<string>
        {
            $"| bare `pdftotext` | {Rate(bare)} | {files.Count} PDFs, {pages} pages, one after another; median of {runs} interleaved rounds |",
            $"| bare `pdftotext`, 2 files at a time | {Rate(bare2)} | the reference for 2 workers |",
        };
        if (helper is not null)
            rows.AddRange(
            [
                $"| `poppler-layout -lines` alone (the one Poppler pass the loader asks for) | {Rate(single)} | {bare.TotalSeconds / single.TotalSeconds:0.00}× bare pdftotext: the floor for our loader |",
                $"| whole pipeline, 1 worker | {Rate(ours1)} | **{bare.TotalSeconds / ours1.TotalSeconds:0.00}× bare pdftotext** (parse with layout and fonts, clean, sections, classify, extract, store, index); {single.TotalSeconds / ours1.TotalSeconds:0.00}× its Poppler pass |",
                $"| whole pipeline, 2 workers | {Rate(ours2)} | **{bare.TotalSeconds / ours2.TotalSeconds:0.00}× bare pdftotext**; {bare2.TotalSeconds / ours2.TotalSeconds:0.00}× bare pdftotext 2 files at a time |",
            ]);
        else rows.Add("| whole pipeline with `poppler-layout` | not measured | not built here: `sudo apt-get install -y g++ pkg-config libpoppler-private-dev`, then rebuild |");
        rows.AddRange(
        [
            $"| two Poppler passes instead (`pdftotext -bbox-layout` and `pdftohtml -xml` at once, file after file) | {Rate(passes)} | {bare.TotalSeconds / passes.TotalSeconds:0.00}× bare pdftotext |",
            $"| whole pipeline with the two passes (`pdf.singlePass: false`), 1 worker | {Rate(twoPass1)} | {bare.TotalSeconds / twoPass1.TotalSeconds:0.00}× bare pdftotext |",
            $"| the same, 2 workers | {Rate(twoPass2)} | {bare.TotalSeconds / twoPass2.TotalSeconds:0.00}× bare pdftotext; {bare2.TotalSeconds / twoPass2.TotalSeconds:0.00}× bare pdftotext 2 files at a time |",
        ]);
        if (Executables.IsOnPath("pdf2txt.py") || Executables.IsOnPath("pdf2txt"))
        {
            var exe = Executables.IsOnPath("pdf2txt.py") ? "pdf2txt.py" : "pdf2txt";
            var miner = Measure.Median(1, () => { foreach (var f in files) Tool(exe, f); });
            rows.Add($"| pdfminer.six `{exe}` (peer) | {pages / miner.TotalSeconds:0.0} pages/s | {bare.TotalSeconds / miner.TotalSeconds:0.00}× bare pdftotext; one run |");
        }
        else rows.Add("| pdfminer.six | not measured | `sudo apt-get install -y python3-pdfminer` |");

        return rows;
    }

    /// <summary>The PDFs of <paramref name="pdfDirectory"/> in order and the pipeline as pipeline.json sets it, with OCR and file logs off; null without PDFs.</summary>
    internal static (List<string> Files, PipelineConfig Config, DocumentPipeline Pipeline)? Setup(string root, string pdfDirectory)
    {
        var files = Directory.EnumerateFiles(pdfDirectory, "*.pdf").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return null;
        var config = PipelineConfig.Load(Path.Combine(root, "pipeline.json")).Value!;
        config = config with { Ocr = config.Ocr with { Enabled = false }, Logging = config.Logging with { File = false } };
        return (files, config, PipelineFactory.Create(config).Value!);
    }

    private static void Ingest(DocumentPipeline pipeline, IReadOnlyList<string> files, int workers)
    {
        var dir = Directory.CreateTempSubdirectory("extractor-bench-pdf-");
        try
        {
            var index = new SqliteSearchIndex(new IndexOptions(Path.Combine(dir.FullName, "index.db")));
            var output = new StoreAndIndexOutput(new JsonDocumentStore(new StoreOptions(Path.Combine(dir.FullName, "store")), TimeProvider.System), index);
            new IngestRunner(pipeline, output, dir.FullName).RunAsync(new IngestRequest(files, Force: true, workers)).Wait();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    /// <summary>What <see cref="PdfLoader"/> asks of Poppler for one file without poppler-layout: the layout and the typography pass, run at once.</summary>
    private static void TwoPopplerPasses(string file) =>
        Parallel.Invoke(
            () => Tool("pdftotext", "-bbox-layout", "-enc", "UTF-8", file, "-"),
            () => Tool("pdftohtml", "-xml", "-i", "-nodrm", "-zoom", "1", "-stdout", file));

    private static void Tool(string exe, params string[] args)
    {
        var start = new ProcessStartInfo(exe, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        err.Wait();
        p.WaitForExit();
    }
}
