using System.Text.RegularExpressions;
using Extractor.Domain;

namespace Extractor.Extraction.Amounts;

public sealed partial class AmountExtractor
{
    // A currency a header cell names: a sign ("(€)", "US$", "($)", "(S/)"), an ISO code ("USD") or a name ("pesos", "dólares", "euros", "soles").
    [GeneratedRegex(@"US\$|U\$S|€|\$|(?-i:\bS/\.?)|\b(?:USD|EUR|COP|MXN|ARS|CLP|PEN|BRL|GBP|UYU|DOP|BOB)\b|\b(?:pesos|d[oó]lares|euros|soles|bolivianos)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderCurrency();

    // A figure alone in its cell: "960,00", "1.980,00", "12 500".
    [GeneratedRegex(@"^\d{1,3}(?:[., ]\d{3})*(?:,\d{1,2}|\.\d{1,2})?$|^\d+(?:[.,]\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex FigureCell();

    /// <summary>
    /// The cells of table columns whose header names a currency ("Actividad | Inversión estimada de CIDEU (€)", "Monto (USD)",
    /// "Presupuesto en millones de pesos"), by start offset: a figure alone in such a cell is a sum of money in that currency, scaled
    /// as the header says. The header is the table's first row and has no figures of its own.
    /// </summary>
    private static Dictionary<int, (TextSpan Cell, string? Currency, decimal Scale)> MoneyCells(ExtractionInput input)
    {
        var cells = new Dictionary<int, (TextSpan, string?, decimal)>();
        var text = input.Text;
        foreach (var (_, rows) in TableRows.Tables(input.Document.Clean))
        {
            var header = rows[0];
            for (var c = 0; c < header.Count; c++)
            {
                var label = text.AsSpan(header[c].Start, header[c].Length);
                // "% s/ total" is a share ("sobre"), not a sum.
                if (label.IndexOfAnyInRange('0', '9') >= 0 || label.Contains('%') || HeaderCurrency().Match(text, header[c].Start, header[c].Length) is not { Success: true } m) continue;
                var currency = CurrencyNamed(m.Value, input.Context);
                var scale = label.Contains("millones", StringComparison.OrdinalIgnoreCase) ? 1_000_000m : label.Contains("miles", StringComparison.OrdinalIgnoreCase) ? 1_000m : 1m;
                foreach (var row in rows.Skip(1))
                    if (c < row.Count && row[c].Length > 0 && FigureCell().IsMatch(text.AsSpan(row[c].Start, row[c].Length)))
                        cells[row[c].Start] = (row[c], currency, scale);
            }

            // "Fondos europeos captados (€) | 2.140.000 | 3.475.000": a row whose label names a currency holds sums in it.
            foreach (var row in rows.Skip(1))
            {
                if (row.Count < 2) continue;
                var label = text.AsSpan(row[0].Start, row[0].Length);
                if (label.IndexOfAnyInRange('0', '9') >= 0 || HeaderCurrency().Match(text, row[0].Start, row[0].Length) is not { Success: true } m) continue;
                // The currency in brackets says what the figures are in ("(€)", "(miles de USD)"); "(€ por USD)" is a rate, and "Proyectos
                // con financiación en euros" counts projects.
                var open = label.LastIndexOf('(');
                var close = label.LastIndexOf(')');
                var at = m.Index - row[0].Start;
                if (open < 0 || close < at || at < open) continue;
                var bracket = label[(open + 1)..close];
                // "Inversión por habitante (€)", "Presupuesto por persona participante (€)": a ratio, not a sum.
                // (The slash of the sol's sign, "(millones de S/)", is no ratio.)
                if (bracket.ToString().Replace(m.Value, "", StringComparison.Ordinal).Contains('/') || bracket.Contains(" por ", StringComparison.OrdinalIgnoreCase) || label.Contains(" por ", StringComparison.OrdinalIgnoreCase)) continue;
                var currency = CurrencyNamed(m.Value, input.Context);
                var scale = label.Contains("millones", StringComparison.OrdinalIgnoreCase) ? 1_000_000m : label.Contains("miles", StringComparison.OrdinalIgnoreCase) ? 1_000m : 1m;
                foreach (var cell in row.Skip(1))
                    if (cell.Length > 0 && FigureCell().IsMatch(text.AsSpan(cell.Start, cell.Length)))
                        cells.TryAdd(cell.Start, (cell, currency, scale));
            }
        }

        return cells;
    }

    /// <summary>The ISO code of a currency a header names; a bare "$" or "pesos" is the issuer's currency when written that way.</summary>
    private static string? CurrencyNamed(string marker, DocumentContext context) => marker.ToLowerInvariant() switch
    {
        "us$" or "u$s" or "dólares" or "dolares" => "USD",
        "€" or "euros" => "EUR",
        "s/" or "s/." or "soles" => "PEN",
        "bolivianos" => "BOB",
        "$" => DollarCurrency(context),
        "pesos" => PesoCurrency(context),
        var code => code.ToUpperInvariant(),
    };
}
