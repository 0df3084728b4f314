using Extractor.Domain;
using System.Diagnostics;
using Extractor.Loading.Pdf;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Loading.Pdf;

/// <summary>Every real PDF in the shared folder (../shared/pdfs): Spanish reports and a torture set of broken, encrypted and odd files.</summary>
public sealed class SharedPdfCorpusTests
{
    private static string PdfDir => Path.Combine(RepoPaths.SharedDir, "pdfs");

    private static string PathOf(string relative)
    {
        var path = Path.Combine(PdfDir, relative);
        if (!File.Exists(path)) Assert.Ignore($"Shared test PDF missing: {path} (the shared folder sits beside the repository).");
        return path;
    }

    /// <summary>Files that must fail, with the problem their diagnostic must start with; every other file must load.</summary>
    private static readonly IReadOnlyDictionary<string, string> ExpectedFailures = new Dictionary<string, string>
    {
        ["torture/qpdf_bad1.pdf"] = "not a PDF (starts with 'oops')",
        ["torture/pdfminer_rc4-40.pdf"] = "encrypted: needs a user password",
        ["torture/pdfminer_aes-256-r6.pdf"] = "encrypted: needs a user password",
        ["torture/pdfjs_saslprep-r6.pdf"] = "encrypted: needs a user password",
        ["torture/pdfpig_broken-offsets-google-drive.pdf"] = "damaged beyond repair",
    };

    [Test]
    public async Task EveryPdf_EitherLoadsWithPagesOrFailsWithOneLineNamingTheFile()
    {
        if (!Directory.Exists(PdfDir)) Assert.Ignore($"No shared PDFs at {PdfDir}: skipping the corpus test.");
        var files = Directory.GetFiles(PdfDir, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        // Whole documents, the 95-page CJK report included: the full set takes a few seconds.
        var loader = new PdfLoader(new PdfOptions { TimeoutSeconds = 30 });
        var watch = Stopwatch.StartNew();

        var outcomes = new List<string>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(PdfDir, file).Replace('\\', '/');
            var started = watch.Elapsed;
            var result = await loader.LoadAsync(file, CancellationToken.None);
            var took = $"{(watch.Elapsed - started).TotalMilliseconds:F0} ms";
            if (ExpectedFailures.TryGetValue(relative, out var problem))
            {
                Assert.That(result.Error, Is.Not.Null, $"{relative} should fail with '{problem}'");
                Assert.That(result.Error!.Problem, Does.StartWith(problem), relative);
            }
            else
            {
                Assert.That(result.Error, Is.Null, () => $"{relative} should load: {result.Error}");
                Assert.That(result.Value!.PageCount, Is.GreaterThan(0), relative);
            }
            if (result.Error is { } error)
            {
                Assert.That(error.File, Is.EqualTo(Path.GetFileName(file)));
                Assert.That(error.ToString(), Does.Not.Contain("\n"), relative);
            }
            outcomes.Add(result.IsSuccess
                ? $"{relative}: loaded, {result.Value!.PageCount} pages, {result.Value.Pages.Sum(p => p.Lines.Count)} lines ({took})"
                : $"{relative}: {result.Error!.Problem} ({took})");
        }

        TestContext.Out.WriteLine($"{files.Count} PDFs in {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var outcome in outcomes) TestContext.Out.WriteLine(outcome);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
    }

    private static IEnumerable<TestCaseData> SpanishReports()
    {
        var dir = Path.Combine(PdfDir, "es");
        if (!Directory.Exists(dir))
        {
            yield return new TestCaseData("(missing)").SetName("SpanishReports_AreMissing");
            yield break;
        }
        foreach (var file in Directory.GetFiles(dir, "*.pdf").Order(StringComparer.Ordinal))
            yield return new TestCaseData(Path.GetFileName(file)).SetName($"SpanishReport_LoadsWithSpanishText({Path.GetFileName(file)})");
    }

    [TestCaseSource(nameof(SpanishReports))]
    public async Task ASpanishReport_LoadsWithPagesAndCommonSpanishWords(string name)
    {
        var result = await new PdfLoader(new PdfOptions { MaxPages = 30 }).LoadAsync(PathOf($"es/{name}"), CancellationToken.None);

        Assert.That(result.Error, Is.Null, () => result.Error!.ToString());
        var words = result.Value!.Pages.SelectMany(p => p.Lines).SelectMany(l => l.Text.ToLowerInvariant().Split(' ')).ToHashSet();
        Assert.That(result.Value.PageCount, Is.GreaterThan(0));
        string[] common = ["de", "la", "el", "y", "en", "los", "las", "del", "que", "por", "para", "con", "dirección", "secretaría", "municipal"];
        Assert.That(common.Count(words.Contains), Is.GreaterThanOrEqualTo(3), $"{name}: too few common Spanish words");
    }

    [Test]
    public async Task TheBulletinsCalendarIsReadAsATable_OneRowPerWorkshop()
    {
        var result = await new PdfLoader().LoadAsync(PathOf("es/trc_boletin-plan-estrategico-metropolitano.pdf"), CancellationToken.None);

        Assert.That(result.Error, Is.Null, () => result.Error!.ToString());
        var rows = result.Value!.Pages.SelectMany(p => p.Lines).Where(l => l.Role == LineRole.TableRow).Select(l => l.Text).ToList();
        Assert.That(rows, Does.Contain("EVENTO\tTEMA\tFECHA"));
        Assert.That(rows, Does.Contain("Taller 1\tDIAGNÓSTICO - PRONÓSTICO\t2 Octubre 2014"));
        Assert.That(rows, Does.Contain("Presentación\tPLAN ESTRATÉGICO DE DESARROLLO\t19 Febrero 2015"));
    }

    /// <summary>Encrypted torture files: the password to supply (null for none) and the text expected on the first page.</summary>
    private static IEnumerable<TestCaseData> EncryptedFiles()
    {
        yield return new TestCaseData("pdfpig_r4_aes_empty_string.pdf", null).SetName("AnAesFileWithAnEmptyUserPassword_OpensWithoutAPassword");
        yield return new TestCaseData("pdfminer_issue-625-identity-cmap.pdf", null).SetName("AnRc4FileWithAnEmptyUserPassword_OpensWithoutAPassword");
        // MANIFEST.tsv calls "foo" this file's user password; it is the owner password (the user password is "baz"). Both open it.
        yield return new TestCaseData("pdfminer_rc4-40.pdf", "foo").SetName("AnRc4FileOpensWithItsOwnerPassword");
        yield return new TestCaseData("pdfminer_rc4-40.pdf", "baz").SetName("AnRc4FileOpensWithItsUserPassword");
        yield return new TestCaseData("pdfminer_aes-256-r6.pdf", "usersecret").SetName("AnAes256FileOpensWithItsUserPassword");
    }

    [TestCaseSource(nameof(EncryptedFiles))]
    public async Task AnEncryptedFile_OpensWithTheRightPassword(string name, string? password)
    {
        var path = PathOf($"torture/{name}");
        var passwords = password is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [name] = password };

        var result = await new PdfLoader(new PdfOptions { Passwords = passwords }).LoadAsync(path, CancellationToken.None);

        Assert.That(result.Error, Is.Null, () => result.Error!.ToString());
        Assert.That(result.Value!.PageCount, Is.GreaterThan(0));
    }

