using Extractor.Loading.Pdf;

namespace Extractor.Bench;

/// <summary>Where the whole pipeline's time goes on PDFs: Poppler and parsing, cleaning and sections, profiling, classification, extraction.</summary>
public static class PdfStagesBenchmark
{
    public static IReadOnlyList<string> Run(string root, string pdfDirectory, int runs)
    {
        if (PdfBenchmark.Setup(root, pdfDirectory) is not var (files, config, pipeline)) return [$"| PDF stages | skipped | no PDFs in {pdfDirectory} |"];
        var loader = new PdfLoader(new PdfOptions { ReadTypography = config.Pdf.ReadTypography });
        var withFonts = Measure.Median(runs, () => { foreach (var f in files) _ = loader.LoadAsync(f, default).Result; });
        var twoPasses = new PdfLoader(new PdfOptions { ReadTypography = config.Pdf.ReadTypography, LayoutHelperPath = null });
        var withTwoPasses = Measure.Median(runs, () => { foreach (var f in files) _ = twoPasses.LoadAsync(f, default).Result; });
        var sources = files.Select(f => loader.LoadAsync(f, default).Result.Value!).ToList();
        var prepare = Measure.Median(runs, () => { foreach (var s in sources) pipeline.Prepare(s); });
        var prepared = sources.Select(pipeline.Prepare).ToList();
        var profile = Measure.Median(runs, () => { foreach (var s in prepared) pipeline.Profile(s); });
        var extract = Measure.Median(runs, () => { foreach (var s in prepared) pipeline.Extract(s, pipeline.Profile(s)); });
        var all = Measure.Median(runs, () => { foreach (var s in sources) pipeline.Process(s); });
        var classify = all - prepare - extract;
        string Row(string what, TimeSpan t) => $"| {what} | {t.TotalMilliseconds:0} ms | {files.Count} PDFs, median of {runs} |";
        return
        [
            Row(PdfOptions.BundledLayoutHelper is null ? "load: pdftotext + pdftohtml (poppler-layout not built), parsed" : "load: poppler-layout (layout + fonts, one pass), parsed", withFonts),
            Row("load: pdftotext + pdftohtml (two passes), parsed", withTwoPasses),
            Row("clean + sections", prepare),
            Row("profile", profile),
            Row("profile + extract", extract),
            Row("classify (process − the rest)", classify),
            Row("process (all stages after loading)", all),
        ];
    }
}
