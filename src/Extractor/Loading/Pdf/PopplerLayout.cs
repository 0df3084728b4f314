using System.Globalization;
using System.Text;
using System.Xml;

namespace Extractor.Loading.Pdf;

/// <summary>A rectangle on a page in points, origin at the top-left corner.</summary>
internal readonly record struct Box(double XMin, double YMin, double XMax, double YMax)
{
    public double Width => XMax - XMin;
    public double Height => YMax - YMin;
    public double CenterY => (YMin + YMax) / 2;

    public double HorizontalOverlap(Box other) => Math.Max(0, Math.Min(XMax, other.XMax) - Math.Max(XMin, other.XMin));
    public double VerticalOverlap(Box other) => Math.Max(0, Math.Min(YMax, other.YMax) - Math.Max(YMin, other.YMin));
}

/// <summary>One line as pdftotext found it: its normalised text and box.</summary>
internal sealed record LayoutLine(string Text, Box Box);

/// <summary>One block (paragraph) of lines; <see cref="Order"/> is its position in Poppler's reading order.</summary>
internal sealed record LayoutBlock(Box Box, IReadOnlyList<LayoutLine> Lines, int Order);

/// <summary>One page of pdftotext -bbox-layout output.</summary>
internal sealed record LayoutPage(int Number, double Width, double Height, IReadOnlyList<LayoutBlock> Blocks);

/// <summary>Everything read from one pdftotext -bbox-layout run.</summary>
internal sealed partial record PopplerLayout(string? Title, IReadOnlyList<LayoutPage> Pages)
{
    /// <summary>Parses the XHTML pdftotext -bbox-layout writes (page, flow, block, line, word with xMin/yMin/xMax/yMax).</summary>
    public static PopplerLayout Parse(string xhtml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        // Fonts without a Unicode map can make Poppler write control characters, which XML forbids even unchecked.
        using var reader = XmlReader.Create(new StringReader(ControlCharacter().Replace(xhtml, "\uFFFD")), settings);

        string? title = null;
        var pages = new List<LayoutPage>();
        double pageWidth = 0, pageHeight = 0;
        List<LayoutBlock>? blocks = null;
        List<LayoutLine>? lines = null;
        Box blockBox = default, lineBox = default;
        var words = new List<string>();

        // ReadElementContentAsString leaves the reader on the node after the element, so it must not be followed by Read.
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "title" && !reader.IsEmptyElement)
            {
                title = TextNormaliser.Normalise(reader.ReadElementContentAsString());
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "word" && !reader.IsEmptyElement)
            {
                words.Add(reader.ReadElementContentAsString());
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "page":
                        pageWidth = Number(reader, "width");
                        pageHeight = Number(reader, "height");
                        blocks = [];
                        if (reader.IsEmptyElement) pages.Add(new LayoutPage(pages.Count + 1, pageWidth, pageHeight, blocks));
                        break;
                    case "block":
                        blockBox = ReadBox(reader);
                        lines = [];
                        break;
                    case "line":
                        lineBox = ReadBox(reader);
                        words.Clear();
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                switch (reader.LocalName)
                {
                    case "line" when lines is not null:
                        var text = TextNormaliser.Normalise(string.Join(' ', words));
                        if (text.Length > 0) lines.Add(new LayoutLine(text, lineBox));
                        break;
                    case "block" when blocks is not null && lines is not null:
                        if (lines.Count > 0) blocks.Add(new LayoutBlock(blockBox, lines, blocks.Count));
                        lines = null;
                        break;
                    case "page" when blocks is not null:
                        pages.Add(new LayoutPage(pages.Count + 1, pageWidth, pageHeight, blocks));
                        blocks = null;
                        break;
                }
            }
            reader.Read();
        }
        return new PopplerLayout(string.IsNullOrEmpty(title) ? null : title, pages);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F]")]
    private static partial System.Text.RegularExpressions.Regex ControlCharacter();

    private static Box ReadBox(XmlReader reader) =>
        new(Number(reader, "xMin"), Number(reader, "yMin"), Number(reader, "xMax"), Number(reader, "yMax"));

    private static double Number(XmlReader reader, string attribute) =>
        double.TryParse(reader.GetAttribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}

/// <summary>Normalises extracted text: typographic ligatures spelled out, no-break spaces made spaces, runs of spaces collapsed.</summary>
internal static class TextNormaliser
{
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\uFB00': sb.Append("ff"); break;
                case '\uFB01': sb.Append("fi"); break;
                case '\uFB02': sb.Append("fl"); break;
                case '\uFB03': sb.Append("ffi"); break;
                case '\uFB04': sb.Append("ffl"); break;
                case '\uFB05' or '\uFB06': sb.Append("st"); break;
                case '\u00A0' or '\u2007' or '\u202F' or '\t':
                    AppendSpace(sb);
                    break;
                case ' ': AppendSpace(sb); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString().Trim();
    }

    private static void AppendSpace(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
    }
}
