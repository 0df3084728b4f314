using System.Text.RegularExpressions;
using Extractor.Loading;

namespace Extractor.Tests.Loading;

public sealed class MarkdownInlineTests
{
    // The regexes the scans replaced, as their specification.
    private static readonly Regex OldStrong = new(@"\*\*(?=\S)([^\n]+?)(?<=\S)\*\*|__(?=\S)([^\n]+?)(?<=\S)__");
    private static readonly Regex OldStrike = new(@"~~(?=\S)(.+?)(?<=\S)~~");
    private static readonly Regex OldImage = new(@"!\[([^\]]*)\]\([^)]*\)");
    private static readonly Regex OldLink = new(@"\[([^\]]+)\]\([^)]*\)");
    private static readonly Regex OldEmphasis = new(@"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])");
    private static readonly Regex OldCode = new(@"`([^`]+)`");
    private static readonly Regex OldHtml = new(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>");

    private static string OldStripEmphasis(string line)
    {
        if (line.IndexOf('*') < 0 && line.IndexOf('_') < 0) return line;
        var s = OldStrong.Replace(line, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        return OldEmphasis.Replace(s, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
    }

    private static string OldToPlainText(string line)
    {
        var s = OldImage.Replace(line, "$1");
        s = OldLink.Replace(s, "$1");
        s = OldCode.Replace(s, "$1");
        s = OldHtml.Replace(s, "");
        s = OldStrike.Replace(s, "$1");
        return MarkdownInline.Unescape(OldStripEmphasis(s));
    }

    [Test]
    public void OnRandomLines_TheScansGiveWhatTheRegexesGave()
    {
        var random = new Random(20261122);
        const string alphabet = "**__~~[]()!ab \n\t`<>";
        for (var n = 0; n < 30_000; n++)
        {
            var line = new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.That(MarkdownInline.StripEmphasis(line), Is.EqualTo(OldStripEmphasis(line)), line);
            Assert.That(MarkdownInline.ToPlainText(line), Is.EqualTo(OldToPlainText(line)), line);
        }
    }

    [Test]
    public void ALongLineOfOpeningsThatNeverClose_IsKeptAsItIs()
    {
        // 80,000 openings: the regexes looked for a close from each one to the end of the line ("**a" hit their timeout and
        // failed the document; "~~a" ran for minutes).
        foreach (var piece in new[] { "**a ", "__a ", "~~a ", "[a](b ", "![a](b ", "[" })
        {
            var line = string.Concat(Enumerable.Repeat(piece, 80_000));
            Assert.That(MarkdownInline.ToPlainText(line), Is.EqualTo(line), piece);
        }
    }

    [Test]
    public void ALongLineOfOpeningsClosedAtItsEnd_LosesOnlyTheFirstOpeningAndTheClose()
    {
        var openings = string.Concat(Enumerable.Repeat("~~a ", 80_000));
        Assert.That(MarkdownInline.ToPlainText(openings + "b~~"), Is.EqualTo(openings[2..] + "b"));
        var strong = string.Concat(Enumerable.Repeat("**a ", 80_000));
        Assert.That(MarkdownInline.StripEmphasis(strong + "b**"), Is.EqualTo(strong[2..] + "b"));
    }
}
