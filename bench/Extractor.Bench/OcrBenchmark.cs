using System.Diagnostics;
using Extractor.Domain;
using Extractor.Loading.Ocr;
using Extractor.Loading.Pdf;

namespace Extractor.Bench;

/// <summary>OCR pages per second: the PDFs' pages without a text layer, rendered at 300 dpi and read by Tesseract (spa), one at a time.</summary>
public static class OcrBenchmark
{
    public static IReadOnlyList<string> Run(string pdfDirectory)
    {
        if (!Extractor.Loading.Executables.IsOnPath("tesseract")) return ["| OCR | not measured | `sudo apt-get install -y tesseract-ocr tesseract-ocr-spa` |"];
        var loader = new OcrPdfLoader(new PdfLoader(), new OcrOptions());
        var pages = 0;
        var confidences = new List<double>();
        var watch = new Stopwatch();
        foreach (var file in Directory.EnumerateFiles(pdfDirectory, "*.pdf").Order(StringComparer.Ordinal))
        {
            var plain = new PdfLoader().LoadAsync(file, CancellationToken.None).Result;
            if (!plain.IsSuccess || !plain.Value!.Pages.Any(p => p.Lines.Sum(l => l.Text.Count(char.IsLetterOrDigit)) < 20)) continue;
            watch.Start();
            var doc = loader.LoadAsync(file, CancellationToken.None).Result.Value!;
            watch.Stop();
            var ocr = doc.Pages.Where(p => p.Origin == PageTextOrigin.Ocr).ToList();
            pages += ocr.Count;
            confidences.AddRange(ocr.Select(p => p.OcrConfidence ?? 0));
        }

        if (pages == 0) return ["| OCR | not measured | no page without a text layer in the PDFs |"];
        return [$"| OCR (pdftoppm 300 dpi + Tesseract spa) | {pages / watch.Elapsed.TotalSeconds:0.00} pages/s | {pages} image-only pages of the shared PDFs, one at a time, including their documents' text-layer pass; mean Tesseract confidence {confidences.Average():0.0} |"];
    }
}
