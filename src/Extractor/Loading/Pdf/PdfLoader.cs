using Extractor.Loading;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Domain;

namespace Extractor.Loading.Pdf;

/// <summary>
/// Loads PDFs through Poppler, run as child processes so that a crash or hang of the engine fails one document,
/// not the batch. Where the project's poppler-layout was built, one run of it gives everything: pdftotext
/// -bbox-layout's lines with coordinates in Poppler's reading order and the metadata title, and each word's font.
/// Elsewhere <c>pdftotext -bbox-layout</c> gives the layout and <c>pdftohtml -xml</c> (run alongside) font sizes and bold.
/// </summary>
/// <remarks>
/// Lines keep the text exactly as printed (hyphens, running headers, page numbers): cleaning is a later stage.
/// <see cref="LineLayout.Column"/> is 0-based; vertical text (rotated margin notes) is placed after the page's
/// other lines and keeps its box, so it is taller than wide. Pages without a text layer come back with no lines.
/// </remarks>
public sealed partial class PdfLoader : IDocumentLoader
{
    /// <summary>Shown when pdftotext cannot be started.</summary>
    public const string InstallHint = "pdftotext not found: install it with `sudo apt-get install poppler-utils`";

    private const string PasswordHint = "supply one in pipeline.json pdf.passwords or --password";

    private readonly PdfOptions _options;

