using Extractor.Domain;
using Extractor.Loading.Ocr;
using Extractor.Loading.Pdf;
using Extractor.Pipeline;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Loading.Ocr;

[NonParallelizable]
public sealed class OcrPdfLoaderTests
{
    private const string Sentence = "La reunión se celebró el 24 de julio de 2021 en Bogotá.";
    private const string Budget = "El presupuesto aprobado fue de 1.500.000 euros.";
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        if (!Extractor.Loading.Executables.IsOnPath("tesseract") || !File.Exists("/usr/share/tesseract-ocr/5/tessdata/spa.traineddata"))
            Assert.Ignore("tesseract-ocr and tesseract-ocr-spa are not installed: `sudo apt-get install -y tesseract-ocr tesseract-ocr-spa` (.ci/run installs them)");
        _dir = Directory.CreateTempSubdirectory("extractor-ocr-test-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        if (_dir.Length > 0) Directory.Delete(_dir, recursive: true);
    }

    /// <summary>A text PDF with the Spanish sentences on page 1, rendered at 200 dpi and rebuilt as an image-only page.</summary>
    private string ScannedPdf(params ScannedPdf.Page[] before)
    {
        var writer = new PdfWriter();
        writer.AddPage().Lines(60, 120, [Sentence, Budget], size: 16, leading: 28);
        var textPdf = writer.Save(Path.Combine(_dir, "text.pdf"));
        var scanned = Fixtures.ScannedPdf.Render(textPdf, 1, 200);
        var path = Path.Combine(_dir, "scan.pdf");
        File.WriteAllBytes(path, Fixtures.ScannedPdf.Build([.. before, scanned]));
        return path;
    }

    private static OcrPdfLoader Loader(OcrOptions? options = null) => new(new PdfLoader(), options ?? new OcrOptions());

    [Test]
    public async Task AScannedPageIsRecognisedWithAccentsAndConfidence()
    {
        var result = await Loader().LoadAsync(ScannedPdf(), CancellationToken.None);
        var page = result.Value!.Pages.Single();
        var text = string.Join(" ", page.Lines.Select(l => l.Text));
        var accuracy = CharacterAccuracy(Sentence + " " + Budget, text);
        TestContext.Out.WriteLine($"OCR text: {text}\ncharacter accuracy: {accuracy:P1}, mean confidence {page.OcrConfidence}");
        Assert.That(page.Origin, Is.EqualTo(PageTextOrigin.Ocr));
        Assert.That(page.OcrConfidence, Is.GreaterThan(60));
        Assert.That(text, Does.Contain("reunión").And.Contain("24 de julio de 2021").And.Contain("Bogotá"));
        Assert.That(accuracy, Is.GreaterThan(0.95));
        Assert.That(page.Lines[0].Layout!.Y, Is.InRange(80, 130), "boxes are in PDF points");
    }

    [Test]
    public async Task ExtractionFindsTheDateAndAmountOnAScannedPage()
    {
        var pipeline = new DocumentPipelineBuilder().UseLoader(Loader())
            .UseExtractors(Extractor.Extraction.ExtractorCatalog.Default(new Extractor.Extraction.ExtractionOptions(), RepoPaths.RepoRoot), [])
            .Build();
        var result = await pipeline.ProcessFileAsync(ScannedPdf());
        var doc = result.Value!;
        Assert.That(doc.Mentions.OfType<DateMention>().Select(d => d.Value.ToIso()), Does.Contain("2021-07-24"));
        Assert.That(doc.Mentions.OfType<AmountMention>().Select(a => (a.Value, a.Currency)), Does.Contain((1_500_000m, (string?)"EUR")));
        Assert.That(doc.Locate(doc.Mentions.OfType<DateMention>().First()).Page, Is.EqualTo(1));
    }

    [Test]
    public async Task AMixedDocumentKeepsPageOrder()
    {
        var first = new ScannedPdf.Page("BT /F1 12 Tf 60 700 Td (Primera pagina con texto propio y suficiente.) Tj ET");
        var path = ScannedPdf(first);
        // Append a third, text page after the scanned one.
        var pages = new List<ScannedPdf.Page> { first, Fixtures.ScannedPdf.Render(path, 2, 200), new("BT /F1 12 Tf 60 700 Td (Tercera pagina con texto propio y suficiente.) Tj ET") };
        File.WriteAllBytes(path, Fixtures.ScannedPdf.Build(pages));

        var doc = (await Loader().LoadAsync(path, CancellationToken.None)).Value!;
        Assert.That(doc.Pages.Select(p => p.Origin), Is.EqualTo(new[] { PageTextOrigin.TextLayer, PageTextOrigin.Ocr, PageTextOrigin.TextLayer }));
        Assert.That(doc.Pages[0].Lines[0].Text, Does.StartWith("Primera"));
        Assert.That(string.Join(" ", doc.Pages[1].Lines.Select(l => l.Text)), Does.Contain("reunión"));
        Assert.That(doc.Pages[2].Lines[0].Text, Does.StartWith("Tercera"));
    }

    [Test]
    public async Task AMissingTesseractMarksThePageNotReadWithTheInstallCommand()
    {
        var doc = (await Loader(new OcrOptions { TesseractPath = "/nonexistent/tesseract" }).LoadAsync(ScannedPdf(), CancellationToken.None)).Value!;
        var page = doc.Pages.Single();
        Assert.That(page.Origin, Is.EqualTo(PageTextOrigin.NotRead));
        Assert.That(page.NotReadReason, Does.Contain("apt-get install -y tesseract-ocr tesseract-ocr-spa"));
    }

    [Test]
    public async Task WithOcrOffTheScannedPageIsMarkedNotRead()
    {
        var pipeline = new DocumentPipelineBuilder().UseLoader(Loader(new OcrOptions { Enabled = false })).Build();
        var doc = (await pipeline.ProcessFileAsync(ScannedPdf())).Value!;
        Assert.That(doc.Source.Pages.Single().Origin, Is.EqualTo(PageTextOrigin.NotRead));
        Assert.That(doc.Warnings.Single().Problem, Does.Contain("page 1").And.Contain("OCR is off"));
    }

    [Test]
    public void TesseractTsvBecomesLinesInPoints()
    {
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "5\t1\t1\t1\t1\t1\t100\t200\t50\t30\t90\tHola\n"
            + "5\t1\t1\t1\t1\t2\t160\t200\t60\t30\t80\tmundo\n"
            + "5\t1\t1\t1\t2\t1\t100\t260\t40\t30\t-1\t \n"
            + "5\t1\t1\t1\t2\t2\t100\t260\t40\t30\t70\tadiós\n";
        var page = TesseractPageReader.ParseTsv(tsv, 3, 72.0 / 300);
        Assert.That(page.Lines.Select(l => l.Text), Is.EqualTo(new[] { "Hola mundo", "adiós" }));
        Assert.That(page.MeanConfidence, Is.EqualTo(80).Within(0.001));
        Assert.That(page.Lines[0].Layout!.X, Is.EqualTo(24).Within(0.001));
        Assert.That(page.Lines[0].Page, Is.EqualTo(3));
    }

    /// <summary>1 − (Levenshtein distance / expected length), on whitespace-normalised text.</summary>
    internal static double CharacterAccuracy(string expected, string actual)
    {
        static string N(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var a = N(expected);
        var b = N(actual);
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var prev = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cur = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), prev + (a[i - 1] == b[j - 1] ? 0 : 1));
                prev = cur;
            }
        }

        return 1 - (double)d[b.Length] / a.Length;
    }
}
