namespace Extractor.Loading.Pdf;

/// <summary>Options of the PDF loader: where Poppler is, how long it may run, and the passwords of encrypted files.</summary>
public sealed record PdfOptions
{
    /// <summary>How long Poppler may work on one document before it is killed. Default: 60 s.</summary>
    public int TimeoutSeconds { get; init; } = 60;

    /// <summary>
    /// User passwords of encrypted files, keyed by file name ("informe.pdf") or by path as given.
    /// Files whose user password is empty open without one. Default: none.
    /// </summary>
    public IReadOnlyDictionary<string, string> Passwords { get; init; } = new Dictionary<string, string>();

    /// <summary>The pdftotext executable, a name looked up on PATH or a path. Default: "pdftotext".</summary>
    public string PdftotextPath { get; init; } = "pdftotext";

    /// <summary>The pdftohtml executable, which reports font sizes and bold; without it sizes are estimated from line heights. Default: "pdftohtml".</summary>
    public string PdftohtmlPath { get; init; } = "pdftohtml";

    /// <summary>Read at most this many pages from the start of each document; 0 reads them all. Default: 0.</summary>
    public int MaxPages { get; init; }

    /// <summary>
    /// Whether to read font sizes and bold (headings depend on them): from poppler-layout's single pass when there is one,
    /// else from a second Poppler pass, pdftohtml -xml, as costly as the first. Default: true.
    /// </summary>
    public bool ReadTypography { get; init; } = true;

    /// <summary>
    /// poppler-layout (src/poppler-layout, built with the project where Poppler's headers are installed): one Poppler pass
    /// giving pdftotext -bbox-layout's layout and each word's font together. Null, or a path where there is no file,
    /// runs pdftotext (and pdftohtml for typography) instead. Default: the one built beside this assembly, if any.
    /// </summary>
    public string? LayoutHelperPath { get; init; } = BundledLayoutHelper;

    /// <summary>The poppler-layout built beside this assembly, or null when the build could not make it.</summary>
    public static string? BundledLayoutHelper { get; } = Path.Combine(AppContext.BaseDirectory, "poppler-layout") is var path && File.Exists(path) ? path : null;

    /// <summary>The configuration errors, all of them, each naming the key; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (TimeoutSeconds <= 0) errors.Add($"pdf.timeoutSeconds must be positive (was {TimeoutSeconds}).");
        if (MaxPages < 0) errors.Add($"pdf.maxPages must be 0 (all) or positive (was {MaxPages}).");
        if (string.IsNullOrWhiteSpace(PdftotextPath)) errors.Add("pdf.pdftotextPath must not be empty.");
        if (string.IsNullOrWhiteSpace(PdftohtmlPath)) errors.Add("pdf.pdftohtmlPath must not be empty.");
        return errors;
    }
}
