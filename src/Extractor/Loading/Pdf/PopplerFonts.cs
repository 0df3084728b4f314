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
internal sealed partial class PopplerFonts
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
        foreach (Match m in Element().Matches(xml))
        {
            var attributes = Attributes(m.Groups["attrs"].Value);
            switch (m.Groups["name"].Value)
            {
                case "page":
                    runs = [];
                    runsByPage[(int)Number(attributes, "number")] = runs;
                    break;
                case "fontspec":
                    // pdftohtml marks bold only from font flags; many bold faces are known by name alone (NimbusRomNo9L-Medi).
                    var family = attributes.GetValueOrDefault("family", "");
                    fonts[attributes.GetValueOrDefault("id", "")] = (Number(attributes, "size"), BoldName().IsMatch(family));
                    break;
                case "text" when runs is not null:
                    if (!fonts.TryGetValue(attributes.GetValueOrDefault("font", ""), out var font)) break;
                    var body = m.Groups["body"].Value;
                    var plain = WebUtility.HtmlDecode(Tag().Replace(body, ""));
                    if (plain.Trim().Length == 0) break;
                    var boldChars = BoldSpan().Matches(body).Sum(b => WebUtility.HtmlDecode(Tag().Replace(b.Groups[1].Value, "")).Length);
                    var left = Number(attributes, "left");
                    var top = Number(attributes, "top");
                    var box = new Box(left, top, left + Number(attributes, "width"), top + Number(attributes, "height"));
                    runs.Add(new FontRun(box, font.Size, font.Bold ? 1 : (double)boldChars / plain.Length));
                    break;
            }
        }
        return new PopplerFonts(runsByPage);
    }

    /// <summary>The dominant font size and boldness of the runs a line covers, weighted by overlap; null when no run matches.</summary>
    public (double FontSize, bool Bold)? Describe(int page, Box line)
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
        return (weightBySize.MaxBy(kv => kv.Value).Key, bold > total / 2);
    }

    private static Dictionary<string, string> Attributes(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match a in Attribute().Matches(text)) result[a.Groups[1].Value] = WebUtility.HtmlDecode(a.Groups[2].Value);
        return result;
    }

    private static double Number(Dictionary<string, string> attributes, string name) =>
        attributes.TryGetValue(name, out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    [GeneratedRegex(@"<(?:(?<name>page|fontspec)\b(?<attrs>[^>]*)|(?<name>text)\b(?<attrs>[^>]*)>(?<body>.*?)</text)>", RegexOptions.Singleline)]
    private static partial Regex Element();

    [GeneratedRegex(@"(\w+)=""([^""]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<b>(.*?)</b>", RegexOptions.Singleline)]
    private static partial Regex BoldSpan();

    [GeneratedRegex(@"bold|black|heavy|demi|semibold|-medi(um|ital)?\b|,b\b", RegexOptions.IgnoreCase)]
    private static partial Regex BoldName();
}
