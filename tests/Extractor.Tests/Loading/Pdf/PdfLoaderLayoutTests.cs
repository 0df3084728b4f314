using System.Security.Cryptography;
using Extractor.Domain;
using Extractor.Loading.Pdf;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Loading.Pdf;

public sealed class PdfLoaderLayoutTests
{
    private readonly PdfTestFiles _files = new();
    private readonly PdfLoader _loader = new();

    [OneTimeTearDown]
    public void DeleteFiles() => _files.Dispose();

    private static IEnumerable<string> Sentences(string column, int count) =>
        Enumerable.Range(1, count).Select(i => $"{column} línea {i} del informe municipal");

    private async Task<SourceDocument> LoadAsync(PdfWriter pdf, string name)
    {
        var result = await _loader.LoadAsync(pdf.Save(_files.PathOf(name)), CancellationToken.None);
        Assert.That(result.Error, Is.Null, () => result.Error!.ToString());
        return result.Value!;
    }

    private static List<string> Texts(SourcePage page) => page.Lines.Select(l => l.Text).ToList();

    [Test]
    public async Task OnATwoColumnPage_TheLeftColumnIsReadBeforeTheRightAndLinesAreNotInterleaved()
    {
        var pdf = new PdfWriter(title: "Memoria de actividades 2023");
        pdf.AddPage()
            .Text(50, 60, "Memoria de actividades 2023", size: 18, bold: true)
            .Lines(50, 100, Sentences("Izquierda", 30), size: 10, leading: 12)
            .Lines(310, 100, Sentences("Derecha", 30), size: 10, leading: 12);

        var page = (await LoadAsync(pdf, "two-columns.pdf")).Pages.Single();

        var expected = new[] { "Memoria de actividades 2023" }.Concat(Sentences("Izquierda", 30)).Concat(Sentences("Derecha", 30));
        Assert.That(Texts(page), Is.EqualTo(expected));
        Assert.That(page.Lines.Where(l => l.Text.StartsWith("Izquierda", StringComparison.Ordinal)).Select(l => l.Layout!.Column), Is.All.EqualTo(0));
        Assert.That(page.Lines.Where(l => l.Text.StartsWith("Derecha", StringComparison.Ordinal)).Select(l => l.Layout!.Column), Is.All.EqualTo(1));
    }

    /// <summary>A page with a paragraph, then a calendar of three columns whose header is <paramref name="header"/>.</summary>
    private static PdfWriter Calendar(string[] header)
    {
        var pdf = new PdfWriter();
        var page = pdf.AddPage()
            .Text(50, 60, "El instituto presenta el calendario de talleres de planeación del plan metropolitano.")
            .Text(50, 100, header[0], bold: true).Text(160, 100, header[1], bold: true).Text(400, 100, header[2], bold: true);
        string[][] rows = [["Taller 1", "Diagnóstico urbano", "2 Octubre 2014"], ["Taller 2", "Planeación y estrategias", "23 Octubre 2014"],
            ["Taller 3", "Proyectos", "20 Noviembre 2014"], ["Presentación", "Plan estratégico", "19 Febrero 2015"]];
        for (var r = 0; r < rows.Length; r++)
            page.Text(50, 118 + 18 * r, rows[r][0]).Text(160, 118 + 18 * r, rows[r][1]).Text(400, 118 + 18 * r, rows[r][2]);
        return pdf;
    }

