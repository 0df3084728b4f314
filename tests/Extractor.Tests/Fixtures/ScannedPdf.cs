using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Extractor.Tests.Fixtures;

/// <summary>
/// Makes scanned PDFs for OCR tests: renders pages of a text PDF to grey images with Poppler and writes a PDF whose
/// chosen pages are only those images (no text layer), the others kept as text.
/// </summary>
public static class ScannedPdf
{
    /// <summary>One page of the output: the text page's content stream, or a grey image (width, height, pixels).</summary>
    public sealed record Page(string? TextContent, int Width = 0, int Height = 0, byte[]? Pixels = null);

    /// <summary>Renders one page to 8-bit grey pixels with pdftoppm.</summary>
    public static Page Render(string pdf, int page, int dpi)
    {
        var start = new ProcessStartInfo("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", $"{page}", "-l", $"{page}", "-gray", pdf])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(start)!;
        using var buffer = new MemoryStream();
        p.StandardOutput.BaseStream.CopyTo(buffer);
        p.WaitForExit();
        return ParsePgm(buffer.ToArray());
    }

    private static Page ParsePgm(byte[] pgm)
    {
        // P5 <w> <h> <max>\n<pixels>
        var fields = new List<string>();
        var i = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)pgm[i])) i++;
            var s = i;
            while (!char.IsWhiteSpace((char)pgm[i])) i++;
            fields.Add(Encoding.ASCII.GetString(pgm, s, i - s));
        }

        var w = int.Parse(fields[1], CultureInfo.InvariantCulture);
        var h = int.Parse(fields[2], CultureInfo.InvariantCulture);
        return new Page(null, w, h, pgm[(i + 1)..(i + 1 + w * h)]);
    }

    /// <summary>A PDF of A4 pages: text pages in Helvetica, image pages filling the page.</summary>
    public static byte[] Build(IReadOnlyList<Page> pages)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(" ", pages.Select((_, k) => $"{4 + 3 * k} 0 R"))}] /Count {pages.Count} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        };
        foreach (var page in pages)
        {
            var n = objects.Count + 1;
            if (page.TextContent is { } text)
            {
                objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 3 0 R >> >> /Contents {n + 1} 0 R >>"));
                objects.Add(Stream("", Encoding.Latin1.GetBytes(text)));
                objects.Add(Ascii("<< >>"));
            }
            else
            {
                objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 {n + 2} 0 R >> >> /Contents {n + 1} 0 R >>"));
                objects.Add(Stream("", Ascii("q 595 0 0 842 0 0 cm /Im0 Do Q")));
                using var packed = new MemoryStream();
                using (var z = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true)) z.Write(page.Pixels);
                objects.Add(Stream($"/Type /XObject /Subtype /Image /Width {page.Width} /Height {page.Height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode ", packed.ToArray()));
            }
        }

        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var k = 0; k < objects.Count; k++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{k + 1} 0 obj\n"));
            pdf.Write(objects[k]);
            pdf.Write(Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) table.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Ascii($"<< {dictionary}/Length {data.Length} >>\nstream\n"), .. data, .. Ascii("\nendstream")];
}
