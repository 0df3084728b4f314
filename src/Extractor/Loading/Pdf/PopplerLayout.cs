using System.Globalization;
using System.Text;

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

/// <summary>A line's dominant font size (rounded to whole points, as pdftohtml reports it) and whether most of it is bold.</summary>
internal readonly record struct LineFont(double FontSize, bool Bold);

/// <summary>One line as pdftotext found it: its normalised text and box, and its font when the layout carried fonts.</summary>
internal sealed record LayoutLine(string Text, Box Box, LineFont? Font = null);

/// <summary>One block (paragraph) of lines; <see cref="Order"/> is its position in Poppler's reading order.</summary>
internal sealed record LayoutBlock(Box Box, IReadOnlyList<LayoutLine> Lines, int Order);

/// <summary>One page of pdftotext -bbox-layout output.</summary>
internal sealed record LayoutPage(int Number, double Width, double Height, IReadOnlyList<LayoutBlock> Blocks);

/// <summary>Everything read from one pdftotext -bbox-layout (or poppler-layout) run.</summary>
internal sealed record PopplerLayout(string? Title, IReadOnlyList<LayoutPage> Pages)
{
    /// <summary>Parses the XHTML pdftotext -bbox-layout writes (page, flow, block, line, word with xMin/yMin/xMax/yMax).</summary>
    /// <remarks>
    /// <c>poppler-layout -lines</c> writes the same shape with each line whole, its words one space apart, and its font:
    /// <c>&lt;line xMin.. size="11" bold="1"&gt;text&lt;/line&gt;</c>.
    /// A hand-rolled scan rather than an XML reader: Poppler writes this document in one fixed shape, and scanning it
    /// directly costs a fraction of a general parser (which also needed a copy of the text with control characters
    /// replaced: fonts without a Unicode map can make Poppler write characters XML forbids; here they become U+FFFD).
    /// </remarks>
    public static PopplerLayout Parse(string xhtml)
    {
        string? title = null;
        var pages = new List<LayoutPage>();
        double pageWidth = 0, pageHeight = 0;
        List<LayoutBlock>? blocks = null;
        List<LayoutLine>? lines = null;
        Box blockBox = default, lineBox = default;
        var line = new StringBuilder();

        for (var at = xhtml.IndexOf('<'); at >= 0; at = xhtml.IndexOf('<', at))
        {
            var close = xhtml.IndexOf('>', at);
            if (close < 0) break;
            var tag = xhtml.AsSpan(at + 1, close - at - 1);
            var selfClosing = tag.EndsWith("/");
            at = close + 1;
            switch (Name(tag))
            {
                case "title" when !selfClosing:
                    title = TextNormaliser.Normalise(Content(xhtml, ref at, "</title>"));
                    break;
                case "word" when !selfClosing:
                    if (line.Length > 0) line.Append(' ');
                    line.Append(Content(xhtml, ref at, "</word>"));
                    break;
                case "page":
                    pageWidth = Number(tag, "width");
                    pageHeight = Number(tag, "height");
                    blocks = [];
                    if (selfClosing) pages.Add(new LayoutPage(pages.Count + 1, pageWidth, pageHeight, blocks));
                    break;
                case "block":
                    blockBox = ReadBox(tag);
                    lines = [];
                    break;
                case "line" when !selfClosing && lines is not null && xhtml.AsSpan(at).TrimStart().StartsWith("<word"):
                    lineBox = ReadBox(tag);
                    line.Clear();
                    break;
                case "line" when !selfClosing && lines is not null:
                    // A whole line (poppler-layout -lines), with its font when it has words.
                    var whole = TextNormaliser.Normalise(Content(xhtml, ref at, "</line>"));
                    LineFont? font = Number(tag, "size") is var size and > 0 ? new LineFont(size, Number(tag, "bold") == 1) : null;
                    if (whole.Length > 0) lines.Add(new LayoutLine(whole, ReadBox(tag), font));
                    break;
                case "/line" when lines is not null:
                    var text = TextNormaliser.Normalise(line.ToString());
                    if (text.Length > 0) lines.Add(new LayoutLine(text, lineBox));
                    break;
                case "/block" when blocks is not null && lines is not null:
                    if (lines.Count > 0) blocks.Add(new LayoutBlock(blockBox, lines, blocks.Count));
                    lines = null;
                    break;
                case "/page" when blocks is not null:
                    pages.Add(new LayoutPage(pages.Count + 1, pageWidth, pageHeight, blocks));
                    blocks = null;
                    break;
            }
        }

        return new PopplerLayout(string.IsNullOrEmpty(title) ? null : title, pages);
    }

