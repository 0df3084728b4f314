using System.Diagnostics;
using System.Runtime.Versioning;
using Extractor.Configuration;
using Extractor.Domain;
using Extractor.Loading.Pdf;
using Extractor.Pipeline;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Loading.Pdf;

/// <summary>
/// poppler-layout, the one Poppler pass the PDF loader runs where it was built: its layout is pdftotext -bbox-layout's,
/// byte for byte, and the fonts it adds give the same sections as the two-pass path (pdftotext + pdftohtml).
/// </summary>
public sealed class PopplerLayoutHelperTests
{
    private static string PdfDir => Path.Combine(RepoPaths.SharedDir, "pdfs");

    private static string Helper => PdfOptions.BundledLayoutHelper
        ?? throw new AssertionException("poppler-layout was not built beside the tests: install its build dependencies "
            + "(sudo apt-get install -y g++ pkg-config libpoppler-private-dev) and rebuild; .ci/run installs them.");

    private static IEnumerable<string> SharedPdfs() =>
        Directory.Exists(PdfDir)
            ? Directory.GetFiles(PdfDir, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(PdfDir, f))
            : [];

    private static IEnumerable<string> SpanishReports() => SharedPdfs().Where(f => f.StartsWith("es", StringComparison.Ordinal));

    [Test]
    public void TheHelperIsBuiltBesideTheAssembly() =>
        Assert.That(File.Exists(Helper), Is.True);

    [TestCaseSource(nameof(SharedPdfs))]
    public void WithoutFonts_ItWritesWhatPdftotextBboxLayoutWrites(string relative)
    {
        var file = Path.Combine(PdfDir, relative);
        var ours = Run(Helper, file);
        var poppler = Run("pdftotext", "-bbox-layout", "-enc", "UTF-8", file, "-");

        Assert.That(ours.ExitCode, Is.EqualTo(poppler.ExitCode), "exit code");
        Assert.That(ours.Error, Is.EqualTo(poppler.Error), "Poppler's messages");
        // pdftotext also copies metadata other than the title into <meta> elements, which the loader does not read.
        var withoutMeta = string.Join('\n', poppler.Output.Split('\n').Where(l => !l.StartsWith("<meta ", StringComparison.Ordinal)));
        Assert.That(ours.Output, Is.EqualTo(withoutMeta));
    }

    [TestCaseSource(nameof(SpanishReports))]
    public async Task OnePass_GivesTheSectionsOfTheTwoPasses(string relative)
    {
        var file = Path.Combine(PdfDir, relative);
        var config = PipelineConfig.Load(Path.Combine(RepoPaths.RepoRoot, "pipeline.json")).Value!;
        var pipeline = PipelineFactory.Create(config with { Classification = config.Classification with { Enabled = false } }).Value!;
        var one = (await new PdfLoader(new PdfOptions { LayoutHelperPath = Helper }).LoadAsync(file, CancellationToken.None)).Value!;
        var two = (await new PdfLoader(new PdfOptions { LayoutHelperPath = null }).LoadAsync(file, CancellationToken.None)).Value!;

        Assert.That(Lines(one).Select(l => (l.Text, l.Page)), Is.EqualTo(Lines(two).Select(l => (l.Text, l.Page))), "the same lines in the same order");
        var otherFont = Lines(one).Zip(Lines(two))
            .Where(p => p.First.Layout!.FontSize != p.Second.Layout!.FontSize || p.First.Layout.Bold != p.Second.Layout.Bold)
            .Select(p => $"p{p.First.Page} '{p.First.Text}': {p.First.Layout!.FontSize}{(p.First.Layout.Bold ? " bold" : "")} vs {p.Second.Layout!.FontSize}{(p.Second.Layout.Bold ? " bold" : "")}")
            .ToList();
        Assert.That(otherFont, Has.Count.LessThanOrEqualTo(0.05 * Lines(one).Count()), "font size or bold of the lines differ: " + string.Join("; ", otherFont.Take(20)));
        Assert.That(pipeline.Prepare(one).Sections.Select(s => s.Title), Is.EqualTo(pipeline.Prepare(two).Sections.Select(s => s.Title)));
    }

