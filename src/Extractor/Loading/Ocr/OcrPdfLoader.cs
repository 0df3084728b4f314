using Extractor.Domain;

namespace Extractor.Loading.Ocr;

/// <summary>
/// Wraps a PDF loader: pages whose text layer is empty or negligible are rendered and recognised, so scanned pages
/// flow through the pipeline like any other. A page that cannot be recognised is kept, marked not read, never dropped.
/// </summary>
public sealed class OcrPdfLoader(IDocumentLoader pdf, OcrOptions options, IReadOnlyDictionary<string, string>? passwords = null) : IDocumentLoader
{
    private readonly TesseractPageReader _reader = new(options);

    public IReadOnlyCollection<string> Extensions => pdf.Extensions;

    public Task<Result<SourceDocument>> LoadAsync(string path, CancellationToken cancellationToken) => LoadAsync(path, null, cancellationToken);

    public async Task<Result<SourceDocument>> LoadAsync(string path, string? contentHash, CancellationToken cancellationToken)
    {
        var loaded = await pdf.LoadAsync(path, contentHash, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess) return loaded;
        var document = loaded.Value!;
        if (!document.Pages.Any(NeedsOcr)) return loaded;
        if (!options.Enabled)
            return Result<SourceDocument>.Success(document with
            {
                Pages = document.Pages.Select(p => NeedsOcr(p) ? p with { Origin = PageTextOrigin.NotRead, NotReadReason = "OCR is off (ocr.enabled in pipeline.json)" } : p).ToList(),
            });

        var password = PasswordFor(path);
        var pages = new List<SourcePage>(document.Pages.Count);
        foreach (var page in document.Pages)
        {
            if (!NeedsOcr(page))
            {
                pages.Add(page);
                continue;
            }

            var read = await _reader.ReadAsync(path, page.Number, password, cancellationToken).ConfigureAwait(false);
            pages.Add(read.IsSuccess
                ? page with { Lines = read.Value!.Lines, Origin = PageTextOrigin.Ocr, OcrConfidence = Math.Round(read.Value.MeanConfidence, 1) }
                : page with { Origin = PageTextOrigin.NotRead, NotReadReason = read.Error!.Problem });
        }

        return Result<SourceDocument>.Success(document with { Pages = pages });
    }

    private bool NeedsOcr(SourcePage page) => page.Lines.Sum(l => l.Text.Count(char.IsLetterOrDigit)) < options.MinTextChars;

    private string? PasswordFor(string path)
    {
        if (passwords is null) return null;
        foreach (var key in new[] { path, Path.GetFullPath(path), Path.GetFileName(path) })
            if (passwords.TryGetValue(key, out var p)) return p;
        return null;
    }
}