    private static string Name(ReadOnlySpan<char> tag)
    {
        var end = tag.IndexOfAny(' ', '/', '\n');
        if (end == 0 && tag.Length > 1 && tag[0] == '/') end = tag[1..].IndexOfAny(' ', '\n') is var e and >= 0 ? e + 1 : tag.Length;
        var name = end < 0 ? tag : tag[..end];
        return name switch
        {
            "title" => "title", "word" => "word", "page" => "page", "block" => "block", "line" => "line",
            "/line" => "/line", "/block" => "/block", "/page" => "/page",
            _ => "",
        };
    }

    /// <summary>The decoded text from <paramref name="at"/> to <paramref name="end"/> (the closing tag), moving past it.</summary>
    private static string Content(string xhtml, ref int at, string end)
    {
        var stop = xhtml.IndexOf(end, at, StringComparison.Ordinal);
        if (stop < 0) stop = xhtml.Length;
        var raw = xhtml.AsSpan(at, stop - at);
        at = Math.Min(xhtml.Length, stop + end.Length);
        return Decode(raw);
    }

    /// <summary>XML character data to text: entities and character references decoded, forbidden control characters as U+FFFD.</summary>
    internal static string Decode(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOfAny('&', '\u0000') < 0 && !raw.ContainsAnyInRange('\u0001', '\u001F')) return raw.ToString();
        var b = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '&' && raw[i..].IndexOf(';') is var semicolon and > 1 and <= 12 && Entity(raw.Slice(i + 1, semicolon - 1)) is { } decoded)
            {
                b.Append(decoded);
                i += semicolon;
            }
            else b.Append(c < ' ' && c is not ('\t' or '\n' or '\r') ? '\uFFFD' : c);
        }

        return b.ToString();
    }

    private static string? Entity(ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
        }

        if (name.Length < 2 || name[0] != '#') return null;
        var hex = name[1] is 'x' or 'X';
        var digits = hex ? name[2..] : name[1..];
        if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)) return null;
        if (code is < 0x20 and not (0x9 or 0xA or 0xD)) return "\uFFFD";
        return code <= 0x10FFFF && code is < 0xD800 or > 0xDFFF ? char.ConvertFromUtf32(code) : "\uFFFD";
    }

    private static Box ReadBox(ReadOnlySpan<char> tag) =>
        new(Number(tag, "xMin"), Number(tag, "yMin"), Number(tag, "xMax"), Number(tag, "yMax"));

    /// <summary>An attribute's number, 0 when absent or unreadable.</summary>
    internal static double Number(ReadOnlySpan<char> tag, string attribute)
    {
        for (var from = 0; from < tag.Length;)
        {
            var i = tag[from..].IndexOf(attribute);
            if (i < 0) break;
            i += from;
            var after = i + attribute.Length;
            if (i > 0 && tag[i - 1] is ' ' or '\n' && after + 1 < tag.Length && tag[after] == '=' && tag[after + 1] == '"')
            {
                var value = tag[(after + 2)..];
                var end = value.IndexOf('"');
                return double.TryParse(end < 0 ? value : value[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
            }

            from = after;
        }

        return 0;
    }
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