    /// <summary>
    /// The helper skips Poppler's colour management (the display profile every page's state is given, from a PDF/A output
    /// intent where the document has one) by interposing GfxState::setDisplayProfile: the override must be the one the
    /// library calls here, and its output must not change.
    /// </summary>
    [Test]
    public void ThePagesDisplayProfiles_AreSkipped_WithoutChangingTheOutput()
    {
        // The BOE gazette is a PDF/A file: its output intent's ICC profile cost Poppler about 12 ms a page.
        var file = Path.Combine(PdfDir, "es", "boe_BOE-S-2024-92_sumario.pdf");
        var plain = Run(Helper, "-lines", file);
        var counted = Run(Helper, "-lines", "-stats", file);

        Assert.That(counted.Output, Is.EqualTo(plain.Output));
        var skipped = counted.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        Assert.That(skipped, Does.Match(@"^display profiles skipped: \d+$"));
        Assert.That(int.Parse(skipped.Split(": ")[1], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(28), "one or more per page of the 28");
    }

    private static IEnumerable<SourceLine> Lines(SourceDocument document) => document.Pages.SelectMany(p => p.Lines);

    [Test]
    public void WholeLinesAreReadWithTheirFonts()
    {
        const string xhtml = """
            <html><head><title>T</title></head><body><doc>
              <page width="600" height="800">
                <flow>
                  <block xMin="10" yMin="10" xMax="300" yMax="60">
                    <line xMin="10" yMin="10" xMax="300" yMax="22" size="18" bold="1">Título &amp; resumen</line>
                    <line xMin="10" yMin="30" xMax="300" yMax="41" size="11" bold="0">cuerpo  del&#160;párrafo</line>
                    <line xMin="10" yMin="50" xMax="300" yMax="60"></line>
                  </block>
                </flow>
              </page>
            </doc></body></html>
            """;

        var lines = PopplerLayout.Parse(xhtml).Pages.Single().Blocks.Single().Lines;

        Assert.That(lines, Is.EqualTo(new[]
        {
            new LayoutLine("Título & resumen", new Box(10, 10, 300, 22), new LineFont(18, true)),
            new LayoutLine("cuerpo del párrafo", new Box(10, 30, 300, 41), new LineFont(11, false)),
        }), "an empty line is no line");
    }

    [TestCase("ABCDEE+Calibri,Bold")]
    [TestCase("Arial-BoldMT")]
    [TestCase("NimbusRomNo9L-Medi")]
    [TestCase("NimbusRomNo9L-MediItal")]
    [TestCase("Helvetica-Medium")]
    [TestCase("Helvetica-Mediumish")]
    [TestCase("Gotham-Black")]
    [TestCase("Futura-Heavy")]
    [TestCase("Myriad-DemiCond")]
    [TestCase("Foo,B")]
    [TestCase("Foo,BI")]
    [TestCase("Fuente,Bé")]
    [TestCase("Tipo-Mediña")]
    [TestCase("Tipo-Mediumé")]
    [TestCase("ABCDEE+Calibri")]
    [TestCase("TimesNewRomanPSMT")]
    [TestCase("Garamond-Italic")]
    [TestCase("")]
    public void TheHelperDecidesBoldByNameAsTheLoaderDoes(string name)
    {
        var helper = Run(Helper, "-is-bold", name);

        Assert.That(helper.Output.Trim(), Is.EqualTo(FontNames.IsBold(name, flag: false) ? "1" : "0"));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public async Task WhenTheHelperFails_TheTwoPassesReadTheFile()
    {
        using var files = new PdfTestFiles();
        var failing = Path.Combine(files.Dir, "failing-helper.sh");
        File.WriteAllText(failing, "#!/bin/sh\necho 'Segmentation fault' >&2\nexit 139\n");
        File.SetUnixFileMode(failing, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var pdf = new PdfWriter();
        pdf.AddPage().Lines(50, 100, ["Informe anual de la ciudad", "Reunión con la red de ciudades en marzo de 2021"]);
        var file = files.Write("informe.pdf", pdf.ToBytes());

        var withFailingHelper = await new PdfLoader(new PdfOptions { LayoutHelperPath = failing }).LoadAsync(file, CancellationToken.None);
        var twoPasses = await new PdfLoader(new PdfOptions { LayoutHelperPath = null }).LoadAsync(file, CancellationToken.None);

        Assert.That(withFailingHelper.Error, Is.Null);
        Assert.That(Lines(withFailingHelper.Value!).Select(l => l.Text), Is.EqualTo(Lines(twoPasses.Value!).Select(l => l.Text)));
        Assert.That(Lines(withFailingHelper.Value!).Select(l => l.Text), Does.Contain("Informe anual de la ciudad"));
    }

    [Test]
    public async Task AnEncryptedFileWithoutItsPassword_FailsWithTheSameMessageThroughEitherPath()
    {
        var file = Path.Combine(PdfDir, "torture", "pdfminer_rc4-40.pdf");
        Assert.That(File.Exists(file), Is.True, file);

        var one = await new PdfLoader(new PdfOptions { LayoutHelperPath = Helper }).LoadAsync(file, CancellationToken.None);
        var two = await new PdfLoader(new PdfOptions { LayoutHelperPath = null }).LoadAsync(file, CancellationToken.None);

        Assert.That(one.Error?.ToString(), Does.Contain("encrypted: needs a user password"));
        Assert.That(one.Error?.ToString(), Is.EqualTo(two.Error?.ToString()));
    }

    [Test]
    public async Task ACopyProtectedFile_IsReadInTheOnePass_AsPdftotextReadsIt()
    {
        using var files = new PdfTestFiles();
        var pdf = new PdfWriter(title: "Informe protegido", copyProtected: true);
        pdf.AddPage().Lines(50, 100, ["Informe anual de la ciudad", "Reunión con la red de ciudades en marzo de 2021"]);
        var file = files.Write("protegido.pdf", pdf.ToBytes());
        Assert.That(Run("pdfinfo", file).Output, Does.Contain("copy:no"), "the test file forbids copying text");

        var ours = Run(Helper, file);
        var poppler = Run("pdftotext", "-bbox-layout", "-enc", "UTF-8", file, "-");
        // Without pdftotext and pdftohtml at hand, only the one pass can read the file.
        var onePassOnly = new PdfOptions { LayoutHelperPath = Helper, PdftotextPath = Path.Combine(files.Dir, "no-pdftotext"), PdftohtmlPath = Path.Combine(files.Dir, "no-pdftohtml") };
        var loaded = await new PdfLoader(onePassOnly).LoadAsync(file, CancellationToken.None);

        Assert.That(poppler.ExitCode, Is.Zero, poppler.Error);
        Assert.That((ours.ExitCode, ours.Error), Is.EqualTo((poppler.ExitCode, poppler.Error)));
        Assert.That(ours.Output, Is.EqualTo(string.Join('\n', poppler.Output.Split('\n').Where(l => !l.StartsWith("<meta ", StringComparison.Ordinal)))));
        Assert.That(loaded.Error, Is.Null);
        Assert.That(Lines(loaded.Value!).Select(l => l.Text), Is.EqualTo(new[] { "Informe anual de la ciudad", "Reunión con la red de ciudades en marzo de 2021" }));
        Assert.That(loaded.Value!.MetadataTitle, Is.EqualTo("Informe protegido"));
    }

    [TestCase("Memoria de cooperación 2023", "Memoria de cooperación 2023")]
    [TestCase("\0I\0n\0f\0o\0r\0m\0e\0 \0a\0n\0u\0a\0l", "Informe anual", TestName = "ATitleInUtf16WithoutItsByteOrderMark_IsReadAsPdftotextReadsIt")]
    public async Task TheTitle_IsThePdftotextOne(string written, string read)
    {
        using var files = new PdfTestFiles();
        var pdf = new PdfWriter(title: written);
        pdf.AddPage().Text(50, 100, "Presentación");
        var file = files.Write("titulo.pdf", pdf.ToBytes());

        var one = (await new PdfLoader(new PdfOptions { LayoutHelperPath = Helper }).LoadAsync(file, CancellationToken.None)).Value!;
        var two = (await new PdfLoader(new PdfOptions { LayoutHelperPath = null }).LoadAsync(file, CancellationToken.None)).Value!;

        Assert.That((one.MetadataTitle, two.MetadataTitle), Is.EqualTo((read, read)));
    }

    [Test]
    public async Task ATitleInUtf16_KeepsCharactersBeyondTheBasicPlane()
    {
        using var files = new PdfTestFiles();
        var pdf = new PdfWriter(title: "Informe 𝐀 — Ωmega");
        pdf.AddPage().Text(50, 100, "Presentación");
        var file = files.Write("titulo.pdf", pdf.ToBytes());

        var one = (await new PdfLoader(new PdfOptions { LayoutHelperPath = Helper }).LoadAsync(file, CancellationToken.None)).Value!;

        Assert.That(one.MetadataTitle, Is.EqualTo("Informe 𝐀 — Ωmega"));
    }

    private static (int ExitCode, string Output, string Error) Run(string exe, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(exe, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
