using System.Globalization;
using Extractor.Domain;

namespace Extractor.Loading.Ocr;

/// <summary>What OCR made of one page: its lines (with boxes in PDF points) and Tesseract's mean word confidence (0–100).</summary>
public sealed record OcrPage(IReadOnlyList<SourceLine> Lines, double MeanConfidence);

/// <summary>
/// Renders one PDF page with Poppler's pdftoppm and recognises it with Tesseract (TSV output: words with boxes and
/// confidences), each in a child process under the page timeout.
/// </summary>
public sealed class TesseractPageReader(OcrOptions options)
{
    /// <summary>The exact command that installs what OCR needs.</summary>
    public string InstallCommand => $"sudo apt-get install -y tesseract-ocr tesseract-ocr-{options.Language}";

    public async Task<Result<OcrPage>> ReadAsync(string pdfPath, int page, string? password, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("extractor-ocr-");
        try
        {
            var timeout = TimeSpan.FromSeconds(options.PageTimeoutSeconds);
            var prefix = Path.Combine(work.FullName, "page");
            var render = new List<string> { "-r", options.Dpi.ToString(CultureInfo.InvariantCulture), "-f", $"{page}", "-l", $"{page}", "-gray", "-png", "-singlefile" };
            if (password is not null) render.AddRange(["-upw", password]);
            render.AddRange([pdfPath, prefix]);
            var rendered = await ChildProcess.RunAsync(options.PdftoppmPath, render, timeout, cancellationToken).ConfigureAwait(false);
            if (rendered.NotFound) return Result<OcrPage>.Failure(pdfPath, "pdftoppm not found: install it with `sudo apt-get install -y poppler-utils`");
            if (rendered.TimedOut) return Result<OcrPage>.Failure(pdfPath, $"page {page}: rendering timed out after {options.PageTimeoutSeconds} s");
            if (rendered.ExitCode != 0 || !File.Exists(prefix + ".png"))
                return Result<OcrPage>.Failure(pdfPath, $"page {page}: could not be rendered ({FirstLine(rendered.StandardError)})");

            var recognised = await ChildProcess.RunAsync(options.TesseractPath, [prefix + ".png", "stdout", "-l", options.Language, "--psm", "3", "tsv"], timeout, cancellationToken)
                .ConfigureAwait(false);
            if (recognised.NotFound) return Result<OcrPage>.Failure(pdfPath, $"tesseract not found: install it with `{InstallCommand}`");
            if (recognised.TimedOut) return Result<OcrPage>.Failure(pdfPath, $"page {page}: OCR timed out after {options.PageTimeoutSeconds} s");
            if (recognised.ExitCode != 0)
                return Result<OcrPage>.Failure(pdfPath, $"page {page}: OCR failed ({FirstLine(recognised.StandardError)}); is tesseract-ocr-{options.Language} installed? `{InstallCommand}`");
            return Result<OcrPage>.Success(ParseTsv(recognised.StandardOutput, page, 72.0 / options.Dpi));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Tesseract TSV (level, page, block, par, line, word, left, top, width, height, conf, text) → lines of words, in reading order.</summary>
    internal static OcrPage ParseTsv(string tsv, int page, double pointsPerPixel)
    {
        var words = new List<(int Block, int Par, int Line, double L, double T, double W, double H, double Conf, string Text)>();
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var c = row.TrimEnd('\r').Split('\t');
            if (c.Length < 12 || c[0] != "5" || string.IsNullOrWhiteSpace(c[11])) continue;
            if (!double.TryParse(c[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf) || conf < 0) continue;
            words.Add((Int(c[2]), Int(c[3]), Int(c[4]), Int(c[6]), Int(c[7]), Int(c[8]), Int(c[9]), conf, c[11]));
        }

        var lines = new List<SourceLine>();
        foreach (var g in words.GroupBy(w => (w.Block, w.Par, w.Line)))
        {
            var ws = g.ToList();
            var left = ws.Min(w => w.L);
            var top = ws.Min(w => w.T);
            var right = ws.Max(w => w.L + w.W);
            var bottom = ws.Max(w => w.T + w.H);
            var height = (bottom - top) * pointsPerPixel;
            var layout = new LineLayout(left * pointsPerPixel, top * pointsPerPixel, (right - left) * pointsPerPixel, height, Math.Round(height / 1.2 * 2) / 2, false, 0);
            lines.Add(new SourceLine(string.Join(' ', ws.Select(w => w.Text)), page, lines.Count + 1, LineRole.Text, 0, layout));
        }

        return new OcrPage(lines, words.Count == 0 ? 0 : words.Average(w => w.Conf));
    }

    private static int Int(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : 0;

    private static string FirstLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}
