using System.Text.RegularExpressions;
using Extractor.Domain;

namespace Extractor.Loading.Markdown;

/// <summary>
/// Loads Markdown as structure and plain text: ATX and setext headings, list items, tables (cells joined by tabs),
/// block quotes, code fences; inline syntax becomes plain text.
/// </summary>
public sealed partial class MarkdownLoader : IDocumentLoader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    [GeneratedRegex(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s*([-+*]|\d{1,9}[.)])[ \t]+(.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^ {0,3}([-*_])(\s*\1){2,}\s*$")]
    private static partial Regex ThematicBreak();

    public async Task<Result<SourceDocument>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var read = await FileReading.ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        if (!read.IsSuccess) return Result<SourceDocument>.Failure(read.Error!);
        var (hash, text) = read.Value;
        var raw = FileReading.SplitLines(text);
        var lines = Parse(raw);
        var pages = lines.GroupBy(l => l.Page).Select(g => new SourcePage(g.Key, g.ToList())).ToList();
        if (pages.Count == 0) pages.Add(new SourcePage(1, []));
        return Result<SourceDocument>.Success(new SourceDocument(path, hash, DocumentFormat.Markdown, pages));
    }

    private static List<SourceLine> Parse(IReadOnlyList<(int Page, int Number, string Text)> raw)
    {
        var result = new List<SourceLine>(raw.Count);
        var inFence = false;
        for (var i = 0; i < raw.Count; i++)
        {
            var (page, number, text) = raw[i];
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                result.Add(new SourceLine("", page, number));
                continue;
            }

            if (inFence)
            {
                result.Add(new SourceLine(text, page, number));
                continue;
            }

            if (ThematicBreak().IsMatch(text) || TableSeparator().IsMatch(text) && text.Contains('-'))
            {
                result.Add(new SourceLine("", page, number));
                continue;
            }

            if (AtxHeading().Match(text) is { Success: true } h)
            {
                result.Add(new SourceLine(MarkdownInline.ToPlainText(h.Groups[2].Value), page, number, LineRole.Heading, h.Groups[1].Length));
                continue;
            }

            // Setext: a text line followed by === (level 1) or --- (level 2).
            if (i + 1 < raw.Count && trimmed.Length > 0 && SetextUnderline().Match(raw[i + 1].Text) is { Success: true } u
                && !ListItem().IsMatch(text))
            {
                result.Add(new SourceLine(MarkdownInline.ToPlainText(trimmed.TrimEnd()), page, number, LineRole.Heading, u.Groups[1].Value[0] == '=' ? 1 : 2));
                result.Add(new SourceLine("", raw[i + 1].Page, raw[i + 1].Number));
                i++;
                continue;
            }

            if (trimmed.StartsWith('|') || (trimmed.Contains(" | ", StringComparison.Ordinal) && trimmed.Count(c => c == '|') >= 2))
            {
                var cells = trimmed.Trim().Trim('|').Split('|').Select(c => MarkdownInline.ToPlainText(c.Trim()));
                result.Add(new SourceLine(string.Join('\t', cells), page, number, LineRole.TableRow));
                continue;
            }

            if (ListItem().Match(text) is { Success: true } li)
            {
                result.Add(new SourceLine(MarkdownInline.ToPlainText(li.Groups[2].Value), page, number, LineRole.ListItem));
                continue;
            }

            var quote = trimmed.StartsWith('>') ? trimmed.TrimStart('>', ' ') : text;
            result.Add(new SourceLine(MarkdownInline.ToPlainText(quote), page, number));
        }

        return result;
    }
}
