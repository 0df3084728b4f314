namespace Extractor.Domain;

/// <summary>The labels of a table's rows of sums: "Total", "TOTAL GENERAL", "Subtotal contrapartida", "Sub-total", "Sub total".</summary>
public static class TotalsLabel
{
    /// <summary>Whether the cell opens a row of sums, a total or a subtotal.</summary>
    public static bool Opens(ReadOnlySpan<char> cell)
    {
        cell = cell.TrimStart();
        if (cell.StartsWith("Sub", StringComparison.OrdinalIgnoreCase)) cell = cell[3..].TrimStart("- ");
        return cell.StartsWith("Total", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the cell opens the closing total itself: a subtotal may have more rows after it.</summary>
    public static bool Closes(ReadOnlySpan<char> cell) => cell.TrimStart().StartsWith("Total", StringComparison.OrdinalIgnoreCase);
}