    [Test]
    public async Task ATableWithAHeaderIsReadRowByRow_EachRowOneTableLineWithItsCellsTabSeparated()
    {
        var page = (await LoadAsync(Calendar(["EVENTO", "TEMA", "FECHA"]), "calendar.pdf")).Pages.Single();

        var rows = page.Lines.Where(l => l.Role == LineRole.TableRow).Select(l => l.Text).ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            "EVENTO\tTEMA\tFECHA", "Taller 1\tDiagnóstico urbano\t2 Octubre 2014", "Taller 2\tPlaneación y estrategias\t23 Octubre 2014",
            "Taller 3\tProyectos\t20 Noviembre 2014", "Presentación\tPlan estratégico\t19 Febrero 2015",
        }));
        Assert.That(page.Lines[0].Role, Is.EqualTo(LineRole.Text));
    }

    [Test]
    public async Task CellsOfSeveralLinesStayInTheirRow_WhenRowsAreSpacedApartFromTheirLines()
    {
        var pdf = new PdfWriter();
        var page = pdf.AddPage()
            .Text(50, 60, "El programa de datos abiertos avanza en etapas con responsables definidos.")
            .Text(50, 100, "Etapa", bold: true).Text(160, 100, "Acciones", bold: true).Text(400, 100, "Responsables", bold: true);
        string[][][] rows =
        [
            [["Sensibilización"], ["Sumar al liderazgo técnico", "y al funcionariado al proyecto"], ["Líder político"]],
            // Two cells wrap here: the second line fills two columns, and only the space between rows tells it from a row.
            [["Reclutamiento"], ["Conformar el equipo con", "recursos propios o de terceros"], ["Coordinador", "Analista de datos"]],
            [["Capacitación"], ["Compartir conceptos y visión"], ["Equipo de datos"]],
        ];
        for (var r = 0; r < rows.Length; r++)
        {
            page.Lines(50, 124 + 36 * r, rows[r][0], leading: 12).Lines(160, 124 + 36 * r, rows[r][1], leading: 12).Lines(400, 124 + 36 * r, rows[r][2], leading: 12);
        }

        var lines = (await LoadAsync(pdf, "wrapped-cells.pdf")).Pages.Single().Lines.Where(l => l.Role == LineRole.TableRow).Select(l => l.Text);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "Etapa\tAcciones\tResponsables", "Sensibilización\tSumar al liderazgo técnico y al funcionariado al proyecto\tLíder político",
            "Reclutamiento\tConformar el equipo con recursos propios o de terceros\tCoordinador Analista de datos", "Capacitación\tCompartir conceptos y visión\tEquipo de datos",
        }));
    }

    [Test]
    public async Task ColumnsWhoseFirstRowHoldsFiguresAreNotReadAsATable()
    {
        // "Cuadro 3 | 2014 | 2015" may be a running header or a page of figures side by side: no line is a table row, none joins cells.
        var page = (await LoadAsync(Calendar(["Cuadro 3", "2014", "2015"]), "figures.pdf")).Pages.Single();

        Assert.That(page.Lines.Select(l => l.Role), Is.All.EqualTo(LineRole.Text));
        Assert.That(Texts(page), Has.None.Contains("\t"));
        Assert.That(Texts(page), Does.Contain("Diagnóstico urbano").And.Contain("19 Febrero 2015"));
    }

    [Test]
    public async Task OnAThreeColumnPage_ColumnsAreReadLeftToRight()
    {
        var pdf = new PdfWriter(width: 842, height: 595);
        pdf.AddPage()
            .Lines(40, 80, Sentences("Primera", 25), size: 9, leading: 11)
            .Lines(310, 80, Sentences("Segunda", 25), size: 9, leading: 11)
            .Lines(580, 80, Sentences("Tercera", 25), size: 9, leading: 11);

        var page = (await LoadAsync(pdf, "three-columns.pdf")).Pages.Single();

        Assert.That(Texts(page), Is.EqualTo(Sentences("Primera", 25).Concat(Sentences("Segunda", 25)).Concat(Sentences("Tercera", 25))));
        Assert.That(page.Lines.Select(l => l.Layout!.Column).Distinct(), Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public async Task TwoArticlesSideBySide_AreReadOneAfterTheOtherEvenWhenTheirParagraphBreaksLineUp()
    {
        // Paragraph breaks (27 pt) wider than the gutter (14 pt), at the same heights in both columns; Poppler alone interleaves the paragraphs.
        var pdf = new PdfWriter();
        var page = pdf.AddPage();
        var left = new List<string>();
        var right = new List<string>();
        for (var p = 0; p < 3; p++)
        {
            var y = 100 + p * 84;
            var l = Enumerable.Range(1, 5).Select(i => $"Bienvenida, párrafo {p + 1}, línea {i} del texto").ToList();
            var r = Enumerable.Range(1, 5).Select(i => $"Datos, párrafo {p + 1}, línea {i} del texto").ToList();
            page.Lines(50, y, l, leading: 12).Lines(235, y, r, leading: 12);
            left.AddRange(l);
            right.AddRange(r);
        }
        var lines = Texts((await LoadAsync(pdf, "articles.pdf")).Pages.Single());

        Assert.That(lines, Is.EqualTo(left.Concat(right)));
    }

    [Test]
    public async Task BulletsDrawnApartFromTheirItems_StayInFrontOfTheirItems()
    {
        // A guard: Poppler orders this simple list right; SharedPdfCorpusTests has a real list it gets wrong.
        var pdf = new PdfWriter();
        var page = pdf.AddPage().Text(50, 100, "Actividades realizadas en 2023:");
        string[] items = ["Foro de ciudades por el clima – 120 asistentes", "Taller de datos abiertos con 45 técnicos municipales", "Visita de la delegación de Bogotá (3 días)"];
        for (var i = 0; i < items.Length; i++)
            page.Text(60, 124 + 18 * i, "•").Text(75, 124 + 18 * i, items[i]);

        var lines = Texts((await LoadAsync(pdf, "bullets.pdf")).Pages.Single());

        Assert.That(lines, Is.EqualTo(new[] { "Actividades realizadas en 2023:" }.Concat(items.SelectMany(item => new[] { "•", item }))));
    }

    [Test]
    public async Task RotatedMarginText_ComesAfterThePageTextAndIsTallerThanWide()
    {
        var pdf = new PdfWriter();
        pdf.AddPage()
            .Lines(50, 100, Sentences("Cuerpo", 20))
            .Text(570, 400, "cve: BOE-S-2024-92 verificable en https://www.boe.es", size: 7, rotated: true);

        var lines = (await LoadAsync(pdf, "margin.pdf")).Pages.Single().Lines;

        Assert.That(lines.Take(20).Select(l => l.Text), Is.EqualTo(Sentences("Cuerpo", 20)));
        var note = lines.Last();
        Assert.That(note.Text, Does.Contain("BOE-S-2024-92"));
        Assert.That(note.Layout!.Height, Is.GreaterThan(note.Layout.Width));
    }

    [Test]
    public async Task RunningHeadersAndFooters_AreKeptWithTheirPositionsNearTheEdges()
    {
        var pdf = new PdfWriter();
        for (var n = 1; n <= 3; n++)
            pdf.AddPage()
                .Text(50, 30, "Ayuntamiento de Valdemoro · Memoria 2023", size: 8)
                .Lines(50, 100, Sentences($"Página {n},", 10))
                .Text(280, 815, $"Página {n} de 3", size: 8);

        var document = await LoadAsync(pdf, "headers.pdf");

        Assert.That(document.PageCount, Is.EqualTo(3));
        foreach (var page in document.Pages)
        {
            var header = page.Lines.Single(l => l.Text.StartsWith("Ayuntamiento", StringComparison.Ordinal));
            var footer = page.Lines.Single(l => l.Text == $"Página {page.Number} de 3");
            Assert.That(header.Layout!.Y, Is.LessThan(40));
            Assert.That(footer.Layout!.Y, Is.GreaterThan(page.Height - 40));
            Assert.That(page.Width, Is.EqualTo(595).Within(0.5));
            Assert.That(page.Height, Is.EqualTo(842).Within(0.5));
        }
    }

    [Test]
    public async Task AHyphenatedLineEnd_IsKeptRaw()
    {
        var pdf = new PdfWriter();
        pdf.AddPage().Lines(50, 100, ["El pleno aprobó la nueva legi-", "slación sobre movilidad urbana."]);

        var page = (await LoadAsync(pdf, "hyphen.pdf")).Pages.Single();

        Assert.That(Texts(page), Is.EqualTo(new[] { "El pleno aprobó la nueva legi-", "slación sobre movilidad urbana." }));
    }

    [Test]
    public async Task ABoldLargerTitle_HasALargerFontSizeAndIsBold()
    {
        var pdf = new PdfWriter();
        pdf.AddPage()
            .Text(50, 80, "Informe de gestión", size: 20, bold: true)
            .Lines(50, 120, Sentences("Cuerpo", 5), size: 10);

        var lines = (await LoadAsync(pdf, "title.pdf")).Pages.Single().Lines;

        Assert.That(lines[0].Text, Is.EqualTo("Informe de gestión"));
        Assert.That(lines[0].Layout!.Bold, Is.True);
        Assert.That(lines[0].Layout!.FontSize, Is.EqualTo(20).Within(1));
        Assert.That(lines.Skip(1).Select(l => l.Layout!.Bold), Is.All.False);
        Assert.That(lines.Skip(1).Select(l => l.Layout!.FontSize), Is.All.EqualTo(10).Within(1));
    }

    [Test]
    public async Task WithoutPdftohtml_FontSizesAreEstimatedFromLineHeights()
    {
        var pdf = new PdfWriter();
        pdf.AddPage().Text(50, 80, "Informe de gestión", size: 20, bold: true).Text(50, 120, "Texto normal", size: 10);
        var loader = new PdfLoader(new PdfOptions { ReadTypography = false });

        var result = await loader.LoadAsync(pdf.Save(_files.PathOf("estimated.pdf")), CancellationToken.None);

        var lines = result.Value!.Pages.Single().Lines;
        Assert.That(lines[0].Layout!.FontSize, Is.GreaterThan(1.5 * lines[1].Layout!.FontSize));
        Assert.That(lines[1].Layout!.FontSize, Is.EqualTo(10).Within(3));
    }

    [Test]
    public async Task TheDocumentCarriesItsHashTitleAndNumberedLines()
    {
        var pdf = new PdfWriter(title: "Memoria anual de cooperación");
        pdf.AddPage().Lines(50, 100, Sentences("Uno", 3));
        pdf.AddPage().Lines(50, 100, Sentences("Dos", 4));
        var path = pdf.Save(_files.PathOf("identity.pdf"));

        var document = (await _loader.LoadAsync(path, CancellationToken.None)).Value!;

        Assert.That(document.ContentHash, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))));
        Assert.That(document.MetadataTitle, Is.EqualTo("Memoria anual de cooperación"));
        Assert.That(document.Format, Is.EqualTo(DocumentFormat.Pdf));
        Assert.That(document.Pages.Select(p => p.Number), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(document.Pages[1].Lines.Select(l => l.Number), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(document.Pages[1].Lines.Select(l => l.Page), Is.All.EqualTo(2));
        Assert.That(document.Pages[1].Lines.Select(l => l.Role), Is.All.EqualTo(LineRole.Text));
    }

    [Test]
    public async Task APageWithoutText_ComesBackWithNoLines()
    {
        var pdf = new PdfWriter();
        pdf.AddPage();
        pdf.AddPage().Text(50, 100, "Solo la segunda página tiene texto");

        var document = await LoadAsync(pdf, "blank-page.pdf");

        Assert.That(document.Pages[0].Lines, Is.Empty);
        Assert.That(document.Pages[0].Origin, Is.EqualTo(PageTextOrigin.TextLayer));
        Assert.That(document.Pages[1].Lines, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task MaxPages_ReadsOnlyTheFirstPages()
    {
        var pdf = new PdfWriter();
        for (var n = 1; n <= 4; n++) pdf.AddPage().Text(50, 100, $"Página {n}");
        var loader = new PdfLoader(new PdfOptions { MaxPages = 2 });

        var document = (await loader.LoadAsync(pdf.Save(_files.PathOf("four-pages.pdf")), CancellationToken.None)).Value!;

        Assert.That(document.Pages.Select(p => p.Lines.Single().Text), Is.EqualTo(new[] { "Página 1", "Página 2" }));
    }
}
