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
            var lastFront = blocks.Last(b => b.Span.Start < firstHeadingStart);
            sections.Add(new Section($"{source.Id}#0", "", 0, null, blocks[0].Page, lastFront.Page,
                new TextSpan(0, 0), new TextSpan(0, Math.Min(firstHeadingStart, document.Text.Length))));
        }

        var stack = new List<Section>();
        for (var h = 0; h < headings.Count; h++)
        {
            var block = blocks[headings[h].BlockIndex];
            var end = h + 1 < headings.Count ? blocks[headings[h + 1].BlockIndex].Span.Start : document.Text.Length;
            var lastBlock = blocks.Last(b => b.Span.Start < Math.Max(end, block.Span.End));
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
                HeadingStyle.Capitals => hasExplicit ? (lastExplicit == 0 ? 1 : lastExplicit + 1) : 1,
                _ => hasExplicit ? lastExplicit + 1 : hasCapitals ? 2 : 1,
            };
            if (h.Style is HeadingStyle.Markup or HeadingStyle.Numbered) lastExplicit = h.Depth;
            levels[i] = Math.Clamp(levels[i], 1, 6);
        }

        return levels;
    }

    private static string TitleOf(CleanDocument document, IReadOnlyList<HeadingCandidate> headings)
    {
        var meta = document.Source.MetadataTitle?.Trim();
        if (!string.IsNullOrEmpty(meta) && meta.Length > 3 && !meta.StartsWith("Microsoft Word", StringComparison.OrdinalIgnoreCase)
            && !meta.Contains(".doc", StringComparison.OrdinalIgnoreCase) && !meta.Contains(".indd", StringComparison.OrdinalIgnoreCase))
            return meta;
        foreach (var b in document.Blocks.Take(8))
        {
            var t = document.Slice(b.Span).Trim();
            if (t.Length >= 12 && t.Length <= 200 && t.Count(char.IsLetter) > t.Length / 2) return t;
        }

        return headings.Count > 0 ? headings[0].Title : Path.GetFileNameWithoutExtension(document.Source.Path);
    }
}
