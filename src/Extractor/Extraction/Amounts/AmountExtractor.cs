using System.Text.RegularExpressions;
using Extractor.Domain;
using Extractor.Extraction.Numbers;

namespace Extractor.Extraction.Amounts;

/// <summary>
/// Finds sums of money (ANNOTATION.md kind=amount): a number with a currency marker before it ("$", "US$", "USD",
/// "€", "COP") or after it ("pesos", "dólares", "euros", "EUR", "mdp", "mmdp", "mdd", "M", "MM"), e.g.
/// "$ 34.055.833.247,50", "2 mil 300 millones de pesos", "mil 500 mdp", "USD 2 millones", "€1,5 M".
/// Percentages and counts are not amounts. Under a "Cifras en millones de pesos" caption, a table's sums are scaled; in a
/// table column whose header names a currency ("Inversión estimada (€)"), a figure alone in its cell is a sum in it.
/// </summary>
/// <remarks>
/// Currency: an explicit code or name wins; a bare "$" or "pesos" takes the issuer's currency
/// (<see cref="DocumentContext.DefaultCurrency"/>) when that currency is written that way, else null.
/// Abbreviations "mdp" (millones de pesos), "mmdp" (miles de millones de pesos) and "mdd" (millones de dólares) are
/// those of the Mexican press (e.g. El Financiero, Expansión style); "MM" is the Latin American financial notation for
/// millions.
/// </remarks>
public sealed partial class AmountExtractor : IMentionExtractor
{
    public MentionKind Kind => MentionKind.Amount;

    /// <summary>Currencies written with "$" (ISO 4217).</summary>
    private static readonly HashSet<string> DollarSignCurrencies = ["MXN", "COP", "ARS", "CLP", "UYU", "USD", "DOP", "CUP", "NZD", "CAD", "AUD"];