    [TestCase("pdfminer_rc4-40.pdf")]
    [TestCase("pdfminer_aes-256-r6.pdf")]
    public async Task AnEncryptedFileWithoutItsPassword_AsksForOne(string name)
    {
        var result = await new PdfLoader().LoadAsync(PathOf($"torture/{name}"), CancellationToken.None);

        Assert.That(result.Error?.ToString(), Is.EqualTo($"{name}: encrypted: needs a user password; supply one in pipeline.json pdf.passwords or --password"));
    }

    [Test]
    public async Task AnEncryptedFileWithAWrongPassword_SaysThePasswordWasRejected()
    {
        var options = new PdfOptions { Passwords = new Dictionary<string, string> { ["pdfminer_rc4-40.pdf"] = "bar" } };

        var result = await new PdfLoader(options).LoadAsync(PathOf("torture/pdfminer_rc4-40.pdf"), CancellationToken.None);

        Assert.That(result.Error!.Problem, Does.StartWith("encrypted: the supplied user password was rejected"));
    }

    [Test]
    public async Task APasswordCanBeKeyedByPath()
    {
        var path = PathOf("torture/pdfminer_rc4-40.pdf");
        var options = new PdfOptions { Passwords = new Dictionary<string, string> { [path] = "foo" } };

        var result = await new PdfLoader(options).LoadAsync(path, CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True, () => result.Error!.ToString());
    }

    [Test]
    public async Task OnALatexTwoColumnPage_TheLeftColumnComesBeforeTheRight()
    {
        // Poppler alone emits the right column's first paragraph before the left column on this page.
        var result = await new PdfLoader(new PdfOptions { MaxPages = 1 }).LoadAsync(PathOf("torture/samplefiles_multicolumn.pdf"), CancellationToken.None);

        var lines = result.Value!.Pages[0].Lines.Select(l => l.Text).ToList();
        var left = lines.FindIndex(l => l.StartsWith("This is a sample document with two columns", StringComparison.Ordinal));
        var right = lines.FindIndex(l => l.StartsWith("pellentesque ante. Phasellus", StringComparison.Ordinal));
        Assert.That(left, Is.GreaterThanOrEqualTo(0).And.LessThan(right));
        Assert.That(lines[0], Is.EqualTo("Two-Column Document with Lorem Ipsum"));
    }

    [Test]
    public async Task BulletsThatPopplerPutsInBlocksOfTheirOwn_ComeBeforeTheirItems()
    {
        // Poppler alone gives the four "•" of this page's list one after the other, then the four items.
        var result = await new PdfLoader().LoadAsync(PathOf("torture/pdfpig_2-columns-justified.pdf"), CancellationToken.None);

        var lines = result.Value!.Pages[0].Lines.Select(l => l.Text).ToList();
        foreach (var item in new[] { "Duis leo enim", "Etiam dolor erat", "Morbi viverra diam", "Donec at nisi" })
        {
            var at = lines.FindIndex(l => l.StartsWith(item, StringComparison.Ordinal));
            Assert.That(at, Is.GreaterThan(0), item);
            Assert.That(lines[at - 1], Is.EqualTo("•"), item);
        }
    }

    [Test]
    public async Task LigaturesAreSpelledOut()
    {
        var result = await new PdfLoader(new PdfOptions { MaxPages = 30 }).LoadAsync(PathOf("es/datosgobar_Guia-los-datos-y-vos.pdf"), CancellationToken.None);

        var text = string.Join("\n", result.Value!.Pages.SelectMany(p => p.Lines).Select(l => l.Text));
        Assert.That(text, Does.Not.Contain("\uFB01").And.Not.Contain("\uFB02").And.Not.Contain("\u00A0"));
    }
}
