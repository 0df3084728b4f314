using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Loading;

/// <summary>Turns Markdown inline syntax into plain text: emphasis markers, code ticks, links, images, escapes and HTML tags.</summary>
/// <remarks>Follows CommonMark's inline rules closely enough for report prose: an emphasis run opens before a non-space and closes after one.</remarks>
public static partial class MarkdownInline
{
    [GeneratedRegex(@"\*\*(?=\S)([^\n]+?)(?<=\S)\*\*|__(?=\S)([^\n]+?)(?<=\S)__", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"~~(?=\S)(.+?)(?<=\S)~~")]
    private static partial Regex Strike();

    /// <summary>Removes bold and italic markers only: what plain-text exports of Markdown documents carry.</summary>
    public static string StripEmphasis(string line)
    {
        if (line.IndexOf('*') < 0 && line.IndexOf('_') < 0) return line;
        var s = Strong().Replace(line, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        return Emphasis().Replace(s, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
    }

    /// <summary>Full inline conversion for Markdown files.</summary>
    public static string ToPlainText(string line)
    {
        var s = Image().Replace(line, "$1");
        s = Link().Replace(s, "$1");
        s = Code().Replace(s, "$1");
        s = HtmlTag().Replace(s, "");
        s = Strike().Replace(s, "$1");
        s = StripEmphasis(s);
        return Unescape(s);
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
