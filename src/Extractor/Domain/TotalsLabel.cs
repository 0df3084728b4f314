namespace Extractor.Domain;

/// <summary>The label that opens a table's closing row of sums: "Total", "TOTAL GENERAL", "Subtotal contrapartida", "Sub-total".</summary>
public static class TotalsLabel
{
    public static bool Opens(ReadOnlySpan<char> cell)
    {
        cell = cell.TrimStart();
        if (cell.StartsWith("Sub", StringComparison.OrdinalIgnoreCase)) cell = cell[3..].TrimStart('-');
        return cell.StartsWith("Total", StringComparison.OrdinalIgnoreCase);
    }
}
