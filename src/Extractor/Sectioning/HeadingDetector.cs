using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Domain;

namespace Extractor.Sectioning;

/// <summary>How a block was recognised as a heading; the style decides its level among the document's heading styles.</summary>
public enum HeadingStyle { Markup, Numbered, FontSize, Contents, Capitals, TitleLine }

/// <summary>A block recognised as a heading, with its style and, where the style states it, its level.</summary>
public sealed record HeadingCandidate(int BlockIndex, HeadingStyle Style, int Depth, double FontSize, string Title);

/// <summary>Recognises heading blocks: Markdown headings, numbered titles ("6.1.1."), larger or bold fonts, capitals, and short title lines.</summary>
public sealed partial class HeadingDetector(SectioningOptions options)
{
    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2}){0,4})(\.?)[\s\t]+(\S.*)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:fuente|fuentes|nota|notas|elaboraci[oó]n|source|foto|imagen|gr[aá]fic[oa]|tabla|cuadro|figura)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    /// <summary>Words a title does not end on; a block ending on one is a paragraph cut by a column or page break.</summary>
    private static readonly HashSet<string> OpenEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "del", "la", "el", "los", "las", "un", "una", "y", "e", "o", "u", "en", "a", "al", "con", "por", "para", "que", "se", "su", "sus", "como", "sobre", "entre", "lo",
    };

    /// <summary>A table-of-contents entry's end: dot leaders or a tab, then a page number. Matched from the end (only asked whether
    /// it matches): unanchored at the start, a long run of dots not followed by a number was read again from each of its dots.</summary>
    [GeneratedRegex(@"\.{4,}\s*\d+\s*$|\t\d{1,3}\s*$", RegexOptions.RightToLeft)]
    private static partial Regex TocEntry();

    [GeneratedRegex(@"\(\s*\d{1,2}(?:\s*(?:y|al?|-)\s*\d{1,2})?\s*(?:de\s+)?[a-záéíóú]+(?:\s+(?:de|del)\s+\d{4})?\s*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedDate();

    public IReadOnlyList<HeadingCandidate> Detect(CleanDocument document)
    {
        var blocks = document.Blocks;
        var bodySize = BodyFontSize(blocks);
        var result = new List<HeadingCandidate>();
        var contents = TableOfContents(document);
        int[]? lastNumber = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var text = document.Slice(b.Span).Trim();
            if (text.Length == 0) continue;
            if (b.Kind == BlockKind.Heading)
            {
                result.Add(new HeadingCandidate(i, HeadingStyle.Markup, Math.Max(1, b.Level), b.FontSize ?? 0, text));
                continue;
            }

            if (b.Kind is BlockKind.TableRow or BlockKind.ListItem || TocEntry().IsMatch(text)) continue;
            if (text.Length > options.MaxHeadingLength || b.LineCount > options.MaxHeadingLines || Caption().IsMatch(text) || EndsOpen(text)) continue;
            var next = NextContent(document, i);
            // "Visita del embajador de Mauritania" over "Miércoles, 24 de mayo": an item of a slide or a brochure, its days on the line
            // below its title.
            if (next is { } dates && dates == blocks[i + 1] && dates.FirstLine == b.FirstLine + b.LineCount && b.LineCount <= MaxItemTitleLines && IsTitleText(text) && !EndsSentence(text)
                && char.IsUpper(FirstLetter(text)) && Datelines.IsDateOnly(document.Slice(dates.Span).Trim()) && !Datelines.IsDateOnly(text))
            {
                result.Add(new HeadingCandidate(i, HeadingStyle.TitleLine, 0, b.FontSize ?? 0, text));
                continue;
            }

            if (next is { } following && char.IsLower(document.Text[following.Span.Start])) continue;

            if (Numbered().Match(text) is { Success: true } n && IsTitleText(n.Groups[3].Value) && !EndsSentence(text)
                && (n.Groups[2].Length > 0 || n.Groups[1].Value.Contains('.') || IsCapitals(n.Groups[3].Value)))
            {
                var number = n.Groups[1].Value.Split('.').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                // "1. RESUMEN DEL TRIMESTRE" after "6. INDICADORES DE GESTIÓN": a compilation's next report numbers its parts again; a
                // list's first item is not set in capitals.
                if (FollowsNumbering(lastNumber, number) || (number is [1] && lastNumber is [> 1, ..] && IsCapitals(n.Groups[3].Value)))
                {
                    lastNumber = number;
                    result.Add(new HeadingCandidate(i, HeadingStyle.Numbered, number.Length, b.FontSize ?? 0, text));
                }

                // A numbered block out of sequence is a list item, whatever its style.
                continue;
            }

            // A title the table of contents lists is a heading, at the depth the contents give it.
            if (contents.TryGetValue(Fold(text), out var depth) && IsTitleText(text))
            {
                result.Add(new HeadingCandidate(i, HeadingStyle.Contents, depth, b.FontSize ?? 0, text));
                continue;
            }

            if (b.FontSize is { } size && bodySize > 0 && (size >= options.HeadingFontRatio * bodySize || (b.Bold && size >= bodySize * 0.95))
                && IsTitleText(text) && !EndsSentence(text))
            {
                result.Add(new HeadingCandidate(i, HeadingStyle.FontSize, 0, size, text));
                continue;
            }

            if (IsCapitals(text) && IsTitleText(text) && next is not null)
            {
                result.Add(new HeadingCandidate(i, HeadingStyle.Capitals, 0, b.FontSize ?? 0, text));
                continue;
            }

            // A short title line followed by a longer paragraph; a date in brackets at its end is a strong sign ("… (24 de julio)"). A
            // news headline over its stamp or its dateline may be longer.
            // (A dateline on a line of its own, "Valparaíso, 3 de julio de 2024", opens the text below its headline.)
            // (A form's field, "Resolución de autorización:  N.° 187 de 2024 (2 de abril de 2024)", is no title.)
            if (next is { } nb && IsTitleText(text) && !EndsSentence(text) && char.IsUpper(FirstLetter(text)) && !Datelines.IsWholeLine(text) && !FormFields.OpensWithField(text)
                && (BracketedDate().IsMatch(text) || (IsNewsHeadline(document, i, nb)
                    ? nb.Span.Length > text.Length && b.FontSize is null && text.Length >= 12 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadlineWords
                    : nb.Span.Length > 2 * text.Length && nb.Span.Length > 200 && b.FontSize is null && text.Length >= 12
                      && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleWords)))
            {
                result.Add(new HeadingCandidate(i, HeadingStyle.TitleLine, 0, b.FontSize ?? 0, text));
            }
        }

        return result;
    }

    /// <summary>How many numbers a numbered subheading may skip past the last one found.</summary>
    private const int MaxNumberingGap = 3;

    /// <summary>
    /// Numbered headings follow their numbering: after 6.1 come 6.1.1, 6.2 (or 6.4, where a subheading was not found) or 7,
    /// never "1." again (that is a list).
    /// The first one may be any number: excerpts and annexes start mid-way.
    /// </summary>
    internal static bool FollowsNumbering(int[]? previous, int[] next)
    {
        if (previous is null) return true;
        if (next.Length == previous.Length + 1 && next[^1] == 1 && next.AsSpan(0, previous.Length).SequenceEqual(previous)) return true;
        if (next.Length > previous.Length) return false;
        // A subheading missed between ("2.2. Visita oficial … y firma" wrapped into its paragraph) leaves a gap of a few numbers; a
        // chapter's number follows on.
        var k = next.Length - 1;
        return next.AsSpan(0, k).SequenceEqual(previous.AsSpan(0, k)) && next[k] - previous[k] is var step && (step == 1 || (k > 0 && step is > 1 and <= MaxNumberingGap));
    }

    private static bool EndsOpen(string text)
    {
        var t = text.TrimEnd();
        if (t.EndsWith('-') || t.EndsWith(',')) return true;
        var space = t.LastIndexOf(' ');
        return space >= 0 && OpenEndings.Contains(t[(space + 1)..]);
    }

    [GeneratedRegex(@"^\s*(?:(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+)?(.+?)[\s.·…_-]*\s\d{1,4}\s*$")]
    private static partial Regex ContentsLine();

    /// <summary>
    /// The titles a table of contents lists (lines ending in dot leaders or a tab and a page number), folded, with their
    /// depth: the numbering's depth, or 0 when unnumbered.
    /// </summary>
    private static Dictionary<string, int> TableOfContents(CleanDocument document)
    {
        var titles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in document.Blocks)
        {
            var text = document.Slice(b.Span).Trim();
            if (text.Length > 200 || !TocEntry().IsMatch(text)) continue;
            if (ContentsLine().Match(text.Replace('\t', ' ')) is not { Success: true } m) continue;
            var key = Fold(m.Groups[2].Value);
            if (key.Length >= 4) titles.TryAdd(key, m.Groups[1].Success ? m.Groups[1].Value.Split('.').Length : 0);
        }

        // Two entries at least make a table of contents; one dotted line is a form or a price list.
        return titles.Count >= 2 ? titles : [];
    }

    private const int MaxTitleWords = 14;

    /// <summary>The most lines an item's title over its days may wrap to.</summary>
    private const int MaxItemTitleLines = 3;
    private const int MaxHeadlineWords = 20;

    /// <summary>Whether the block is followed by a news item's stamp or opens a text with a dateline ("Paysandú, 22 de septiembre de 2024.–").</summary>
    private static bool IsNewsHeadline(CleanDocument document, int index, Block next) =>
        next != document.Blocks[index + 1] || Datelines.OpensAt(document.Text, next.Span.Start);

    /// <summary>The block after this one, past a news item's stamp ("Publicado: 23/09/2024"), which stands between a headline and its text.</summary>
    private static Block? NextContent(CleanDocument document, int index)
    {
        // One stamp at most: a column of dates is no headline's stamp, and walking it from each of its lines was quadratic.
        var next = index + 1;
        if (next + 1 < document.Blocks.Count && Datelines.IsStamp(document.Text.AsSpan(document.Blocks[next].Span.Start, document.Blocks[next].Span.Length))) next++;
        return next < document.Blocks.Count ? document.Blocks[next] : null;
    }

    private static double BodyFontSize(IReadOnlyList<Block> blocks)
    {
        // The body size is the size carrying the most characters.
        var bySize = blocks.Where(b => b.FontSize is not null)
            .GroupBy(b => Math.Round(b.FontSize!.Value * 2) / 2)
            .Select(g => (Size: g.Key, Chars: g.Sum(b => b.Span.Length)))
            .OrderByDescending(g => g.Chars)
            .FirstOrDefault();
        return bySize.Size;
    }

    private static char FirstLetter(string text) => text.FirstOrDefault(char.IsLetterOrDigit);

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && (t[^1] is '.' or ';' or ',' or ':') && !t.EndsWith("...", StringComparison.Ordinal);
    }

    /// <summary>Title text has letters and few digits (figures and table rows are not titles).</summary>
    private static bool IsTitleText(string text)
    {
        var letters = text.Count(char.IsLetter);
        var digits = text.Count(char.IsDigit);
        return letters >= 3 && digits <= Math.Max(4, letters / 3) && !text.Contains('\t');
    }

    private static bool IsCapitals(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 4 && letters.Count(char.IsUpper) >= 0.85 * letters.Count
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 14;
    }

    /// <summary>Folded text for comparing titles with table-of-contents entries.</summary>
    internal static string Fold(string text)
    {
        var d = text.Normalize(System.Text.NormalizationForm.FormD);
        var b = new System.Text.StringBuilder(d.Length);
        foreach (var c in d)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c)) b.Append(char.ToLowerInvariant(c));
        return b.ToString();
    }
}