    /// <summary>Currencies called "pesos".</summary>
    private static readonly HashSet<string> PesoCurrencies = ["MXN", "COP", "ARS", "CLP", "UYU", "DOP", "CUP", "PHP"];

    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["USD"] = "USD", ["EUR"] = "EUR", ["COP"] = "COP", ["MXN"] = "MXN", ["ARS"] = "ARS", ["CLP"] = "CLP", ["PEN"] = "PEN",
        ["BRL"] = "BRL", ["GBP"] = "GBP", ["UYU"] = "UYU", ["CHF"] = "CHF", ["JPY"] = "JPY", ["CAD"] = "CAD", ["DOP"] = "DOP",
        ["BOB"] = "BOB", ["PYG"] = "PYG", ["GTQ"] = "GTQ", ["CRC"] = "CRC", ["USDT"] = "USD", ["HNL"] = "HNL", ["NIO"] = "NIO", ["PAB"] = "PAB",
        ["CLF"] = "CLF", ["VES"] = "VES", ["CUP"] = "CUP", ["CNY"] = "CNY", ["KRW"] = "KRW", ["SEK"] = "SEK", ["NOK"] = "NOK", ["DKK"] = "DKK",
        ["MAD"] = "MAD", ["INR"] = "INR", ["XOF"] = "XOF", ["XAF"] = "XAF",
        // The Chilean unidad de fomento ("UF 3.500") and the Uruguayan unidad indexada ("UI 1.500.000").
        ["UF"] = "CLF", ["UI"] = "UYI", ["UYI"] = "UYI",
    };

    /// <summary>Names of currencies written after a sum ("420.000 bolivianos", "2 millones de colones"), lower case.</summary>
    private static readonly Dictionary<string, string> CurrencyNames = new(StringComparer.Ordinal)
    {
        ["sol"] = "PEN", ["soles"] = "PEN", ["boliviano"] = "BOB", ["bolivianos"] = "BOB", ["quetzal"] = "GTQ", ["quetzales"] = "GTQ",
        ["guaraní"] = "PYG", ["guaraníes"] = "PYG", ["guarani"] = "PYG", ["guaranies"] = "PYG", ["lempira"] = "HNL", ["lempiras"] = "HNL",
        ["colón"] = "CRC", ["colones"] = "CRC", ["córdoba"] = "NIO", ["córdobas"] = "NIO", ["balboa"] = "PAB", ["balboas"] = "PAB",
        ["bolívar"] = "VES", ["bolívares"] = "VES", ["yen"] = "JPY", ["yenes"] = "JPY",
        ["won"] = "KRW", ["wones"] = "KRW", ["yuan"] = "CNY", ["yuanes"] = "CNY", ["dírham"] = "MAD", ["dírhams"] = "MAD", ["dirham"] = "MAD",
        ["dirhams"] = "MAD", ["rupia"] = "INR", ["rupias"] = "INR", ["rublo"] = "RUB", ["rublos"] = "RUB",
    };

    /// <summary>Letters written before "$" that name the currency: "RD$" (Dominican peso), "C$" (córdoba), "MX$", "CA$", "A$", "NZ$".</summary>
    private static readonly Dictionary<string, string> DollarSignPrefixes = new(StringComparer.Ordinal)
    {
        ["RD"] = "DOP", ["C"] = "NIO", ["MX"] = "MXN", ["CA"] = "CAD", ["A"] = "AUD", ["NZ"] = "NZD", ["COL"] = "COP", ["CLP"] = "CLP",
    };

    /// <summary>Currency codes also read in lower case after a number: none of them is a Spanish word.</summary>
    private static readonly HashSet<string> LowerCaseCodes = new(StringComparer.Ordinal) { "usd", "eur", "mxn", "cop", "ars", "clp", "gbp", "brl", "uyu", "chf", "jpy", "dop" };

    private static readonly Dictionary<string, string> Demonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mexicanos"] = "MXN", ["colombianos"] = "COP", ["argentinos"] = "ARS", ["chilenos"] = "CLP", ["uruguayos"] = "UYU",
        ["dominicanos"] = "DOP", ["cubanos"] = "CUP",
    };

    // A caption that scales a table's sums: "Cifras en millones de pesos", "Valores expresados en miles de dólares".
    [GeneratedRegex(@"\b(?:cifras|valores|montos|datos|importes)\s+(?:expresad[oa]s\s+)?en\s+(millones|miles)\s+de\s+(pesos|d[oó]lares|euros)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaleCaption();

    [GeneratedRegex(@"^\s*(?:por(?: cada)?(?: un)?|/)\s*(?:d[oó]lar\b|euro\b|USD\b|EUR\b|US\$)(?!\s*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExchangeRateAfter();

    /// <summary>
    /// Whether an equals sign joins the sum to another figure with a currency right after or right before it ("1 € = 1,09 USD"); not
    /// "Presupuesto total = 250.000 euros".
    /// </summary>
    private static bool Equated(string text, int start, int end)
    {
        var k = end;
        while (k < text.Length && text[k] == ' ') k++;
        if (k < text.Length && text[k] == '=' && CurrencyFigure(text.AsSpan(k + 1, Math.Min(EquatedReach, text.Length - k - 1)))) return true;
        k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 0 && text[k] == '=' && CurrencyFigure(text.AsSpan(Math.Max(0, k - EquatedReach), Math.Min(EquatedReach, k)));
    }

    /// <summary>How far from an equals sign the other side's figure and currency are read.</summary>
    private const int EquatedReach = 16;

    /// <summary>Whether a piece of text holds a figure and a currency's sign or code ("1,09 USD", "1 €").</summary>
    private static bool CurrencyFigure(ReadOnlySpan<char> piece) =>
        piece.IndexOfAnyInRange('0', '9') >= 0 && (piece.IndexOfAny('€', '$', '£') >= 0 || CurrencyCode().IsMatch(piece));

    [GeneratedRegex(@"\b(?:USD|EUR|COP|MXN|ARS|CLP|PEN|BRL|GBP|UYU|DOP|BOB|JPY|CAD|CHF)\b")]
    private static partial Regex CurrencyCode();

    private readonly record struct Marker(int Start, int End, string? Currency, decimal Scale, bool Explicit);

    public IReadOnlyList<Mention> Extract(ExtractionInput input)
    {
        var text = input.Text;
        var scaled = ScaledRegions(input);
        var moneyCells = MoneyCells(input);
        var mentions = new List<Mention>();
        var numbers = SpanishNumberParser.NumbersOf(text);
        for (var ni = 0; ni < numbers.Count; ni++)
        {
            var n = numbers[ni];
            if (n.Span.End < text.Length && text[n.Span.End] == '%') continue;
            var before = Prefix(text, n.Span.Start, input.Context);
            var after = Suffix(text, n.Span.End, input.Context, before is not null);
            if (before is null && after is null)
            {
                // A figure alone in a column whose header names the currency: "Inversión estimada de CIDEU (€)" / "960,00".
                if (moneyCells.TryGetValue(n.Span.Start, out var cell) && cell.Cell == n.Span && n.Value > 0 && !input.IsSkipped(cell.Cell))
                    mentions.Add(new AmountMention(cell.Cell, text[cell.Cell.Start..cell.Cell.End], 0.8, n.Value * cell.Scale, cell.Currency));
                continue;
            }

            // "$ 3.950 por dólar", "S/ 3.74 por dólar", "$ 4.300/EUR": an exchange rate, not a sum.
            if (ExchangeRateAfter().IsMatch(text.AsSpan((after?.End ?? n.Span.End)..Math.Min(text.Length, (after?.End ?? n.Span.End) + 20)))) continue;
            // "1 € = 1,09 USD": both sides of an equation of currencies make an exchange rate.
            if (Equated(text, before?.Start ?? n.Span.Start, after?.End ?? n.Span.End)) continue;

            // "COP 16", "COP-26": the UN Conference of the Parties, not pesos.
            if (before is { Currency: "COP", Explicit: true } && after is null && n.Value < 100 && n.IsInteger && text[before.Value.Start] == 'C') continue;
            var start = before?.Start ?? n.Span.Start;
            var end = after?.End ?? n.Span.End;
            // A prefix symbol fixes the currency; a suffix name is more specific ("$ 500 dólares" is USD, "US$ 5 millones de pesos" is odd).
            var currency = after is { Explicit: true } ? after.Value.Currency : before?.Currency ?? after?.Currency;
            var value = n.Value * (after?.Scale ?? 1m) * (before?.Scale ?? 1m);
            if (after is null or { Scale: 1m } && !n.Abbreviated && n.Form == NumberForm.Digits)
                foreach (var (region, scale) in scaled)
                    if (region.Contains(n.Span.Start))
                    {
                        value *= scale;
                        break;
                    }

            var span = new TextSpan(start, end);
            if (input.IsSkipped(span) || value <= 0 && before is null) continue;

            // "entre 5 y 10 millones de pesos", "de 2 a 3 millones de dólares": a range of money; the annotation has no range value,
            // so each end is an amount, the lower one taking the upper one's scale and currency.
            if (before is null && ni > 0 && RangeLowerEnd(text, numbers[ni - 1], n) is { } low)
            {
                var suffixScale = after?.Scale ?? 1m;
                var lowValue = low.Value * NumberScale(text, n) * suffixScale;
                // ("ayudas de entre 100.000 y 1 millón de euros": a lower end written in full, thousands marked, takes none of the upper one's scale.)
                if (lowValue >= value && low.Value >= 1000m && low.Value * suffixScale < value) lowValue = low.Value * suffixScale;
                if (!input.IsSkipped(low.Span) && lowValue < value)
                    mentions.Add(new AmountMention(low.Span, text[low.Span.Start..low.Span.End], 0.8, lowValue, currency));
            }

            // "entre US$ 3 y 5 millones": the upper end carries the scale, the lower end the currency.
            if (before is not null && after is null && ni + 1 < numbers.Count && RangeLowerEnd(text, n, numbers[ni + 1], before.Value.Start) is not null &&
                NumberScale(text, numbers[ni + 1]) is var upperScale and > 1m && n.Value < upperScale)
            {
                var high = numbers[ni + 1];
                var highSuffix = Suffix(text, high.Span.End, input.Context, true);
                var highEnd = highSuffix?.End ?? high.Span.End;
                value *= upperScale;
                if (!input.IsSkipped(high.Span) && high.Value * (highSuffix?.Scale ?? 1m) > value)
                {
                    mentions.Add(new AmountMention(span, text[start..end], 0.8, value, currency));
                    mentions.Add(new AmountMention(new TextSpan(high.Span.Start, highEnd), text[high.Span.Start..highEnd], 0.8, high.Value * (highSuffix?.Scale ?? 1m), highSuffix is { Explicit: true } ? highSuffix.Value.Currency : currency));
                    ni++;
                    continue;
                }

                value /= upperScale;
            }

            mentions.Add(new AmountMention(span, text[start..end], before is not null && after is not null ? 0.95 : 0.85, value, currency));
        }

        return WithoutAxisTicks(text, mentions);
    }

    /// <summary>The bare lower end of "entre X y", "de X a", "desde X hasta" just before an amount's number, or null.</summary>
    private static ParsedNumber? RangeLowerEnd(string text, ParsedNumber low, ParsedNumber high, int? lowStart = null)
    {
        if (low.Span.End >= high.Span.Start || high.Span.Start - low.Span.End > 8) return null;
        var between = text.AsSpan(low.Span.End, high.Span.Start - low.Span.End).Trim();
        if (!(between is "y" or "a" or "al" or "hasta" or "-" or "–")) return null;
        var k = lowStart ?? low.Span.Start;
        while (k > 0 && text[k - 1] == ' ') k--;
        var w = k;
        while (w > 0 && char.IsLetter(text[w - 1])) w--;
        var opener = text.AsSpan(w, k - w);
        var joins = opener.Equals("entre", StringComparison.OrdinalIgnoreCase) ? between is "y" : opener.Equals("de", StringComparison.OrdinalIgnoreCase) || opener.Equals("desde", StringComparison.OrdinalIgnoreCase) ? between is not "y" : between is "-" or "–";
        return joins && low.Value > 0 ? low : null;
    }

    /// <summary>The multiplier a number's own words carry ("10 millones" → 1,000,000; "3 mil millones" → 1,000,000,000), to scale a range's bare lower end.</summary>
    private static decimal NumberScale(string text, ParsedNumber n)
    {
        var words = text.AsSpan(n.Span.Start, n.Span.Length);
        var scale = 1m;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.StartsWith("mill", StringComparison.OrdinalIgnoreCase)) scale *= 1_000_000m;
            else if (word.StartsWith("bill", StringComparison.OrdinalIgnoreCase)) scale *= 1_000_000_000_000m;
            else if (word.Equals("mil", StringComparison.OrdinalIgnoreCase) && scale == 1m) scale = 1_000m;
        }

        return scale;
    }

    /// <summary>"$", "US$", "U$S", "€", "£", or an ISO code just before the number (at most one space between).</summary>
    private static Marker? Prefix(string text, int numberStart, DocumentContext context)
    {
        var i = numberStart;
        if (i > 0 && text[i - 1] == ' ') i--;
        if (i == 0) return null;
        var c = text[i - 1];
        if (c == '$')
        {
            var s = i - 1;
            if (s >= 2 && text[s - 2] == 'U' && text[s - 1] == 'S') return new Marker(s - 2, numberStart, "USD", 1m, true);
            if (s >= 1 && text[s - 1] == 'R') return new Marker(s - 1, numberStart, "BRL", 1m, true);
            if (s >= 1 && text[s - 1] == '\\') s--; // Markdown-escaped "\$" in converted documents
            if (s >= 1 && text[s - 1] == 'U') return new Marker(s - 1, numberStart, "USD", 1m, true);
            // "USD $ 50 mil", "COP $ 1.000": a code before the sign names the currency.
            var k = s;
            if (k > 0 && text[k - 1] == ' ') k--;
            var cs = k;
            while (cs > 0 && char.IsAsciiLetterUpper(text[cs - 1])) cs--;
            if (cs < k && (cs == 0 || !char.IsLetterOrDigit(text[cs - 1])) && Codes.TryGetValue(text[cs..k], out var signCode))
                return new Marker(cs, numberStart, signCode, 1m, true);
            // "M$ 85.000", "MM$ 120": thousands and millions of pesos, as Chilean accounts write them.
            if (k == s && s >= 1 && text[s - 1] == 'M')
            {
                var millions = s >= 2 && text[s - 2] == 'M';
                var at = millions ? s - 2 : s - 1;
                if (at == 0 || !char.IsLetterOrDigit(text[at - 1])) return new Marker(at, numberStart, "CLP", millions ? 1_000_000m : 1_000m, false);
            }

            // "RD$ 1,5 millones", "C$ 500 mil": letters joined to the sign.
            if (k == s && cs < s && (cs == 0 || !char.IsLetterOrDigit(text[cs - 1])) && DollarSignPrefixes.TryGetValue(text[cs..s], out var prefixed))
                // "C$" is the córdoba in Nicaragua and the Canadian dollar elsewhere.
                return new Marker(cs, numberStart, prefixed == "NIO" && context.Country is not (null or "NI") ? "CAD" : prefixed, 1m, true);
            return new Marker(s, numberStart, DollarCurrency(context), 1m, false);
        }

        // "U$S" (or "u$s") is how Uruguay and Argentina write US dollars; "$us" (or "$US") is how Bolivia does.
        if (c is 'S' or 's' && i >= 3 && text[i - 2] == '$' && text[i - 3] is 'U' or 'u') return new Marker(i - 3, numberStart, "USD", 1m, true);
        if (c is 's' or 'S' && i >= 3 && text[i - 2] is 'u' or 'U' && text[i - 3] == '$' && (i < 4 || !char.IsLetterOrDigit(text[i - 4]))) return new Marker(i - 3, numberStart, "USD", 1m, true);
        // "$U 34 millones": the Uruguayan peso.
        if (c == 'U' && i >= 2 && text[i - 2] == '$' && (i < 3 || !char.IsLetterOrDigit(text[i - 3]))) return new Marker(i - 2, numberStart, "UYU", 1m, true);
        if (c == '€') return new Marker(i - 1, numberStart, "EUR", 1m, true);
        if (c == '£') return new Marker(i - 1, numberStart, "GBP", 1m, true);
        if (c == '₡') return new Marker(i - 1, numberStart, "CRC", 1m, true);
        if (c == '¥') return new Marker(i - 1, numberStart, "JPY", 1m, true);
        if (c == '₩') return new Marker(i - 1, numberStart, "KRW", 1m, true);
        if (c == '₲') return new Marker(i - 1, numberStart, "PYG", 1m, true);
        // "B/. 25,000": the Panamanian balboa.
        // "B/ 20.000" without the stop only before a sum.
        var balboa = c == '.' && i >= 3 && text[i - 2] == '/' && text[i - 3] == 'B' ? i - 3
            : c == '/' && i >= 2 && text[i - 2] == 'B' && LooksLikeASum(text, numberStart, digitsAlone: false) ? i - 2 : -1;
        if (balboa >= 0 && (balboa == 0 || !char.IsLetterOrDigit(text[balboa - 1]))) return new Marker(balboa, numberStart, "PAB", 1m, true);
        // "Gs. 150.000.000": the guaraní.
        var gs = Math.Max(EndsWithWord(text, i, "Gs"), EndsWithWord(text, i, "Gs."));
        if (gs >= 0) return new Marker(gs, numberStart, "PYG", 1m, true);
        // "Q2,350,000.00", "L 850,000", "Q. 1.000.000", "L. 1,2 millones": the quetzal and the lempira, a capital alone (maybe with a
        // stop) before a sum (not "Q3 2024", a quarter).
        var capital = c is 'Q' or 'L' ? i - 1 : c == '.' && i >= 2 && text[i - 2] is 'Q' or 'L' ? i - 2 : -1;
        if (capital >= 0 && (capital == 0 || !char.IsLetterOrDigit(text[capital - 1])) && LooksLikeASum(text, numberStart, digitsAlone: false))
            return new Marker(capital, numberStart, text[capital] == 'Q' ? "GTQ" : "HNL", 1m, true);
        // "S/ 185.000", "S/. 45 millones": the Peruvian sol; "Bs 3.500.000", "Bs. 420.000": the Bolivian boliviano.
        if (c == '/' && i >= 2 && text[i - 2] == 'S' && (i < 3 || !char.IsLetterOrDigit(text[i - 3]))) return new Marker(i - 2, numberStart, "PEN", 1m, true);
        if (c == '.' && i >= 3 && text[i - 2] == '/' && text[i - 3] == 'S' && (i < 4 || !char.IsLetterOrDigit(text[i - 4]))) return new Marker(i - 3, numberStart, "PEN", 1m, true);
        var bs = Math.Max(EndsWithWord(text, i, "Bs"), EndsWithWord(text, i, "Bs."));
        if (bs >= 0) return new Marker(bs, numberStart, "BOB", 1m, true);
        if (char.IsAsciiLetterUpper(c))
        {
            var s = i;
            while (s > 0 && char.IsAsciiLetterUpper(text[s - 1])) s--;
            if (s > 0 && char.IsLetterOrDigit(text[s - 1])) return null;
            // "UF 1 (60 horas)", a training unit: an indexed unit ("UF", "UI") only before a sum.
            if (Codes.TryGetValue(text[s..i], out var code) && i < numberStart && (code is not ("CLF" or "UYI") || LooksLikeASum(text, numberStart))) return new Marker(s, numberStart, code, 1m, true);
        }

        return null;
    }

    /// <summary>Whether the number at <paramref name="start"/> reads as a sum: a thousands separator, three digits or more, or "mil"/"millones" after it.</summary>
    /// <param name="digitsAlone">Whether three digits without a separator are enough ("Aula L 105", "Ley L 200" are not sums).</param>
    private static bool LooksLikeASum(string text, int start, bool digitsAlone = true)
    {
        var k = start;
        var digits = 0;
        var separated = false;
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || (text[k] is '.' or ',' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))))
        {
            if (char.IsAsciiDigit(text[k])) digits++; else separated = true;
            k++;
        }

        if ((digitsAlone && digits >= 3) || (separated && digits >= 2)) return true;
        var (word, _) = WordAt(text, SkipSpaces(text, k));
        return word.StartsWith("mil", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where <paramref name="word"/> starts when the text before <paramref name="end"/> ends with it as a whole word; else -1.</summary>
    private static int EndsWithWord(string text, int end, string word)
    {
        var start = end - word.Length;
        return start >= 0 && string.CompareOrdinal(text, start, word, 0, word.Length) == 0 && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) ? start : -1;
    }

    /// <summary>What follows the number: a scale and/or a currency ("M", "MM", "mdp", "millones de pesos", "dólares", "EUR", "€").</summary>
    private static Marker? Suffix(string text, int numberEnd, DocumentContext context, bool hasPrefix)
    {
        var i = numberEnd;
        while (i < text.Length && i - numberEnd < 2 && text[i] == ' ') i++;
        if (i >= text.Length) return null;
        if (text[i] == '€') return new Marker(numberEnd, i + 1, "EUR", 1m, true);
        var (word, wEnd) = WordAt(text, i);
        if (word.Length == 0) return null;

        decimal scale = 1m;
        var end = numberEnd;
        string? currency = null;
        var explicitCurrency = false;
        switch (word)
        {
            case "M" or "MM" or "mill" or "mill.":
                // "2,3 M€": the euro sign after the scale, as Spain writes millions of euros.
                if (word == "M" && wEnd < text.Length && text[wEnd] == '€') return new Marker(numberEnd, wEnd + 1, "EUR", 1_000_000m, true);
                // "$286,400.00 M.N.": the Mexican "moneda nacional", the peso, no scale.
                if (word == "M" && text.AsSpan(wEnd).StartsWith(".N", StringComparison.Ordinal)) return new Marker(numberEnd, Math.Min(text.Length, wEnd + (text.AsSpan(wEnd).StartsWith(".N.", StringComparison.Ordinal) ? 3 : 2)), "MXN", 1m, true);
                if (!hasPrefix) return null; // "15 M" alone may be anything; "$15 M", "€1,5 M" are money
                // In Chilean usage "M" is miles ("$ 500 M" = 500 mil pesos) and "MM" millones; elsewhere "M" is millones.
                scale = word == "M" && context.Country == "CL" ? 1_000m : 1_000_000m;
                end = wEnd;
                if (wEnd < text.Length && text[wEnd] == '.' && word == "mill") end = wEnd + 1;
                var (w2, w2End) = WordAt(text, SkipSpaces(text, end));
                if (Codes.TryGetValue(w2, out var c2)) { currency = c2; explicitCurrency = true; end = w2End; }
                return new Marker(numberEnd, end, currency, scale, explicitCurrency);
        }

        var lower = word.ToLowerInvariant();
        switch (lower)
        {
            case "mdp": return new Marker(numberEnd, wEnd, PesoCurrency(context), 1_000_000m, false);
            case "mmdp": return new Marker(numberEnd, wEnd, PesoCurrency(context), 1_000_000_000m, false);
            case "mdd": return new Marker(numberEnd, wEnd, "USD", 1_000_000m, true);
            case "mmdd": return new Marker(numberEnd, wEnd, "USD", 1_000_000_000m, true);
        }

        if (Codes.TryGetValue(word, out var code)) return new Marker(numberEnd, wEnd, code, 1m, true);

        // "308,000 USD (6,344,800 mxn)": a report that writes acronyms in lower case writes currency codes so too.
        if (LowerCaseCodes.Contains(word)) return new Marker(numberEnd, wEnd, word.ToUpperInvariant(), 1m, true);

        // "[de] pesos [mexicanos]", "[de] dólares", "[de] euros".
        if (lower == "de")
        {
            (word, wEnd) = WordAt(text, SkipSpaces(text, wEnd));
            lower = word.ToLowerInvariant();
        }

        // "2 millones de colones"; "las dos Córdobas" are cities.
        if (word == lower && CurrencyNames.TryGetValue(lower, out var named)) return new Marker(numberEnd, wEnd, named, 1m, true);
        switch (lower)
        {
            case "peso" or "pesos":
                currency = PesoCurrency(context);
                var (dem, demEnd) = WordAt(text, SkipSpaces(text, wEnd));
                if (Demonyms.TryGetValue(dem, out var dc)) { currency = dc; explicitCurrency = true; wEnd = demEnd; }
                return new Marker(numberEnd, wEnd, currency, 1m, explicitCurrency);
            case "dólar" or "dólares" or "dolar" or "dolares":
                var (us, usEnd) = WordAt(text, SkipSpaces(text, wEnd));
                if (us.Equals("estadounidenses", StringComparison.OrdinalIgnoreCase) || us.Equals("americanos", StringComparison.OrdinalIgnoreCase)) wEnd = usEnd;
                return new Marker(numberEnd, wEnd, "USD", 1m, true);
            case "euro" or "euros":
                return new Marker(numberEnd, wEnd, "EUR", 1m, true);
            case "libra" or "libras":
                var (st, stEnd) = WordAt(text, SkipSpaces(text, wEnd));
                if (st.StartsWith("esterlina", StringComparison.OrdinalIgnoreCase)) wEnd = stEnd;
                // "2,000 libras de frijol": in Central America the pound is the everyday unit of weight; a weight names what it weighs.
                else if (st.Equals("de", StringComparison.OrdinalIgnoreCase) || st.Equals("del", StringComparison.OrdinalIgnoreCase)) return null;
                return new Marker(numberEnd, wEnd, "GBP", 1m, true);
            // "15 millones de francos CFA" (West Africa's, Central Africa's in its six countries), "francos suizos"; a franc alone
            // may be any of them.
            case "franco" or "francos":
                var (of, ofEnd) = WordAt(text, SkipSpaces(text, wEnd));
                if (of == "CFA") return new Marker(numberEnd, ofEnd, context.Country is "CM" or "GA" or "CG" or "TD" or "CF" or "GQ" ? "XAF" : "XOF", 1m, true);
                return of.StartsWith("suiz", StringComparison.OrdinalIgnoreCase) ? new Marker(numberEnd, ofEnd, "CHF", 1m, true) : null;
            case "real" or "reales":
                return hasPrefix || context.DefaultCurrency == "BRL" ? new Marker(numberEnd, wEnd, "BRL", 1m, true) : null;
        }

        return null;
    }

    private static string? DollarCurrency(DocumentContext context) =>
        context.DefaultCurrency is { } c && DollarSignCurrencies.Contains(c) ? c : null;

    private static string? PesoCurrency(DocumentContext context) =>
        context.DefaultCurrency is { } c && PesoCurrencies.Contains(c) ? c : null;

    private static int SkipSpaces(string text, int i)
    {
        var j = i;
        while (j < text.Length && j - i < 2 && text[j] == ' ') j++;
        return j;
    }

    private static (string Word, int End) WordAt(string text, int i)
    {
        var e = i;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        if (e < text.Length && char.IsAsciiDigit(text[e])) return ("", i);
        return (text[i..e], e);
    }

    /// <summary>Text under a "Cifras en millones de pesos" caption: the table rows that follow it, with their scale.</summary>
    private static List<(TextSpan Region, decimal Scale)> ScaledRegions(ExtractionInput input)
    {
        var regions = new List<(TextSpan, decimal)>();
        var text = input.Text;
        var blocks = input.Document.Clean.Blocks;
        foreach (Match m in ScaleCaption().Matches(text))
        {
            var scale = m.Groups[1].Value.StartsWith("mill", StringComparison.OrdinalIgnoreCase) ? 1_000_000m : 1_000m;
            // Caption spans a short block; the region runs over the following short blocks (table rows, cells).
            var end = m.Index + m.Length;
            var b = 0;
            while (b < blocks.Count && blocks[b].Span.End <= m.Index) b++;
            if (b < blocks.Count && blocks[b].Span.Length > 120) continue; // a sentence mentioning the phrase, not a caption
            var regionEnd = end;
            for (b++; b < blocks.Count; b++)
            {
                var block = blocks[b];
                if (block.Kind == BlockKind.Heading || block.Span.Length > 200 || ScaleCaption().IsMatch(text.AsSpan(block.Span.Start, block.Span.Length))) break;
                regionEnd = block.Span.End;
            }

            regions.Add((new TextSpan(end, Math.Max(end, regionEnd)), scale));
        }

        return regions;
    }
}
