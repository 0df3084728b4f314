using Extractor.Loading.Pdf;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Loading.Pdf;

public sealed class PopplerDiagnosticsTests
{
    /// <summary>What Poppler wrote on stderr (real messages from the shared PDFs), whether a password was given, and the one line the user sees.</summary>
    private static IEnumerable<TestCaseData> StderrCases()
    {
        yield return new TestCaseData("Command Line Error: Incorrect password\n", false,
            "encrypted: needs a user password; supply one in pipeline.json pdf.passwords or --password").SetName("NoPasswordForAnEncryptedFile");
        yield return new TestCaseData("Command Line Error: Incorrect password\n", true,
            "encrypted: the supplied user password was rejected; supply one in pipeline.json pdf.passwords or --password").SetName("AWrongPassword");
        yield return new TestCaseData(
            string.Concat(Enumerable.Repeat("Syntax Error (25145): Illegal character <25> in hex string\n", 300))
            + "Syntax Error (25329): Illegal character '>'\nSyntax Error: Top-level pages object is wrong type (null)\n"
            + "Command Line Error: Wrong page range given: the first page (1) can not be after the last page (0).\n", false,
            "damaged beyond repair: no page could be read (Poppler: Top-level pages object is wrong type (null))").SetName("HundredsOfSyntaxErrorsCondenseToTheOneThatMatters");
        yield return new TestCaseData("Syntax Error: Couldn't find trailer dictionary\nSyntax Error: Couldn't find trailer dictionary\nSyntax Error: Couldn't read xref table\n", false,
            "damaged beyond repair (Poppler: Couldn't read xref table)").SetName("ATruncatedFile");
        yield return new TestCaseData("", false, "damaged beyond repair").SetName("NoMessageAtAll");
    }

    [TestCaseSource(nameof(StderrCases))]
    public void PopplersStderr_IsCondensedToOneLine(string stderr, bool passwordSupplied, string expected) =>
        Assert.That(PdfLoader.Explain(stderr, passwordSupplied), Is.EqualTo(expected));

    [Test]
    public async Task RandomlyDamagedPdfs_NeverThrowAndFailWithOneLine()
    {
        using var files = new PdfTestFiles();
        var pdf = new PdfWriter();
        pdf.AddPage().Lines(50, 100, Enumerable.Range(1, 10).Select(i => $"Línea {i} de un informe dañado"));
        var original = pdf.ToBytes();
        var random = new Random(20231121);
        var loader = new PdfLoader(new PdfOptions { TimeoutSeconds = 10 });

        for (var i = 0; i < 25; i++)
        {
            var bytes = (byte[])original.Clone();
            if (i % 3 == 0) bytes = bytes[..random.Next(9, bytes.Length)];
            for (var flips = random.Next(1, 40); flips > 0; flips--) bytes[random.Next(9, bytes.Length)] = (byte)random.Next(256);
            var name = $"dañado-{i}.pdf";

            var result = await loader.LoadAsync(files.Write(name, bytes), CancellationToken.None);

            if (result.IsSuccess) Assert.That(result.Value!.PageCount, Is.GreaterThan(0), name);
            else Assert.That(result.Error!.ToString(), Does.StartWith(name + ": ").And.Not.Contain("\n"));
        }
    }
}
