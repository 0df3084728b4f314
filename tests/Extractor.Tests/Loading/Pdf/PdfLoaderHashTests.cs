using System.Security.Cryptography;
using Extractor.Loading.Pdf;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Loading.Pdf;

/// <summary>A PDF's content hash: computed by the loader, or taken from an ingest that has just computed it.</summary>
public sealed class PdfLoaderHashTests
{
    [Test]
    public async Task WithoutAHash_TheLoaderHashesTheFile_AndWithOne_TakesItInsteadOfHashingAgain()
    {
        using var files = new PdfTestFiles();
        var pdf = new PdfWriter();
        pdf.AddPage().Lines(50, 100, ["Informe anual de la ciudad"]);
        var path = files.Write("informe.pdf", pdf.ToBytes());
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        var loader = new PdfLoader();

        var hashed = await loader.LoadAsync(path, CancellationToken.None);
        var given = await loader.LoadAsync(path, new string('a', 64), CancellationToken.None);

        Assert.That(hashed.Value!.ContentHash, Is.EqualTo(sha));
        Assert.That(given.Value!.ContentHash, Is.EqualTo(new string('a', 64)));
        Assert.That(given.Value.Pages.Single().Lines.Select(l => l.Text), Is.EqualTo(hashed.Value.Pages.Single().Lines.Select(l => l.Text)));
    }
}
