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

    [GeneratedRegex(@"^ {0,3}(=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s*([-+*]|\d{1,9}[.)])[ \t]+(.*)$")]
    private static partial Regex ListItem();

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

    /// <summary>
    /// An ATX heading ("## Title ##"): its title and level, or null. What the regex <c>^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$</c>
    /// gave as its groups 2 and 1, on a line without a line break: the title is the text after the hashes and the spaces after them,
    /// without the spaces at its end, and without a closing run of hashes where spaces come before it.
    /// </summary>
    /// <remarks>Read directly rather than with that regex: its lazy title tried the closing pattern at every position and read each
    /// run of spaces again from every position in it, in time growing with the square of the run.</remarks>
    internal static (string Title, int Level)? AtxHeading(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] == ' ') i++;
        if (i > 3) return null;
        var hashes = 0;
        while (i + hashes < text.Length && text[i + hashes] == '#') hashes++;
        if (hashes is 0 or > 6) return null;
        var rest = text.AsSpan(i + hashes);
        if (rest.IsEmpty) return ("", hashes);
        if (rest[0] is not (' ' or '\t')) return null;
        var title = rest.TrimStart(" \t").TrimEnd(" \t");
        var closing = title.Length - title.TrimEnd('#').Length;
        if (closing > 0)
        {
            var before = title[..^closing];
            var spaces = before.Length - before.TrimEnd(" \t").Length;
            if (spaces > 0) title = before[..^spaces];
        }

        return (title.ToString(), hashes);
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

            // "![La delegación genovesa en el Salón de Honor](img/….jpg)" alone on its line: a photo, whose description the report
            // does not state as fact (a caption would name an activity on no day).
            if (ThematicBreak().IsMatch(text) || TextTables.IsSeparator(text) || IsFigure(trimmed))
            {
                result.Add(new SourceLine("", page, number));
                continue;
            }

            if (AtxHeading(text) is ({ } title, var level))
            {
                result.Add(new SourceLine(MarkdownInline.ToPlainText(title), page, number, LineRole.Heading, level));
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

            if (TextTables.BarCells(trimmed) is { } cells)
            {
                result.Add(new SourceLine(string.Join('\t', cells.Select(MarkdownInline.ToPlainText)), page, number, LineRole.TableRow));
                continue;
            }

            if (ListItem().Match(text) is { Success: true } li)
            {
                var item = li.Groups[2].Value;
                result.Add(new SourceLine(MarkdownInline.ToPlainText(item), page, number, LineRole.ListItem, Lead: BoldLead(item)));
                continue;
            }

            var quote = trimmed.StartsWith('>') ? trimmed.TrimStart('>', ' ') : text;
            result.Add(new SourceLine(MarkdownInline.ToPlainText(quote), page, number));
        }

        return result;
    }

    /// <summary>A line that is one image and nothing else: "![alt](src)", "![alt](src "title")".</summary>
    private static bool IsFigure(string trimmed)
    {
        if (!trimmed.StartsWith("![", StringComparison.Ordinal)) return false;
        var close = trimmed.IndexOf("](", 2, StringComparison.Ordinal);
        return close > 0 && trimmed.TrimEnd().EndsWith(')') && trimmed.IndexOf(')', close) == trimmed.TrimEnd().Length - 1;
    }

    /// <summary>
    /// The plain-text length of a bold run opening an item that the item goes on after ("**Firma del contrato …** para equipar …"),
    /// 0 when the item does not open so or is all bold.
    /// </summary>
    private static int BoldLead(string item)
    {
        if (!item.StartsWith("**", StringComparison.Ordinal)) return 0;
        var close = item.IndexOf("**", 2, StringComparison.Ordinal);
        if (close <= 2 || item.AsSpan(close + 2).Trim().TrimStart(".,;:").Trim().Length == 0) return 0;
        return MarkdownInline.ToPlainText(item[..(close + 2)]).Length;
    }
}
