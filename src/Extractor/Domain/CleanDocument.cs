namespace Extractor.Domain;

/// <summary>What a block of clean text is.</summary>
public enum BlockKind { Paragraph, Heading, ListItem, TableRow }

/// <summary>A block of clean text: a paragraph rejoined from wrapped lines, a heading, a list item or a table row.</summary>
/// <param name="Span">Where the block is in <see cref="CleanDocument.Text"/>.</param>
/// <param name="Page">The page the block starts on.</param>
/// <param name="FirstLine">The source line the block starts on (see <see cref="SourceLine.Number"/>).</param>
/// <param name="LineCount">How many source lines the block was joined from.</param>
/// <param name="Level">Heading level the source states (Markdown #), else 0.</param>
/// <param name="FontSize">The block's dominant font size on a PDF page, else null.</param>
/// <param name="Bold">Whether the block is set in bold on a PDF page.</param>
/// <param name="Lead">How many characters at the block's start its source set apart in bold (see <see cref="SourceLine.Lead"/>); 0 when none.</param>
public sealed record Block(TextSpan Span, BlockKind Kind, int Page, int FirstLine, int LineCount, int Level = 0, double? FontSize = null, bool Bold = false, int Lead = 0);

/// <summary>A position in the source: page, line and column (all 1-based).</summary>
public readonly record struct SourcePosition(int Page, int Line, int Column);

/// <summary>
/// Maps offsets in the clean text back to positions in the source. Built from runs of clean text that were
/// copied from one source line each; offsets in text the cleaner inserted (joining spaces, block breaks)
/// map to the run before them.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _cleanStarts;
    private readonly SourcePosition[] _positions;

    public OffsetMap(IReadOnlyList<(int CleanStart, SourcePosition Position)> runs)
    {
        for (var i = 1; i < runs.Count; i++)
            if (runs[i].CleanStart < runs[i - 1].CleanStart) throw new ArgumentException("Runs must be ordered by clean offset.", nameof(runs));
        _cleanStarts = runs.Select(r => r.CleanStart).ToArray();
        _positions = runs.Select(r => r.Position).ToArray();
    }

    public int RunCount => _cleanStarts.Length;

    /// <summary>Where each run starts in the clean text, in order: the starts of the source lines a block was joined from.</summary>
    public IReadOnlyList<int> RunStarts => _cleanStarts;

    /// <summary>The index (into <see cref="RunStarts"/>) of the last run starting at or before a clean-text offset; −1 before the first.</summary>
    public int RunAt(int cleanOffset)
    {
        var i = Array.BinarySearch(_cleanStarts, cleanOffset);
        if (i < 0) return ~i - 1;
        while (i + 1 < _cleanStarts.Length && _cleanStarts[i + 1] == cleanOffset) i++;
        return i;
    }

    /// <summary>Whether a source line starts at a clean-text offset: the word there opened its line in the source, whatever the cleaner joined it to.</summary>
    public bool StartsLine(int cleanOffset) => Array.BinarySearch(_cleanStarts, cleanOffset) >= 0;

    /// <summary>The source position of a clean-text offset.</summary>
    public SourcePosition Locate(int cleanOffset)
    {
        if (_cleanStarts.Length == 0) return new SourcePosition(1, 1, 1);
        var i = Array.BinarySearch(_cleanStarts, cleanOffset);
        if (i < 0) i = ~i - 1;
        if (i < 0) return _positions[0];
        // Several runs can start at the same offset (empty runs); take the last one.
        while (i + 1 < _cleanStarts.Length && _cleanStarts[i + 1] == _cleanStarts[i]) i++;
        var p = _positions[i];
        return p with { Column = p.Column + (cleanOffset - _cleanStarts[i]) };
    }
}

/// <summary>A document after cleaning: one text with page furniture removed, hyphenation and wrapped lines rejoined, in blocks.</summary>
public sealed record CleanDocument(SourceDocument Source, string Text, IReadOnlyList<Block> Blocks, OffsetMap Map)
{
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}
