using System.Text;
using Extractor.Domain;
using Extractor.Loading.Pdf;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Loading.Pdf;

public sealed class PdfLoaderFailureTests
{
    private readonly PdfTestFiles _files = new();

    [OneTimeTearDown]
    public void DeleteFiles() => _files.Dispose();

    private static byte[] ValidPdf()
    {
        var pdf = new PdfWriter();
        for (var n = 1; n <= 4; n++) pdf.AddPage().Lines(50, 100, Enumerable.Range(1, 20).Select(i => $"Página {n}, párrafo {i} del informe anual"));
        return pdf.ToBytes();
    }

    /// <summary>Files that must fail, and the problem the diagnostic must state.</summary>
    private static IEnumerable<TestCaseData> BrokenFiles()
    {
        yield return new TestCaseData("vacio.pdf", Array.Empty<byte>(), "empty file (0 bytes)").SetName("AZeroByteFile_IsReportedAsEmpty");
        yield return new TestCaseData("notas.pdf", Encoding.UTF8.GetBytes("oops\nesto es un texto\n"), "not a PDF (starts with 'oops')").SetName("ATextFileNamedPdf_IsReportedAsNotAPdf");
        yield return new TestCaseData("imagen.pdf", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "not a PDF (starts with '").SetName("ABinaryFileNamedPdf_IsReportedAsNotAPdf");
    }

    [TestCaseSource(nameof(BrokenFiles))]
    public async Task ABrokenFile_GivesOneLineNamingTheFileAndTheReason(string name, byte[] bytes, string problem)
    {
        var result = await new PdfLoader().LoadAsync(_files.Write(name, bytes), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.File, Is.EqualTo(name));
        Assert.That(result.Error.Problem, Does.StartWith(problem));
        Assert.That(result.Error.ToString(), Does.Not.Contain("\n"));
    }

    [Test]
    public async Task APdfTruncatedInTheMiddle_IsReportedAsDamagedWithPopplersReason()
    {
        var bytes = ValidPdf();
        var path = _files.Write("truncado.pdf", bytes[..(bytes.Length / 2)]);

        var result = await new PdfLoader().LoadAsync(path, CancellationToken.None);

        Assert.That(result.Error?.ToString(), Is.EqualTo("truncado.pdf: damaged beyond repair (Poppler: Couldn't read xref table)"));
    }

    [Test]
    public async Task WhenPdftotextIsMissing_TheDiagnosticSaysHowToInstallIt()
    {
        var path = _files.Write("bueno.pdf", ValidPdf());
        var loader = new PdfLoader(new PdfOptions { PdftotextPath = "/nonexistent/bin/pdftotext", LayoutHelperPath = null });

        var result = await loader.LoadAsync(path, CancellationToken.None);

        Assert.That(result.Error!.Problem, Does.StartWith("pdftotext not found").And.Contain("poppler-utils"));
    }

    [Test]
    public void TheInstallHintNamesThePackage() =>
        Assert.That(PdfLoader.InstallHint, Is.EqualTo("pdftotext not found: install it with `sudo apt-get install poppler-utils`"));

    [Test]
    public void PopplerProbe_FindsPdftotextOnThisMachine()
    {
        if (!PopplerProbe.IsPdftotextAvailable()) Assert.Ignore("pdftotext is not installed here; install with: " + PopplerProbe.InstallCommand);
        Assert.That(PopplerProbe.Resolve("pdftotext"), Does.EndWith("pdftotext"));
        Assert.That(PopplerProbe.Resolve("no-such-tool-extractor"), Is.Null);
    }

    [TestCase(false, TestName = "AHangingEngine_IsKilledAfterTheTimeoutAndTheDocumentFails(pdftotext)")]
    [TestCase(true, TestName = "AHangingEngine_IsKilledAfterTheTimeoutAndTheDocumentFails(poppler-layout)")]
    public async Task AHangingEngine_IsKilledAfterTheTimeoutAndTheDocumentFails(bool singlePass)
    {
        var pids = _files.PathOf("pids.txt");
        // The script and the sleep it starts both record their process ids: the whole tree must be gone afterwards.
        var script = WriteScript("fake-engine.sh", $"echo $$ >> '{pids}'\nsleep 60 &\necho $! >> '{pids}'\nwait\n");
        var loader = new PdfLoader(singlePass
            ? new PdfOptions { LayoutHelperPath = script, TimeoutSeconds = 1 }
            : new PdfOptions { PdftotextPath = script, LayoutHelperPath = null, ReadTypography = false, TimeoutSeconds = 1 });
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await loader.LoadAsync(_files.Write("lento.pdf", ValidPdf()), CancellationToken.None);

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(result.Error?.ToString(), Is.EqualTo("lento.pdf: timed out after 1 s"));
        // On a loaded machine the kill can come before the script has started its sleep; whatever started must be gone.
        var ids = File.ReadAllLines(pids).Select(int.Parse).ToList();
        Assert.That(ids, Is.Not.Empty);
        // A SIGKILLed process takes a moment to leave the process table.
        var gone = System.Diagnostics.Stopwatch.StartNew();
        while (ids.Any(IsRunning) && gone.Elapsed < TimeSpan.FromSeconds(3)) await Task.Delay(50);
        Assert.That(ids.Where(IsRunning), Is.Empty, "processes still running after the timeout");
    }

    /// <summary>Writes an executable shell script standing in for pdftotext.</summary>
    private string WriteScript(string name, string body)
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("The fake engine is a shell script.");
        var path = _files.PathOf(name);
        File.WriteAllText(path, "#!/bin/sh\n" + body);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    // A killed process whose parent has not reaped it yet is a zombie: it has stopped, though its id still exists.
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        try
        {
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is not ("Z" or "X");
        }
        catch (IOException)
        {
            return false;
        }
    }

    [Test]
    public async Task ACancelledLoad_ThrowsAndKillsTheEngine()
    {
        var script = WriteScript("slow-pdftotext.sh", "exec sleep 60\n");
        var loader = new PdfLoader(new PdfOptions { PdftotextPath = script, LayoutHelperPath = null, ReadTypography = false });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Assert.That(async () => await loader.LoadAsync(_files.Write("cancelado.pdf", ValidPdf()), cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void InvalidOptions_AreAllReportedTogether()
    {
        var errors = new PdfOptions { TimeoutSeconds = 0, MaxPages = -1 }.Validate();

        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.That(() => new PdfLoader(new PdfOptions { TimeoutSeconds = 0 }), Throws.ArgumentException.With.Message.Contain("pdf.timeoutSeconds"));
    }
}
