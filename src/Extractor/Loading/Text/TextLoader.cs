using Extractor.Domain;

namespace Extractor.Loading.Text;

/// <summary>Loads plain text: one source line per file line, pages split on form feeds; tab-separated lines are table rows.</summary>
public sealed class TextLoader : IDocumentLoader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public async Task<Result<SourceDocument>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var read = await FileReading.ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        if (!read.IsSuccess) return Result<SourceDocument>.Failure(read.Error!);
        var (hash, text) = read.Value;
        var pages = FileReading.SplitLines(text)
            .GroupBy(l => l.Page)
            .Select(g => new SourcePage(g.Key, g.Select(l => ToLine(l.Page, l.Number, l.Text)).ToList()))
            .ToList();
        if (pages.Count == 0) pages.Add(new SourcePage(1, []));
        return Result<SourceDocument>.Success(new SourceDocument(path, hash, DocumentFormat.Text, pages));
    }

    private static SourceLine ToLine(int page, int number, string text)
    {
        var inline = MarkdownInline.StripEmphasis(text);
        var role = inline.Contains('\t') && inline.Trim().Length > 0 ? LineRole.TableRow : LineRole.Text;
        return new SourceLine(inline, page, number, role);
    }
}
