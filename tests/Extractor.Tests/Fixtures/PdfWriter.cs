using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Extractor.Tests.Fixtures;

/// <summary>
/// Writes small test PDFs from raw PDF syntax: pages of text lines in Helvetica or Helvetica-Bold (base-14 fonts,
/// WinAnsiEncoding so Spanish accents work) placed at given coordinates, measured in points from the top-left corner.
/// </summary>
/// <remarks>
/// <c>copyProtected</c> encrypts the file the way many published reports are: an empty user password, so it opens
/// without one, and permissions that forbid copying text (RC4 40-bit, PDF 32000-1 7.6.3.3, algorithms 2, 3 and 4).
/// </remarks>
public sealed class PdfWriter
{
    private readonly List<PdfPageBuilder> _pages = [];

    public PdfWriter(double width = 595, double height = 842, string? title = null, bool copyProtected = false)
    {
        Width = width;
        Height = height;
        Title = title;
        CopyProtected = copyProtected;
    }

    public double Width { get; }
    public double Height { get; }
    public string? Title { get; }
    public bool CopyProtected { get; }

    /// <summary>Adds a page and returns it for placing text.</summary>
    public PdfPageBuilder AddPage()
    {
        var page = new PdfPageBuilder(Height);
        _pages.Add(page);
        return page;
    }

    public byte[] ToBytes()
    {
        var encryption = CopyProtected ? new Rc4Encryption() : null;
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
            if (encryption is not null) content = encryption.Encrypt(objects.Count + 1, content);
            objects.Add($"<< /Length {Latin(content).Length} >>\nstream\n{content}\nendstream");
        }
        if (Title is not null)
        {
            // A title beyond WinAnsi is UTF-16BE after a byte-order mark, as PDF writers store it (PDF 32000-1, 7.9.2.2).
            var utf16 = WinAnsi(Title).Any(c => c > '\u00ff');
            var title = utf16 ? Encoding.Latin1.GetString([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Title)]) : WinAnsi(Title);
            if (encryption is not null) title = encryption.Encrypt(objects.Count + 1, title);
            objects.Add(utf16 || encryption is not null ? $"<< /Title <{Convert.ToHexString(Latin(title))}> >>" : $"<< /Title ({Escape(Title)}) >>");
        }
        var info = Title is not null ? $" /Info {objects.Count} 0 R" : "";
        if (encryption is not null)
        {
            objects.Add(encryption.Dictionary);
            info += $" /Encrypt {objects.Count} 0 R {encryption.Id}";
        }

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

    /// <summary>
    /// The standard security handler, revision 2: RC4 with a 40-bit key, an empty user password and /P -20 (printing,
    /// changes and notes allowed, copying text not). Strings and streams are held as Latin-1 text, one char per byte.
    /// </summary>
    private sealed class Rc4Encryption
    {
        // PDF 32000-1 7.6.3.3, algorithm 2: the padding a password is completed with to 32 bytes.
        private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
        private const int Permissions = -20;
        private readonly byte[] _id = MD5.HashData("extractor copy-protected test file"u8);
        private readonly byte[] _owner;
        private readonly byte[] _key;

        public Rc4Encryption()
        {
            // Algorithm 3: the owner entry, the padded user password encrypted with a key from the owner password.
            _owner = Rc4(MD5.HashData(Pad("owner"u8))[..5], Padding);
            // Algorithm 2: the file key from the (empty) user password, the owner entry, the permissions (low byte first), the file ID.
            var permissions = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(permissions, Permissions);
            _key = MD5.HashData([.. Padding, .. _owner, .. permissions, .. _id])[..5];
        }

        // Algorithm 4: the user entry is the padding encrypted with the file key.
        public string Dictionary =>
            $"<< /Filter /Standard /V 1 /R 2 /Length 40 /P {Permissions} /O <{Convert.ToHexString(_owner)}> /U <{Convert.ToHexString(Rc4(_key, Padding))}> >>";

        public string Id => $"/ID [<{Convert.ToHexString(_id)}> <{Convert.ToHexString(_id)}>]";

        /// <summary>Algorithm 1: a string or stream of object <paramref name="number"/> (generation 0), encrypted.</summary>
        public string Encrypt(int number, string text)
        {
            var objectKey = MD5.HashData([.. _key, (byte)number, (byte)(number >> 8), (byte)(number >> 16), 0, 0])[..10];
            return Encoding.Latin1.GetString(Rc4(objectKey, Latin(text)));
        }

        private static byte[] Pad(ReadOnlySpan<byte> password) => [.. password[..Math.Min(password.Length, 32)], .. Padding[..(32 - Math.Min(password.Length, 32))]];

        private static byte[] Rc4(byte[] key, byte[] data)
        {
            var s = new byte[256];
            for (var i = 0; i < 256; i++) s[i] = (byte)i;
            for (int i = 0, j = 0; i < 256; i++)
            {
                j = (j + s[i] + key[i % key.Length]) & 255;
                (s[i], s[j]) = (s[j], s[i]);
            }
            var output = new byte[data.Length];
            for (int k = 0, i = 0, j = 0; k < data.Length; k++)
            {
                i = (i + 1) & 255;
                j = (j + s[i]) & 255;
                (s[i], s[j]) = (s[j], s[i]);
                output[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 255]);
            }
            return output;
        }
    }

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
