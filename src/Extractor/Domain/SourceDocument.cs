namespace Extractor.Domain;

/// <summary>The file formats the loaders read.</summary>
public enum DocumentFormat { Text, Markdown, Pdf }

/// <summary>How a page's text was obtained.</summary>
public enum PageTextOrigin
{
    /// <summary>From the file itself (a text file, or a PDF's text layer).</summary>
    TextLayer,
    /// <summary>Recognised from the rendered page image.</summary>
    Ocr,
    /// <summary>The page has no text layer and could not be recognised; it is kept, empty, so nothing is lost silently.</summary>
    NotRead,
}

/// <summary>What a line is, where the source format says so (Markdown structure, PDF table cells).</summary>
public enum LineRole { Text, Heading, ListItem, TableRow }

/// <summary>Where a line sits on a PDF page, in points from the top-left corner, and its typography.</summary>
public sealed record LineLayout(double X, double Y, double Width, double Height, double FontSize, bool Bold, int Column);

/// <summary>One line of a source document as the loader read it.</summary>
/// <param name="Text">The line's text, without its line break.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Number">1-based line number: in the file for text formats, within the page for PDFs.</param>
/// <param name="Role">The structure the source format gives the line.</param>
/// <param name="Level">Heading level for <see cref="LineRole.Heading"/> lines (1 = top), else 0.</param>
/// <param name="Layout">Position and font on a PDF page; null for text formats.</param>
/// <param name="Lead">How many characters of <paramref name="Text"/> its writer set apart in bold at its start ("**Firma del convenio**
/// con …" in Markdown), 0 when none: an item's title ends there.</param>
public sealed record SourceLine(string Text, int Page, int Number, LineRole Role = LineRole.Text, int Level = 0, LineLayout? Layout = null, int Lead = 0);

/// <summary>One page of a source document. Text formats have one page per form feed, or one page.</summary>
/// <param name="OcrConfidence">Tesseract's mean word confidence (0–100) for OCR'd pages.</param>
/// <param name="NotReadReason">Why a <see cref="PageTextOrigin.NotRead"/> page could not be read.</param>
public sealed record SourcePage(
    int Number,
    IReadOnlyList<SourceLine> Lines,
    PageTextOrigin Origin = PageTextOrigin.TextLayer,
    double? OcrConfidence = null,
    double Width = 0,
    double Height = 0,
    string? NotReadReason = null);

/// <summary>A document as loaded: its identity and its pages of lines, before any cleaning.</summary>
/// <param name="Path">The path it was read from.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the file's bytes: the document's stable identity.</param>
/// <param name="MetadataTitle">The title the file's metadata states, if any.</param>
public sealed record SourceDocument(string Path, string ContentHash, DocumentFormat Format, IReadOnlyList<SourcePage> Pages, string? MetadataTitle = null)
{
    /// <summary>The short stable id used in outputs: the first 16 hex digits of the content hash.</summary>
    public string Id => ContentHash[..Math.Min(16, ContentHash.Length)];

    /// <summary>The file name, as mentions name their document.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    public int PageCount => Pages.Count;
}
