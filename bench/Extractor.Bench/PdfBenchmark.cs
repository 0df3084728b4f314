using System.Diagnostics;
using Extractor.Configuration;
using Extractor.Indexing;
using Extractor.Loading;
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
        if (Setup(root, pdfDirectory) is not var (files, _, pipeline)) return [$"| PDF ingest | skipped | no PDFs in {pdfDirectory} |"];
        var pages = files.Sum(f => pipeline.ProcessFileAsync(f).Result.Value?.Info.PageCount ?? 0);

        var bare = Measure.Median(runs, () => { foreach (var f in files) Tool("pdftotext", f, "-"); });
        var ours1 = Measure.Median(runs, () => Ingest(pipeline, files, 1));
        var ours2 = Measure.Median(runs, () => Ingest(pipeline, files, 2));
        var rows = new List<string>
        {
            $"| bare `pdftotext` | {pages / bare.TotalSeconds:0.0} pages/s | {files.Count} PDFs, {pages} pages, one after another; median of {runs} runs |",
            $"| whole pipeline, 1 worker | {pages / ours1.TotalSeconds:0.0} pages/s | **{bare.TotalSeconds / ours1.TotalSeconds:0.00}× bare pdftotext** (parse with layout and fonts, clean, sections, classify, extract, store, index) |",
            $"| whole pipeline, 2 workers | {pages / ours2.TotalSeconds:0.0} pages/s | {bare.TotalSeconds / ours2.TotalSeconds:0.00}× bare pdftotext |",
        };
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
