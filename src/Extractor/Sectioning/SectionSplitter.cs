using Extractor.Domain;

namespace Extractor.Sectioning;

/// <summary>
/// The default splitter: headings from <see cref="HeadingDetector"/>, levels from their style (explicit numbering and
/// Markdown levels as stated, font sizes ranked largest first, unnumbered titles nested under the current numbered one),
/// and a section tree in reading order.
/// </summary>
public sealed class SectionSplitter(SectioningOptions options) : ISectionSplitter
{
    private readonly HeadingDetector _detector = new(options);

    public SectionSplitter() : this(new SectioningOptions()) { }

    public SectionedDocument Split(CleanDocument document)
    {
        var headings = _detector.Detect(document);
        var levels = AssignLevels(headings);
        var source = document.Source;
        var sections = new List<Section>();
        var blocks = document.Blocks;

        var firstHeadingStart = headings.Count > 0 ? blocks[headings[0].BlockIndex].Span.Start : document.Text.Length;
        if (firstHeadingStart > 0 && blocks.Count > 0)
        {
            var lastFront = blocks[LastStartingBefore(blocks, firstHeadingStart)];
            sections.Add(new Section($"{source.Id}#0", "", 0, null, blocks[0].Page, lastFront.Page,
                new TextSpan(0, 0), new TextSpan(0, Math.Min(firstHeadingStart, document.Text.Length))));
        }

        var stack = new List<Section>();
        for (var h = 0; h < headings.Count; h++)
        {
            var block = blocks[headings[h].BlockIndex];
            var end = h + 1 < headings.Count ? blocks[headings[h + 1].BlockIndex].Span.Start : document.Text.Length;
            var lastBlock = blocks[LastStartingBefore(blocks, Math.Max(end, block.Span.End))];
            var level = levels[h];
            while (stack.Count > 0 && stack[^1].Level >= level) stack.RemoveAt(stack.Count - 1);
            var section = new Section(
                $"{source.Id}#{sections.Count}",
                headings[h].Title,
                level,
                stack.Count > 0 ? stack[^1].Id : null,
                block.Page,
                lastBlock.Page,
                block.Span,
                new TextSpan(block.Span.Start, Math.Max(end, block.Span.End)));
            sections.Add(section);
            stack.Add(section);
        }

        var info = new DocumentInfo(source.Id, source.ContentHash, source.Path, TitleOf(document, headings), null, source.PageCount);
        return new SectionedDocument(info, document, sections);
    }

    /// <summary>
    /// The index of the last block starting before <paramref name="offset"/> (blocks are in text order), by binary search: the
    /// search from the end for each heading made a document of 50,000 one-line sections take time growing with their square.
    /// </summary>
    private static int LastStartingBefore(IReadOnlyList<Block> blocks, int offset)
    {
        int lo = 0, hi = blocks.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (blocks[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }

        return lo > 0 ? lo - 1 : throw new InvalidOperationException("no block starts before the offset");
    }

    private static int[] AssignLevels(IReadOnlyList<HeadingCandidate> headings)
    {
        var sizes = headings.Where(h => h.Style == HeadingStyle.FontSize).Select(h => Math.Round(h.FontSize)).Distinct().OrderByDescending(s => s).ToList();
        var hasExplicit = headings.Any(h => h.Style is HeadingStyle.Markup or HeadingStyle.Numbered);
        var hasCapitals = headings.Any(h => h.Style == HeadingStyle.Capitals);
        var levels = new int[headings.Count];
        var lastExplicit = 0;
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            levels[i] = h.Style switch
            {
                HeadingStyle.Markup or HeadingStyle.Numbered => h.Depth,
                HeadingStyle.FontSize => hasExplicit ? lastExplicit + 1 : Math.Min(sizes.IndexOf(Math.Round(h.FontSize)) + 1, 4),
                HeadingStyle.Contents when h.Depth > 0 => h.Depth,
                HeadingStyle.Contents or HeadingStyle.Capitals => hasExplicit ? (lastExplicit == 0 ? 1 : lastExplicit + 1) : 1,
                _ => hasExplicit ? lastExplicit + 1 : hasCapitals ? 2 : 1,
            };
            if (h.Style is HeadingStyle.Markup or HeadingStyle.Numbered) lastExplicit = h.Depth;
            levels[i] = Math.Clamp(levels[i], 1, 6);
        }

        return levels;
    }

    /// <summary>
    /// The title: the file's metadata title when it is a real one, else a heading or a short title-like first block on the
    /// first page, else the file name (a made-up title from body text would mislead analysts).
    /// </summary>
    private static string TitleOf(CleanDocument document, IReadOnlyList<HeadingCandidate> headings)
    {
        var meta = document.Source.MetadataTitle?.Trim();
        if (IsRealMetadataTitle(meta)) return meta!;
        if (document.Blocks.Count > 0 && document.Blocks[0].Kind is BlockKind.Paragraph or BlockKind.Heading)
        {
            var first = document.Slice(document.Blocks[0].Span).Trim();
            var next = document.Blocks.Count > 1 ? document.Text[document.Blocks[1].Span.Start] : ' ';
            if (first.Length is >= 12 and <= 150 && char.IsUpper(first.FirstOrDefault(char.IsLetter)) && !".;:,-".Contains(first[^1])
                && first.Count(char.IsLetter) > first.Length / 2 && !char.IsLower(next))
                return first;
        }

        var early = headings.Where(h => h.BlockIndex < 4 && document.Blocks[h.BlockIndex].Page == 1 && h.Style != HeadingStyle.Numbered).Select(h => h.Title).FirstOrDefault();
        if (early is not null && early.Length >= 8) return early;
        return Path.GetFileNameWithoutExtension(document.Source.Path);
    }

    /// <summary>Metadata titles are often an editor's leftovers ("Microsoft Word - x.doc", "presentacion 9 de oct web", "Introducción").</summary>
    private static bool IsRealMetadataTitle(string? meta)
    {
        if (string.IsNullOrEmpty(meta) || meta.Length < 6 || !char.IsUpper(meta.FirstOrDefault(char.IsLetter))) return false;
        if (meta.StartsWith("Microsoft", StringComparison.OrdinalIgnoreCase) || meta.StartsWith("untitled", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var ext in new[] { ".doc", ".indd", ".pdf", ".ai", ".xls", ".ppt" })
            if (meta.Contains(ext, StringComparison.OrdinalIgnoreCase)) return false;
        var words = meta.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !meta.Contains('_');
    }
}
