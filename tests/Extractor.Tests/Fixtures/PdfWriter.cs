using System.Globalization;
using System.Text;

namespace Extractor.Tests.Fixtures;

/// <summary>
/// Writes small test PDFs from raw PDF syntax: pages of text lines in Helvetica or Helvetica-Bold (base-14 fonts,
/// WinAnsiEncoding so Spanish accents work) placed at given coordinates, measured in points from the top-left corner.
/// </summary>
public sealed class PdfWriter
{
    private readonly List<PdfPageBuilder> _pages = [];

    public PdfWriter(double width = 595, double height = 842, string? title = null)
    {
        Width = width;
        Height = height;
        Title = title;
    }

    public double Width { get; }
    public double Height { get; }
    public string? Title { get; }

    /// <summary>Adds a page and returns it for placing text.</summary>
    public PdfPageBuilder AddPage()
    {
        var page = new PdfPageBuilder(Height);
        _pages.Add(page);
        return page;
    }

    public byte[] ToBytes()
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(" ", _pages.Select((_, i) => $"{5 + 2 * i} 0 R"))}] /Count {_pages.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        };
        foreach (var page in _pages)
        {
            var content = page.Content();
            objects.Add(Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Width} {Height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {objects.Count + 2} 0 R >>"));
            objects.Add($"<< /Length {Latin(content).Length} >>\nstream\n{content}\nendstream");
        }
        if (Title is not null) objects.Add($"<< /Title ({Escape(Title)}) >>");

        var pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Latin(pdf.ToString()).Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Latin(pdf.ToString()).Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        var info = Title is not null ? $" /Info {objects.Count} 0 R" : "";
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n");
        return Latin(pdf.ToString());
    }

    /// <summary>Writes the PDF to a file and returns the path.</summary>
    public string Save(string path)
    {
        File.WriteAllBytes(path, ToBytes());
        return path;
    }

    // WinAnsiEncoding agrees with Latin-1 for every Spanish letter and sign (á é í ó ú ü ñ ¿ ¡ º ª).
    private static byte[] Latin(string s) => Encoding.Latin1.GetBytes(s);

    internal static string Escape(string text) => WinAnsi(text).Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");

    /// <summary>Maps the WinAnsi characters outside Latin-1 to their codes (PDF 32000-1, Annex D), so that Latin-1 writes the right byte.</summary>
    private static string WinAnsi(string text) => new(text.Select(c => c switch
    {
        '€' => '\u0080',
        '•' => '\u0095',
        '–' => '\u0096',
        '—' => '\u0097',
        '“' => '\u0093',
        '”' => '\u0094',
        '‘' => '\u0091',
        '’' => '\u0092',
        _ => c,
    }).ToArray());

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>One page being written.</summary>
    public sealed class PdfPageBuilder
    {
        private readonly double _height;
        private readonly StringBuilder _content = new();

        internal PdfPageBuilder(double height) => _height = height;

        /// <summary>
        /// Places one line of text with its baseline at <paramref name="baselineFromTop"/> points below the top edge;
        /// <paramref name="rotated"/> turns it 90° to run bottom to top, as margin notes do.
        /// </summary>
        public PdfPageBuilder Text(double x, double baselineFromTop, string text, double size = 10, bool bold = false, bool rotated = false)
        {
            var matrix = rotated ? "0 1 -1 0" : "1 0 0 1";
            _content.Append(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {size} Tf {matrix} {x} {_height - baselineFromTop} Tm ({Escape(text)}) Tj ET\n");
            return this;
        }

        /// <summary>Places lines one under another, <paramref name="leading"/> points apart, starting at a baseline.</summary>
        public PdfPageBuilder Lines(double x, double firstBaselineFromTop, IEnumerable<string> lines, double size = 10, double leading = 12, bool bold = false)
        {
            var y = firstBaselineFromTop;
            foreach (var line in lines)
            {
                Text(x, y, line, size, bold);
                y += leading;
            }
            return this;
        }

        internal string Content() => _content.ToString().TrimEnd('\n');
    }
}
