using System.Text.RegularExpressions;
using Extractor.Domain;

namespace Extractor.Extraction.Amounts;

public sealed partial class AmountExtractor
{
    // A currency a header cell names: a sign ("(€)", "US$", "($)", "(S/)", Uruguay's "($U)"), an ISO code ("USD"), a name ("pesos", "dólares", "euros",
    // "soles") or the Mexican abbreviation of millions of pesos or dollars ("Inversión (mdd)"); Chilean accounts' thousands and millions
    // of pesos ("(M$)", "MM$").
    [GeneratedRegex(@"US\$|U\$S|€|(?-i:\bM{1,2}\$)|(?-i:\$U\b)|\$|(?-i:\bS/\.?)|\b(?:USD|EUR|COP|MXN|ARS|CLP|PEN|BRL|GBP|UYU|DOP|BOB)\b|\b(?:pesos|d[oó]lares|euros|soles|bolivianos|m{1,2}d[pd])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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
        foreach (var (firstBlock, rows) in TableRows.Tables(input.Document.Clean))
        {
            var header = rows[0];
            // "Cuadro 3. Recursos externos ejecutados en 2023 por socio (US$)" over "Socio | Ejecutado 2023": the caption says what the
            // figures of a table are in; each column of figures whose header counts nothing else holds sums in it.
            if (firstBlock > 0 && StatedCurrency(input, firstBlock) is var (captionCurrency, captionScale))
                for (var c = 1; c < header.Count; c++)
                {
                    var label = text.AsSpan(header[c].Start, header[c].Length);
                    if (label.Contains('%') || CountingLabel().IsMatch(label)) continue;
                    foreach (var row in rows.Skip(1))
                        if (c < row.Count && row[c].Length > 0 && FigureCell().IsMatch(text.AsSpan(row[c].Start, row[c].Length)))
                            cells[row[c].Start] = (row[c], captionCurrency, captionScale);
                }

            var money = new (string? Currency, decimal Scale)?[header.Count];
            for (var c = 0; c < header.Count; c++)
            {
                var label = text.AsSpan(header[c].Start, header[c].Length);
                // "% s/ total" is a share ("sobre"), not a sum.
                // ("Cuota 2023 (€)" names the year of its sums.)
                if (TableRows.HasFigure(label) || label.Contains('%') || HeaderCurrency().Match(text, header[c].Start, header[c].Length) is not { Success: true } m) continue;
                var currency = CurrencyNamed(m.Value, input.Context);
                var scale = HeaderScale(label, m.Value);
                money[c] = (currency, scale);
                foreach (var row in rows.Skip(1))
                    if (c < row.Count && row[c].Length > 0 && !IsShortTotals(row) && FigureCell().IsMatch(text.AsSpan(row[c].Start, row[c].Length)))
                        cells[row[c].Start] = (row[c], currency, scale);
            }

            // "Total | 639.990,00" under "Entidad | País | Proyecto | Importe (€)", "Total | 83.657 | 19.400.000" under "Cooperante | Tipo |
            // Valor (millones de pesos) | Valor (USD)": a totals row of fewer cells sums the last columns, its figures set right to left.
            foreach (var row in rows.Skip(1))
            {
                if (!IsShortTotals(row)) continue;
                for (var j = 1; j < row.Count; j++)
                    if (money[header.Count - j] is var (totalCurrency, totalScale) && FigureCell().IsMatch(text.AsSpan(row[^j].Start, row[^j].Length)))
                        cells.TryAdd(row[^j].Start, (row[^j], totalCurrency, totalScale));
                    else break;
            }

            bool IsShortTotals(IReadOnlyList<TextSpan> row) =>
                row.Count > 1 && row.Count < header.Count && TotalsLabel.Opens(text.AsSpan(row[0].Start, row[0].Length));

            // "Fondos europeos captados (€) | 2.140.000 | 3.475.000": a row whose label names a currency holds sums in it.
            foreach (var row in rows.Skip(1))
            {
                if (row.Count < 2) continue;
                var label = text.AsSpan(row[0].Start, row[0].Length);
                // ("R6. Inversión privada movilizada (millones de MXN)": an indicator's code is no figure of the label.)
                var code = ItemCode().Match(text, row[0].Start, row[0].Length) is { Success: true } c ? c.Length : 0;
                if (label[code..].IndexOfAnyInRange('0', '9') >= 0 || HeaderCurrency().Match(text, row[0].Start, row[0].Length) is not { Success: true } m) continue;
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
                var scale = HeaderScale(label, m.Value);
                foreach (var cell in row.Skip(1))
                    if (cell.Length > 0 && FigureCell().IsMatch(text.AsSpan(cell.Start, cell.Length)))
                        cells.TryAdd(cell.Start, (cell, currency, scale));
            }
        }

        return cells;
    }

    /// <summary>An item's code opening a row's label: "R6. ", "A1) ", "3. ".</summary>
    [GeneratedRegex(@"\G\p{Lu}?\d{1,2}[.)]\s+")]
    private static partial Regex ItemCode();

    /// <summary>A caption's closing bracket naming a currency: "(US$)", "(en euros)", "(millones de pesos)", "(miles de USD)", "(COP millones)".</summary>
    [GeneratedRegex(@"\((?:en |cifras en |montos en )?(?:(?<scale>miles|millones) de )?(?<currency>[^()]{1,12}?)(?: (?<scale>millones|miles))?\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionBracket();

    /// <summary>A header of a column counting something else than money: "N.º de proyectos", "Cantidad", "Participantes", "Año".</summary>
    [GeneratedRegex(@"\b(?:n\.?\s?[º°o]|n[úu]mero|cantidad|proyectos|personas|participantes|beneficiari\w*|años?|porcentaje|tasa)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountingLabel();

    /// <summary>The currency and scale a table's caption names in its closing bracket; null for a block that is no short caption or names none.</summary>
    private static (string? Currency, decimal Scale)? CaptionCurrency(ExtractionInput input, Block caption)
    {
        if (caption.Kind == BlockKind.TableRow || caption.Span.Length > MaxCaptionLength) return null;
        var m = CaptionBracket().Match(input.Text, caption.Span.Start, caption.Span.Length);
        if (!m.Success) return null;
        var marker = HeaderCurrency().Match(m.Groups["currency"].Value);
        if (!marker.Success || marker.Length != m.Groups["currency"].Value.Trim().Length) return null;
        return (CurrencyNamed(marker.Value, input.Context), ScaleNamed(m.Groups["scale"].Value) * HeaderScale([], marker.Value));
    }

    /// <summary>
    /// The currency and scale the text over a table states for its figures: its caption's closing bracket ("… por socio (US$)"), or
    /// a sentence of the paragraph just over it or over its caption ("Los importes se expresan en euros.", "La Tabla 4 recoge los
    /// créditos … a 31 de diciembre de 2024, en euros.").
    /// </summary>
    private static (string? Currency, decimal Scale)? StatedCurrency(ExtractionInput input, int firstBlock)
    {
        var blocks = input.Document.Clean.Blocks;
        if (CaptionCurrency(input, blocks[firstBlock - 1]) is { } captioned) return captioned;
        // "Tabla 6.4. Ejecución presupuestaria 2024 (miles de euros)" over "Crédito  Obligaciones", the upper line of a header set on
        // two: the caption stands above it.
        if (firstBlock >= 2 && IsHeaderFragment(input.Text.AsSpan(blocks[firstBlock - 1].Span.Start, blocks[firstBlock - 1].Span.Length))
            && CaptionCurrency(input, blocks[firstBlock - 2]) is { } overHeader) return overHeader;
        var above = firstBlock - 1;
        // Over a caption of its own ("Tabla 2. Proyectos europeos en ejecución en 2024"), the paragraph before it.
        if (blocks[above].Kind != BlockKind.TableRow && blocks[above].Span.Length <= MaxCaptionLength && above > 0 && !ProseCurrency().IsMatch(input.Text.AsSpan(blocks[above].Span.Start, blocks[above].Span.Length))) above--;
        var block = blocks[above];
        if (block.Kind == BlockKind.TableRow) return null;
        var m = ProseCurrency().Match(input.Text, block.Span.Start, block.Span.Length);
        if (!m.Success) return null;
        return (CurrencyNamed(m.Groups["currency"].Value, input.Context), ScaleNamed(m.Groups["scale"].Value));
    }

    /// <summary>The upper line of a header set on two lines: a few short words, no figure, no sentence's end ("Crédito  Obligaciones").</summary>
    private static bool IsHeaderFragment(ReadOnlySpan<char> block)
    {
        var text = block.Trim();
        return text.Length is > 0 and <= MaxHeaderFragment && !text.ContainsAny("0123456789.:;") && char.IsUpper(text[0]);
    }

    /// <summary>The longest upper line of a header set on two lines.</summary>
    private const int MaxHeaderFragment = 60;

    /// <summary>The factor a header's figures are scaled by: its "millones" or "miles", or its abbreviation ("mdd", "mmdp"); 1 for none.</summary>
    private static decimal HeaderScale(ReadOnlySpan<char> label, string marker) => marker.ToLowerInvariant() switch
    {
        "mdd" or "mdp" or "mm$" => 1_000_000m,
        "m$" => 1_000m,
        "mmdd" or "mmdp" => 1_000_000_000m,
        _ => label.Contains("millones", StringComparison.OrdinalIgnoreCase) ? 1_000_000m : label.Contains("miles", StringComparison.OrdinalIgnoreCase) ? 1_000m : 1m,
    };

    /// <summary>The factor a caption's "miles de" or "millones de" scales figures by; 1 for none.</summary>
    private static decimal ScaleNamed(string word) => word.ToLowerInvariant() switch { "millones" => 1_000_000m, "miles" => 1_000m, _ => 1m };

    /// <summary>
    /// A sentence saying what a table's figures are in: "Los importes se expresan en euros", "Cifras en miles de dólares.", or a paragraph
    /// closing on ", en euros." ("… a 31 de diciembre de 2024, en euros."); not "Los valores en dólares se liquidaron con la tasa …".
    /// </summary>
    [GeneratedRegex(@"\b(?:importes|cifras|valores|montos|datos|cantidades)\s+(?:(?:(?:se\s+)?expresa(?:n|d[oa]s)|est[áa]n\s+expresad[oa]s|figuran)\s+en\s+(?:(?<scale>miles|millones)\s+de\s+)?(?<currency>euros|d[oó]lares|pesos|soles|USD|EUR)\b|en\s+(?:(?<scale>miles|millones)\s+de\s+)?(?<currency>euros|d[oó]lares|pesos|soles|USD|EUR)\s*[.)])|,\s+en\s+(?:(?<scale>miles|millones)\s+de\s+)?(?<currency>euros|d[oó]lares|pesos|soles|USD|EUR)\s*\.\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProseCurrency();

    /// <summary>The longest block read as a table's caption.</summary>
    private const int MaxCaptionLength = 160;

    /// <summary>The ISO code of a currency a header names; a bare "$" or "pesos" is the issuer's currency when written that way.</summary>
    private static string? CurrencyNamed(string marker, DocumentContext context) => marker.ToLowerInvariant() switch
    {
        "us$" or "u$s" or "dólares" or "dolares" or "mdd" or "mmdd" => "USD",
        "€" or "euros" => "EUR",
        "s/" or "s/." or "soles" => "PEN",
        "$u" => "UYU",
        "bolivianos" => "BOB",
        "$" => DollarCurrency(context),
        // Chile's accounts: "M$" and "MM$" are thousands and millions of Chilean pesos.
        "m$" or "mm$" => "CLP",
        "pesos" or "mdp" or "mmdp" => PesoCurrency(context),
        var code => code.ToUpperInvariant(),
    };
}
