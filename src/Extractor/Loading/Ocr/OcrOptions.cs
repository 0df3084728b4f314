namespace Extractor.Loading.Ocr;

/// <summary>Options of OCR for PDF pages without a usable text layer.</summary>
public sealed record OcrOptions
{
    /// <summary>Whether pages without text are recognised at all. Default: true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Tesseract's language (the tesseract-ocr-LANG package must be installed). Default: "spa".</summary>
    public string Language { get; init; } = "spa";

    /// <summary>Rendering resolution for recognition. Default: 300 dpi.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Time allowed for rendering and recognising one page. Default: 120 s.</summary>
    public int PageTimeoutSeconds { get; init; } = 120;

    /// <summary>A page whose text layer has fewer letters and digits than this is recognised. Default: 20.</summary>
    public int MinTextChars { get; init; } = 20;

    /// <summary>The tesseract executable. Default: "tesseract".</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>Poppler's page renderer. Default: "pdftoppm".</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";
}
