using Extractor.Domain;

namespace Extractor.Loading.Text;

/// <summary>Loads plain text: one source line per file line, pages split on form feeds; lines of cells split by tabs, bars or aligned columns are table rows.</summary>
public sealed class TextLoader : IDocumentLoader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public async Task<Result<SourceDocument>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var read = await FileReading.ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        if (!read.IsSuccess) return Result<SourceDocument>.Failure(read.Error!);
        var (hash, text) = read.Value;
        var (raw, inline, aligned) = Read(Paginated(FileReading.SplitLines(text)));
        // Two columns printed side by side are read one after the other; then their lines are read again, now in reading order.
        // Lines of two columns whose pieces open with times or figures may read as rows of an aligned table: the columns are told first.
        // (A row of four cells or more, "23/01/2024  Ayuntamiento de Burdeos   14  Renovación del protocolo de", is a table's, whose
        // wrapped cells below, "(Francia)   hermanamiento", are no second column.)
        var unfolded = TextColumns.Unfold(raw, i => TextTables.BarCells(inline[i]) is not null || aligned[i] is { Length: >= MinTableRowCells });
        if (!ReferenceEquals(unfolded, raw)) (raw, inline, aligned) = Read(unfolded);
        var pages = raw
            .Select((l, i) => ToLine(l.Page, l.Number, inline[i], aligned[i]))
            .GroupBy(l => l.Page)
            .Select(g => new SourcePage(g.Key, g.ToList()))
            .ToList();
        if (pages.Count == 0) pages.Add(new SourcePage(1, []));
        return Result<SourceDocument>.Success(new SourceDocument(path, hash, DocumentFormat.Text, pages));
    }

    /// <summary>The fewest aligned cells that make a line a table's row whatever columns it seems to fall in.</summary>
    private const int MinTableRowCells = 4;

    /// <summary>A text saved without form feeds is cut into pages where its page numbers count up (<see cref="PageNumbers.PagesOf"/>).</summary>
    private static IReadOnlyList<(int Page, int Number, string Text)> Paginated(IReadOnlyList<(int Page, int Number, string Text)> raw)
    {
        if (raw.Count == 0 || raw[^1].Page != 1 || PageNumbers.PagesOf([.. raw.Select(l => l.Text)]) is not { } pages) return raw;
        return [.. raw.Select((l, i) => (pages[i], l.Number, l.Text))];
    }

    /// <summary>The lines with their inline markup stripped, and the cells of those that are rows of a space-aligned table.</summary>
    private static (IReadOnlyList<(int Page, int Number, string Text)> Raw, List<string> Inline, string[]?[] Aligned) Read(IReadOnlyList<(int Page, int Number, string Text)> raw)
    {
        var inline = raw.Select(l => MarkdownInline.StripEmphasis(l.Text)).ToList();
        return (raw, inline, TextTables.AlignedRows(inline, raw.Select(l => l.Page).ToList()));
    }

    /// <summary>A line as text, or as a table row: cells between tabs, between bars, or in columns aligned with spaces (<see cref="TextTables"/>).</summary>
    private static SourceLine ToLine(int page, int number, string inline, string[]? alignedCells)
    {
        // A separator row, or a line whose pieces went on the cells of the row above (an empty row).
        if (TextTables.IsSeparator(inline) || alignedCells is { Length: 0 }) return new SourceLine("", page, number);
        var cells = (TextTables.BarCells(inline) is { Length: >= 2 } bar ? bar : null) ?? alignedCells;
        if (cells is not null) return new SourceLine(string.Join('\t', cells), page, number, LineRole.TableRow);
        var role = inline.Contains('\t') && inline.Trim().Length > 0 ? LineRole.TableRow : LineRole.Text;
        return new SourceLine(inline, page, number, role);
    }
}
