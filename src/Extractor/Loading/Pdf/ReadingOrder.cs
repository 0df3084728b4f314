namespace Extractor.Loading.Pdf;

/// <summary>A block placed in reading order, with the 0-based column it was found in.</summary>
internal sealed record PlacedBlock(LayoutBlock Block, int Column);

/// <summary>
/// Puts a page's blocks in reading order. Poppler's flows keep each paragraph's lines together but can emit the
/// top of a right column before the left column (samplefiles_multicolumn.pdf page 1), so blocks are reordered by a
/// recursive X-Y cut: at each level the region is split at its widest empty gap, a horizontal gap giving
/// top-then-bottom and a vertical gutter giving left-then-right (full-width titles thus come before the columns
/// under them). A vertical gap is only taken over a horizontal one when both sides are tall enough to be columns,
/// and then when it is wider or the horizontal gap is just aligned paragraph breaks in both columns.
/// A side too narrow to be a column (bullets, list numbers) is merged line by line, row by row, with its neighbour.
/// Blocks no gap separates keep Poppler's order. Vertical text (rotated margin notes, letters stacked
/// one per line) is taken out first and put after the page's text, so it cannot break a column or a paragraph.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>A gutter narrower than this (points) is word spacing, not a column break.</summary>
    private const double MinGutter = 4;

    /// <summary>Both sides of a vertical cut must be at least this share of the page width to count as separate columns.</summary>
    private const double MinColumnShare = 0.10;

    /// <summary>When a horizontal gap competes, each side of a vertical cut must span this share of the region's height.</summary>
    private const double MinColumnHeightShare = 0.2;

    public static IReadOnlyList<PlacedBlock> Arrange(IReadOnlyList<LayoutBlock> blocks, double pageWidth)
    {
        var horizontal = blocks.Where(b => !IsVertical(b)).ToList();
        var placed = new List<PlacedBlock>(blocks.Count);
        Cut(horizontal, 0, Math.Max(pageWidth, 1) * MinColumnShare, placed);
        placed.AddRange(blocks.Where(IsVertical).Select(b => new PlacedBlock(b, 0)));
        return placed;
    }

    /// <summary>Whether a line of at least three characters runs top to bottom (its box is much taller than wide).</summary>
    private static bool IsVerticalLine(LayoutLine line) => line.Text.Length >= 3 && line.Box.Height > 1.5 * line.Box.Width;

    private static bool IsVertical(LayoutBlock block) =>
        block.Lines.All(IsVerticalLine)
        || (block.Lines.Count >= 3 && block.Lines.All(l => l.Text.Length <= 2) && block.Box.Height > 2 * block.Box.Width);

    /// <summary>Emits the blocks in reading order from <paramref name="column"/> on; returns how many columns they span.</summary>
    private static int Cut(List<LayoutBlock> blocks, int column, double minColumnWidth, List<PlacedBlock> output)
    {
        if (blocks.Count > 1)
        {
            var (yGap, yAt) = WidestGap(blocks, b => b.Box.YMin, b => b.Box.YMax);
            var (xGap, xAt) = WidestGap(blocks, b => b.Box.XMin, b => b.Box.XMax);
            var left = blocks.Where(b => b.Box.XMax <= xAt).ToList();
            var right = blocks.Where(b => b.Box.XMax > xAt).ToList();
            var vertical = xGap >= MinGutter
                && (yGap <= 0 || (Tall(left, blocks) && Tall(right, blocks) && (xGap > yGap || Straddle(left, yAt) && Straddle(right, yAt))));
            if (!vertical && yGap > 0)
            {
                var top = blocks.Where(b => b.Box.YMax <= yAt).ToList();
                var bottom = blocks.Where(b => b.Box.YMax > yAt).ToList();
                return Math.Max(Cut(top, column, minColumnWidth, output), Cut(bottom, column, minColumnWidth, output));
            }
            if (xGap >= MinGutter)
            {
                if (Span(left) >= minColumnWidth && Span(right) >= minColumnWidth)
                {
                    var leftColumns = Cut(left, column, minColumnWidth, output);
                    return leftColumns + Cut(right, column + leftColumns, minColumnWidth, output);
                }
                // A narrow side is bullets, list numbers or a margin label, not a column: Poppler gives it blocks of
                // its own ("•" "•" "•" before the items), so its lines are merged row by row with the other side's.
                var wide = Span(left) >= Span(right) ? left : right;
                if (WidestGap(wide, b => b.Box.XMin, b => b.Box.XMax).Size < MinGutter)
                {
                    output.Add(new PlacedBlock(MergeRows(blocks), column));
                    return 1;
                }
                return Math.Max(Cut(left, column, minColumnWidth, output), Cut(right, column, minColumnWidth, output));
            }
        }
        output.AddRange(blocks.OrderBy(b => b.Order).Select(b => new PlacedBlock(b, column)));
        return 1;
    }

    /// <summary>
    /// Whether one side of a vertical cut is tall enough to be a column: a fifth of the region's height. A short
    /// item in the margin ("Núm. 92" beside a running header) would otherwise win over the gap under the header.
    /// </summary>
    private static bool Tall(List<LayoutBlock> side, List<LayoutBlock> region) =>
        side.Max(b => b.Box.YMax) - side.Min(b => b.Box.YMin) >= MinColumnHeightShare * (region.Max(b => b.Box.YMax) - region.Min(b => b.Box.YMin));

    /// <summary>The blocks' lines as one block, top to bottom, left to right within a row (lines whose middles are within half a line).</summary>
    private static LayoutBlock MergeRows(List<LayoutBlock> blocks)
    {
        var lines = blocks.SelectMany(b => b.Lines).OrderBy(l => l.Box.CenterY).ToList();
        var ordered = new List<LayoutLine>(lines.Count);
        for (var i = 0; i < lines.Count;)
        {
            var end = i + 1;
            while (end < lines.Count && lines[end].Box.CenterY - lines[i].Box.CenterY < 0.5 * Math.Min(lines[end].Box.Height, lines[i].Box.Height)) end++;
            ordered.AddRange(lines.Skip(i).Take(end - i).OrderBy(l => l.Box.XMin));
            i = end;
        }
        var box = new Box(blocks.Min(b => b.Box.XMin), blocks.Min(b => b.Box.YMin), blocks.Max(b => b.Box.XMax), blocks.Max(b => b.Box.YMax));
        return new LayoutBlock(box, ordered, blocks.Min(b => b.Order));
    }

    /// <summary>
    /// Whether a column has text both above and below a horizontal gap: the gap is then two columns' paragraph
    /// breaks that happen to line up (common on a shared baseline grid), not a break across the page.
    /// </summary>
    private static bool Straddle(List<LayoutBlock> side, double y) => side.Any(b => b.Box.YMax <= y) && side.Any(b => b.Box.YMin > y);

    private static double Span(List<LayoutBlock> blocks) => blocks.Max(b => b.Box.XMax) - blocks.Min(b => b.Box.XMin);

    /// <summary>The widest empty interval between the blocks' projections on one axis, and where it starts.</summary>
    private static (double Size, double At) WidestGap(List<LayoutBlock> blocks, Func<LayoutBlock, double> start, Func<LayoutBlock, double> end)
    {
        var sorted = blocks.OrderBy(start).ToList();
        double best = 0, at = 0, reach = end(sorted[0]);
        foreach (var block in sorted.Skip(1))
        {
            var gap = start(block) - reach;
            if (gap > best) (best, at) = (gap, reach);
            reach = Math.Max(reach, end(block));
        }
        return (best, at);
    }
}
