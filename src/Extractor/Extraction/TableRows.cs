using Extractor.Domain;

namespace Extractor.Extraction;

/// <summary>The tables of a clean document: runs of table-row blocks, each row's cells split at tabs.</summary>
internal static class TableRows
{
    /// <summary>Each run of consecutive table-row blocks, as its rows' cells (the first block's index, then the rows).</summary>
    public static IEnumerable<(int FirstBlock, List<List<TextSpan>> Rows)> Tables(CleanDocument clean)
    {
        var blocks = clean.Blocks;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind != BlockKind.TableRow) continue;
            var first = b;
            while (b + 1 < blocks.Count && blocks[b + 1].Kind == BlockKind.TableRow) b++;
            yield return (first, blocks.Skip(first).Take(b - first + 1).Select(r => Cells(clean.Text, r.Span)).ToList());
        }
    }

    /// <summary>The cells of a row, split at tabs and trimmed of spaces (empty cells kept, so columns line up).</summary>
    public static List<TextSpan> Cells(string text, TextSpan row)
    {
        var cells = new List<TextSpan>();
        var s = row.Start;
        for (var k = row.Start; k <= row.End; k++)
        {
            if (k < row.End && text[k] != '\t') continue;
            var a = s;
            var e = k;
            while (a < e && char.IsWhiteSpace(text[a])) a++;
            while (e > a && char.IsWhiteSpace(text[e - 1])) e--;
            cells.Add(new TextSpan(a, e));
            s = k + 1;
        }

        return cells;
    }

    /// <summary>Whether a folded word of a header cell is one of the listed words, or starts with one ending in "*" ("aliad*").</summary>
    public static bool IsHeaderWord(string word, string[] list) =>
        list.Any(p => p.EndsWith('*') ? word.StartsWith(p[..^1], StringComparison.Ordinal) : word == p);

    /// <summary>Whether a cell holds a figure other than a year ("Cuota 2023 (€)" heads a column; "6.120" is a figure).</summary>
    public static bool HasFigure(ReadOnlySpan<char> cell)
    {
        for (var k = 0; k < cell.Length; k++)
        {
            if (!char.IsAsciiDigit(cell[k])) continue;
            var end = k;
            while (end < cell.Length && char.IsAsciiDigit(cell[end])) end++;
            var isYear = end - k == 4 && cell[k] is '1' or '2' && (k == 0 || !char.IsLetterOrDigit(cell[k - 1]) && cell[k - 1] is not '.' and not ',')
                         && (end == cell.Length || !char.IsLetterOrDigit(cell[end]) && cell[end] is not '.' and not ',');
            if (!isYear) return true;
            k = end;
        }

        return false;
    }
}