    public PdfLoader(PdfOptions? options = null)
    {
        _options = options ?? new PdfOptions();
        var errors = _options.Validate();
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors), nameof(options));
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public Task<Result<SourceDocument>> LoadAsync(string path, CancellationToken cancellationToken) => LoadAsync(path, null, cancellationToken);

    /// <param name="contentHash">The file's SHA-256 (lower-case hex) when the caller has just computed it; else the file is hashed here.</param>
    public async Task<Result<SourceDocument>> LoadAsync(string path, string? contentHash, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        // The header is checked and the file hashed as a stream: a large PDF is never held in memory (Poppler reads it itself).
        byte[] head;
        string hash;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            head = new byte[Math.Min(1024, stream.Length)];
            await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
            stream.Position = 0;
            hash = contentHash ?? Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<SourceDocument>.Failure(name, $"cannot read the file ({e.Message})");
        }
        if (head.Length == 0) return Result<SourceDocument>.Failure(name, "empty file (0 bytes)");
        if (!HasPdfHeader(head)) return Result<SourceDocument>.Failure(name, $"not a PDF (starts with '{Opening(head)}')");

        var password = FindPassword(path);
        var timeout = TimeSpan.FromSeconds(_options.TimeoutSeconds);
        if (_options.LayoutHelperPath is { } helper && File.Exists(helper))
        {
            // One pass for layout and fonts. Should it fail, the two-pass path below runs: pdftotext then either reads the
            // file or gives the failure its usual message (and a helper that cannot run at all costs nothing more).
            var single = await ChildProcess.RunAsync(helper, Arguments(["-lines"], password, [path]), timeout, cancellationToken).ConfigureAwait(false);
            if (single.TimedOut) return Result<SourceDocument>.Failure(name, $"timed out after {_options.TimeoutSeconds} s");
            if (single is { NotFound: false, ExitCode: 0 } && PopplerLayout.Parse(single.StandardOutput) is { Pages.Count: > 0 } read)
                return Result<SourceDocument>.Success(Document(path, hash, read, _options.ReadTypography ? (_, line) => line.Font : (_, _) => null));
        }

        var textRun = ChildProcess.RunAsync(_options.PdftotextPath, Arguments(["-bbox-layout", "-enc", "UTF-8"], password, [path, "-"]), timeout, cancellationToken);
        var fontRun = _options.ReadTypography
            ? ChildProcess.RunAsync(_options.PdftohtmlPath, Arguments(["-xml", "-i", "-nodrm", "-zoom", "1", "-stdout"], password, [path]), timeout, cancellationToken)
            : null;
        var text = await textRun.ConfigureAwait(false);
        var fonts = fontRun is null ? null : await fontRun.ConfigureAwait(false);

        if (text.NotFound) return Result<SourceDocument>.Failure(name, _options.PdftotextPath == "pdftotext" ? InstallHint : $"pdftotext not found at '{_options.PdftotextPath}': install poppler-utils or fix pdf.pdftotextPath");
        if (text.TimedOut) return Result<SourceDocument>.Failure(name, $"timed out after {_options.TimeoutSeconds} s");
        if (text.ExitCode != 0 || text.StandardOutput.Length == 0)
            return Result<SourceDocument>.Failure(name, Explain(text.StandardError, password is not null));

        var layout = PopplerLayout.Parse(text.StandardOutput);
        if (layout.Pages.Count == 0) return Result<SourceDocument>.Failure(name, Explain(text.StandardError, password is not null));
        // Typography is a refinement: when pdftohtml fails or times out, sizes are estimated from line heights.
        var typography = fonts is { ExitCode: 0, TimedOut: false } ? PopplerFonts.Parse(fonts.StandardOutput) : PopplerFonts.None;
        return Result<SourceDocument>.Success(Document(path, hash, layout, (page, line) => typography.Describe(page, line.Box)));
    }

    /// <param name="fontOf">A line's font (by page number and line), or null to estimate its size from its height.</param>
    private static SourceDocument Document(string path, string hash, PopplerLayout layout, Func<int, LayoutLine, LineFont?> fontOf) =>
        new(path, hash, DocumentFormat.Pdf, layout.Pages.Select(p => BuildPage(p, fontOf)).ToList(), layout.Title);

    private List<string> Arguments(IEnumerable<string> flags, string? password, IEnumerable<string> files)
    {
        var arguments = new List<string>(flags);
        if (_options.MaxPages > 0) arguments.AddRange(["-f", "1", "-l", _options.MaxPages.ToString(CultureInfo.InvariantCulture)]);
        // Poppler tries the owner password first, then the user password: either one opens the document.
        if (password is not null) arguments.AddRange(["-opw", password, "-upw", password]);
        arguments.AddRange(files);
        return arguments;
    }

    private string? FindPassword(string path)
    {
        foreach (var key in new[] { path, Path.GetFullPath(path), Path.GetFileName(path) })
            if (_options.Passwords.TryGetValue(key, out var password)) return password;
        return null;
    }

    private static SourcePage BuildPage(LayoutPage page, Func<int, LayoutLine, LineFont?> fontOf)
    {
        var lines = new List<SourceLine>();
        foreach (var placed in ReadingOrder.Arrange(page.Blocks, page.Width))
        {
            foreach (var line in placed.Block.Lines)
            {
                var box = line.Box;
                var font = fontOf(page.Number, line);
                // Without pdftohtml, a line's thickness is about 1.2 times its font size (it spans ascent to descent).
                var size = font?.FontSize ?? Math.Round(Math.Min(box.Width, box.Height) / 1.2 * 2, MidpointRounding.AwayFromZero) / 2;
                var layout = new LineLayout(box.XMin, box.YMin, box.Width, box.Height, size, font?.Bold ?? false, placed.Column);
                lines.Add(new SourceLine(line.Text, page.Number, lines.Count + 1, placed.Table ? LineRole.TableRow : LineRole.Text, Layout: layout));
            }
        }
        return new SourcePage(page.Number, lines, PageTextOrigin.TextLayer, null, page.Width, page.Height);
    }

    private static bool HasPdfHeader(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF"u8) >= 0;

    private static string Opening(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 16));
        var printable = new string(head.TakeWhile(c => c >= ' ' && c != '\u007f').ToArray()).TrimEnd();
        return printable.Length > 0 ? printable : $"bytes {Convert.ToHexString(bytes, 0, Math.Min(bytes.Length, 4))}";
    }

    /// <summary>Condenses Poppler's stderr (often hundreds of repeated syntax errors) to one line saying why the file failed.</summary>
    internal static string Explain(string stderr, bool passwordSupplied)
    {
        if (stderr.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase))
            return passwordSupplied
                ? $"encrypted: the supplied user password was rejected; {PasswordHint}"
                : $"encrypted: needs a user password; {PasswordHint}";
        var messages = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => FileOffset().Replace(l, ""))
            .Where(l => !l.Contains("Illegal character", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        var noPages = messages.RemoveAll(l => l.Contains("Wrong page range", StringComparison.Ordinal)) > 0;
        var reason = messages.LastOrDefault(l => l.Contains("Error", StringComparison.Ordinal)) ?? messages.LastOrDefault();
        reason = reason is null ? null : Severity().Replace(reason, "");
        var what = noPages ? "damaged beyond repair: no page could be read" : "damaged beyond repair";
        return reason is null ? what : $"{what} (Poppler: {reason})";
    }

    /// <summary>The byte offset Poppler puts after "Syntax Error" ("Syntax Error (25145): …").</summary>
    [GeneratedRegex(@"\s*\(\d+\)")]
    private static partial Regex FileOffset();

    [GeneratedRegex(@"^(Syntax|Internal|Command Line|I/O) (Error|Warning):\s*")]
    private static partial Regex Severity();
}
