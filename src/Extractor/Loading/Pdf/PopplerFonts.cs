using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Extractor.Loading.Pdf;

/// <summary>One run of text pdftohtml reported with its font: where it is, the font size, how much of it is bold.</summary>
internal sealed record FontRun(Box Box, double FontSize, double BoldShare);

/// <summary>
/// The typography read from <c>pdftohtml -xml</c>: per page, runs of text with their font size and bold flag.
/// pdftotext -bbox-layout has no fonts at all, and line heights depend on each font's ascent and descent
/// (from 0.9 to 1.4 times the size in the test PDFs), so sizes from heights cannot be compared across fonts.
/// </summary>
internal sealed class PopplerFonts
{
    private readonly IReadOnlyDictionary<int, IReadOnlyList<FontRun>> _runsByPage;

    private PopplerFonts(IReadOnlyDictionary<int, IReadOnlyList<FontRun>> runsByPage) => _runsByPage = runsByPage;

    public static PopplerFonts None { get; } = new(new Dictionary<int, IReadOnlyList<FontRun>>());

    /// <summary>Parses pdftohtml -xml -zoom 1 output; anything it cannot read is left out.</summary>
    public static PopplerFonts Parse(string xml)
    {
        var runsByPage = new Dictionary<int, IReadOnlyList<FontRun>>();
        var fonts = new Dictionary<string, (double Size, bool Bold)>();
        List<FontRun>? runs = null;
        // A hand-rolled scan of the three elements used: pdftohtml writes them one per line with double-quoted
        // attributes, and a regex with an attribute dictionary per element cost more than Poppler's own run.
        for (var at = xml.IndexOf('<'); at >= 0 && at < xml.Length; at = xml.IndexOf('<', at + 1))
        {
            var rest = xml.AsSpan(at + 1);
            if (rest.StartsWith("page ") || rest.StartsWith("page>"))
            {
                runs = [];
                runsByPage[(int)Number(Tag(xml, at), "number")] = runs;
            }
            else if (rest.StartsWith("fontspec "))
            {
                // pdftohtml marks bold only from font flags; many bold faces are known by name alone (NimbusRomNo9L-Medi).
                var tag = Tag(xml, at);
                fonts[Text(tag, "id")] = (Number(tag, "size"), FontNames.IsBold(Text(tag, "family"), flag: false));
            }
            else if (runs is not null && rest.StartsWith("text "))
            {
                var close = xml.IndexOf('>', at);
                if (close < 0) break; // output cut off inside the tag
                var tag = xml.AsSpan(at + 1, close - at - 1);
                if (tag.EndsWith("/")) continue; // an empty run
                var bodyStart = close + 1;
                var bodyEnd = xml.IndexOf("</text>", bodyStart, StringComparison.Ordinal);
                if (bodyEnd < 0) break;
                at = bodyEnd;
                if (!fonts.TryGetValue(Text(tag, "font"), out var font)) continue;
                var body = xml.AsSpan(bodyStart, bodyEnd - bodyStart);
                var (plain, bold) = Measure(body);
                if (plain == 0) continue;
                var left = Number(tag, "left");
                var top = Number(tag, "top");
                var box = new Box(left, top, left + Number(tag, "width"), top + Number(tag, "height"));
                runs.Add(new FontRun(box, font.Size, font.Bold ? 1 : (double)bold / plain));
            }
        }

        return new PopplerFonts(runsByPage);
    }

    /// <summary>The attributes of the element opening at <paramref name="at"/>: the text between its name and '>'.</summary>
    private static ReadOnlySpan<char> Tag(string xml, int at)
    {
        var end = xml.IndexOf('>', at);
        return end < 0 ? xml.AsSpan(at + 1) : xml.AsSpan(at + 1, end - at - 1);
    }

    /// <summary>An attribute's raw value (entities left as written: ids, numbers and font families have none that matter).</summary>
    private static ReadOnlySpan<char> Attribute(ReadOnlySpan<char> tag, string name)
    {
        for (var i = tag.IndexOf(' '); i >= 0 && i < tag.Length; )
        {
            var rest = tag[(i + 1)..];
            if (rest.StartsWith(name) && rest.Length > name.Length + 1 && rest[name.Length] == '=' && rest[name.Length + 1] == '"')
            {
                var value = rest[(name.Length + 2)..];
                var close = value.IndexOf('"');
                return close < 0 ? value : value[..close];
            }

            var next = rest.IndexOf(' ');
            if (next < 0) break;
            i += next + 1;
        }

        return [];
    }

    private static string Text(ReadOnlySpan<char> tag, string name) => Attribute(tag, name).ToString();

    private static double Number(ReadOnlySpan<char> tag, string name) =>
        double.TryParse(Attribute(tag, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    /// <summary>Characters of a run's text without its markup, and how many of them are inside &lt;b&gt;…&lt;/b&gt;.</summary>
    private static (int Plain, int Bold) Measure(ReadOnlySpan<char> body)
    {
        int plain = 0, bold = 0, boldDepth = 0, visible = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '<')
            {
                var close = body[i..].IndexOf('>');
                if (close < 0) break;
                var tag = body[(i + 1)..(i + close)];
                if (tag is "b") boldDepth++;
                else if (tag is "/b" && boldDepth > 0) boldDepth--;
                i += close;
                continue;
            }

            if (c == '&')
            {
                // One entity is one character.
                var semicolon = body[i..].IndexOf(';');
                if (semicolon > 0 && semicolon <= 10)
                {
                    var decoded = WebUtility.HtmlDecode(body.Slice(i, semicolon + 1).ToString());
                    if (decoded.Length == 1) c = decoded[0];
                    i += semicolon;
                }
            }

            plain++;
            if (boldDepth > 0) bold++;
            if (!char.IsWhiteSpace(c)) visible++;
        }

        return (visible == 0 ? 0 : plain, bold);
    }

    /// <summary>The dominant font size and boldness of the runs a line covers, weighted by overlap; null when no run matches.</summary>
    public LineFont? Describe(int page, Box line)
    {
        if (!_runsByPage.TryGetValue(page, out var runs)) return null;
        var weightBySize = new Dictionary<double, double>();
        double total = 0, bold = 0;
        foreach (var run in runs)
        {
            var vertical = run.Box.VerticalOverlap(line);
            if (vertical < 0.5 * Math.Min(run.Box.Height, line.Height)) continue;
            var weight = run.Box.HorizontalOverlap(line);
            if (weight <= 0) continue;
            weightBySize[run.FontSize] = weightBySize.GetValueOrDefault(run.FontSize) + weight;
            total += weight;
            bold += weight * run.BoldShare;
        }
        if (total <= 0) return null;
        return new LineFont(weightBySize.MaxBy(kv => kv.Value).Key, bold > total / 2);
    }
}

/// <summary>Which fonts count as bold.</summary>
internal static partial class FontNames
{
    /// <summary>Bold by the font descriptor's flag or by its name: many bold faces are known by name alone (NimbusRomNo9L-Medi, Calibri,Bold).</summary>
    public static bool IsBold(string name, bool flag) => flag || BoldName().IsMatch(name);

    [GeneratedRegex(@"bold|black|heavy|demi|semibold|-medi(um|ital)?\b|,b\b", RegexOptions.IgnoreCase)]
    private static partial Regex BoldName();
}
