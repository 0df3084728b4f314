using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Loading;

/// <summary>Turns Markdown inline syntax into plain text: emphasis markers, code ticks, links, images, escapes and HTML tags.</summary>
/// <remarks>Follows CommonMark's inline rules closely enough for report prose: an emphasis run opens before a non-space and closes after one.</remarks>
public static partial class MarkdownInline
{
    [GeneratedRegex(@"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    /// <summary>Removes bold and italic markers only: what plain-text exports of Markdown documents carry.</summary>
    public static string StripEmphasis(string line)
    {
        if (line.IndexOf('*') < 0 && line.IndexOf('_') < 0) return line;
        var s = StripPairs(line, "*_");
        return Emphasis().Replace(s, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
    }

    /// <summary>Full inline conversion for Markdown files.</summary>
    public static string ToPlainText(string line)
    {
        var s = StripLinks(line, image: true);
        s = StripLinks(s, image: false);
        s = Code().Replace(s, "$1");
        s = HtmlTag().Replace(s, "");
        s = StripPairs(s, "~");
        s = StripEmphasis(s);
        return Unescape(s);
    }

    /// <summary>
    /// Keeps the text of images ("![alt](src)" → "alt") or links ("[text](url)" → "text"), as Replace with the regex
    /// <c>!\[([^\]]*)\]\([^)]*\)</c> or <c>\[([^\]]+)\]\([^)]*\)</c> and "$1" would.
    /// </summary>
    /// <remarks>
    /// A scan rather than those regexes: each opening bracket looked for its ']' and ')' to the end of the line, so a long line of
    /// brackets that never close ("[[[[…", "[a](b [a](b …") took time growing with its square. The next ']' and ')' are found once
    /// and reused while the scan is before them; once there is none, no later opening can match.
    /// </remarks>
    private static string StripLinks(string line, bool image)
    {
        var opening = image ? "![" : "[";
        StringBuilder? b = null;
        int copied = 0, i = 0, bracket = -1, paren = -1;
        while ((i = line.IndexOf(opening, i, StringComparison.Ordinal)) >= 0)
        {
            var text = i + opening.Length;
            if (bracket < text) bracket = line.IndexOf(']', text);
            if (bracket < 0) break;
            if ((!image && bracket == text) || bracket + 1 >= line.Length || line[bracket + 1] != '(')
            {
                i++;
                continue;
            }

            if (paren < bracket + 2) paren = line.IndexOf(')', bracket + 2);
            if (paren < 0) break;
            b ??= new StringBuilder(line.Length);
            b.Append(line, copied, i - copied).Append(line, text, bracket - text);
            i = copied = paren + 1;
        }

        return b is null ? line : b.Append(line, copied, line.Length - copied).ToString();
    }

    /// <summary>
    /// Removes doubled markers around a run ("**a**", "__a__", "~~a~~" → "a"), as the regex
    /// <c>\*\*(?=\S)([^\n]+?)(?&lt;=\S)\*\*|__(?=\S)([^\n]+?)(?&lt;=\S)__</c> (for "*_"; <c>~~(?=\S)(.+?)(?&lt;=\S)~~</c> for "~")
    /// would with Replace: leftmost opening pair followed by a non-space, closed by the nearest pair after a non-space on the same line.
    /// </summary>
    /// <remarks>
    /// A scan rather than that regex: on a line of openings that never close ("**a **a **a …", "~~a ~~a …") the regex looked for a
    /// close from every opening, to the end of the line each time (a 320 KB line of "~~a" ran for minutes; "**a" hit the regex's
    /// timeout and failed the document). Here a search that finds a close ends in a match, and the scan goes on after it; one that
    /// finds none before the line's end is remembered per marker, and no later opening on that line looks again, since a later
    /// opening's close could only lie further on.
    /// </remarks>
    private static string StripPairs(string line, string markers)
    {
        StringBuilder? b = null;
        var copied = 0;
        // Per marker: the end of the line on which a search for a close failed.
        Span<int> failedUntil = stackalloc int[markers.Length];
        failedUntil.Fill(-1);
        var i = 0;
        while (i + 1 < line.Length)
        {
            var m = markers.IndexOf(line[i]);
            if (m < 0 || line[i + 1] != line[i] || i + 2 >= line.Length || char.IsWhiteSpace(line[i + 2]) || i < failedUntil[m])
            {
                i++;
                continue;
            }

            var close = NextClose(line, line[i], i + 3);
            if (close < 0)
            {
                var newline = line.IndexOf('\n', i + 2);
                failedUntil[m] = newline < 0 ? line.Length : newline;
                i++;
                continue;
            }

            b ??= new StringBuilder(line.Length);
            b.Append(line, copied, i - copied).Append(line, i + 2, close - i - 2);
            i = copied = close + 2;
        }

        return b is null ? line : b.Append(line, copied, line.Length - copied).ToString();
    }

    /// <summary>The first pair of <paramref name="marker"/> at or after <paramref name="from"/>, after a non-space and before the line's end; -1 if none.</summary>
    private static int NextClose(string line, char marker, int from)
    {
        for (var j = from; j + 1 < line.Length; j++)
        {
            var c = line[j];
            if (c == '\n') return -1;
            if (c == marker && line[j + 1] == marker && !char.IsWhiteSpace(line[j - 1])) return j;
        }

        return -1;
    }

    /// <summary>Backslash escapes of ASCII punctuation ("\$" → "$"), as CommonMark defines them.</summary>
    public static string Unescape(string s)
    {
        if (s.IndexOf('\\') < 0) return s;
        var b = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && char.IsAsciiLetterOrDigit(s[i + 1]) == false && s[i + 1] < 128 && !char.IsWhiteSpace(s[i + 1]))
            {
                b.Append(s[i + 1]);
                i++;
            }
            else b.Append(s[i]);
        }

        return b.ToString();
    }
}
