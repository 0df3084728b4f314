using System.Globalization;
using System.Runtime.CompilerServices;
using Extractor.Domain;

namespace Extractor.Extraction.Numbers;

/// <summary>
/// Reads Spanish and Latin American numbers in digits, words or both: "34.055.833.247,50", "31,354", "1,5", "+2.4K",
/// "mil 515", "2 mil 300 millones", "38 millones 550 mil", "dos mil trescientos", "un millón y medio", "ocho".
/// </summary>
/// <remarks>
/// A hand-written scanner (no regex), linear in the text. It never throws on any input: what it cannot read is not a
/// number. Word grammar follows the RAE's Nueva gramática (§21, numerales cardinales): units, "-i-" compounds up to
/// 29, tens joined to units by "y", hundreds, then the multipliers "mil", "millón", "millardo" and "billón" (10^12,
/// the long scale Spanish uses). A lone separator followed by exactly three digits is ambiguous ("31,354" in Mexico,
/// "2.470" in Colombia are thousands; "1,500" in a Spanish text that writes "1.234,5" is one and a half): the
/// document's <see cref="DecimalSeparatorHabit"/> decides, and without evidence it is read as a thousands separator,
/// which is what counts and sums in reports almost always are.
/// </remarks>
public sealed class SpanishNumberParser
{
    private const int MaxDigits = 20;
    private static readonly ConditionalWeakTable<string, SpanishNumberParser> PerText = new();
    private static readonly ConditionalWeakTable<string, IReadOnlyList<ParsedNumber>> NumbersPerText = new();

    private enum WordKind { Unit, Ten, Hundred, Article, Multiplier }

    private readonly record struct Word(WordKind Kind, decimal Value);

    private static readonly Dictionary<string, Word> Lexicon = BuildLexicon();
    private static readonly Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> LexiconLookup = Lexicon.GetAlternateLookup<ReadOnlySpan<char>>();

    public SpanishNumberParser(DecimalSeparatorHabit habit = DecimalSeparatorHabit.Unknown, bool spaceGroups = false) => (Habit, SpaceGroups) = (habit, spaceGroups);

    /// <summary>A parser that assumes nothing about the decimal separator.</summary>
    public static SpanishNumberParser Default { get; } = new();

    public DecimalSeparatorHabit Habit { get; }

    /// <summary>Whether the text groups thousands with spaces ("S/ 1 250 000", "14 100 000"): see <see cref="DetectSpaceGroups"/>.</summary>
    public bool SpaceGroups { get; }

    /// <summary>The least number of unambiguous space-grouped figures that show a text's habit.</summary>
    private const int MinSpaceGroupEvidence = 2;

    /// <summary>
    /// Whether the text groups thousands with spaces: at least two figures that can only be read so, with two or more groups of three
    /// after the first ("1 250 000", "14 100 000"; a year and a count, "2023 150", have one group and a first group of four).
    /// </summary>
    public static bool DetectSpaceGroups(string text)
    {
        var found = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '.' or ','))) continue;
            var k = i;
            while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
            if (k - i > 3) { i = k; continue; }
            var groups = 0;
            while (k < text.Length && IsGroupSpace(text[k]) && ThreeDigitsAt(text, k + 1))
            {
                groups++;
                k += 4;
            }

            // After a currency's sign ("S/ 1 250 000", "US$ 270 000") one such figure is evidence enough.
            if (groups >= 2 && (found += AfterCurrencySign(text, i) ? MinSpaceGroupEvidence : 1) >= MinSpaceGroupEvidence) return true;
            i = k;
        }

        return false;
    }

    /// <summary>A parser with the habit of this text's numbers; cached per text instance.</summary>
    public static SpanishNumberParser ForDocument(string text) => PerText.GetValue(text, t => new SpanishNumberParser(DetectHabit(t), DetectSpaceGroups(t)));

    /// <summary>
    /// Judges the decimal separator from numbers that can only be read one way: repeated groups ("1.234.567",
    /// "1,234,567") and both separators together ("1.234,5", "1,234.5"). Needs a clear majority.
    /// </summary>
    public static DecimalSeparatorHabit DetectHabit(string text)
    {
        int comma = 0, point = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i])) { i++; continue; }
            var dots = 0;
            var commas = 0;
            char? last = null;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                if (text[i] == '.') { dots++; last = '.'; }
                else if (text[i] == ',') { commas++; last = ','; }
                i++;
            }

            if (dots > 0 && commas > 0)
            {
                if (last == ',' && commas == 1) comma++;
                else if (last == '.' && dots == 1) point++;
            }
            else if (dots >= 2) comma++;
            else if (commas >= 2) point++;
        }

        if (comma > 2 * point && comma > 0) return DecimalSeparatorHabit.Comma;
        if (point > 2 * comma && point > 0) return DecimalSeparatorHabit.Point;
        return DecimalSeparatorHabit.Unknown;
    }

    /// <summary>
    /// Every number in a document's text, read with the document's habit; computed once per text instance, so that
    /// the amount and participant extractors share one scan.
    /// </summary>
    public static IReadOnlyList<ParsedNumber> NumbersOf(string text) => NumbersPerText.GetValue(text, t => ForDocument(t).FindAll(t));

    /// <summary>Every number in the text, left to right, not overlapping.</summary>
    public IReadOnlyList<ParsedNumber> FindAll(string text) => FindAll(text, 0, text.Length);

    /// <summary>
    /// "Q2,350,000.00": a sum in quetzales written with the sign joined to it, the one letter a number may follow directly; only a
    /// figure with a thousands separator (so "Q3 2024", a quarter, is not read).
    /// </summary>
    private static bool IsAfterQuetzalSign(string text, int i)
    {
        if (text[i - 1] != 'Q' || (i >= 2 && char.IsLetterOrDigit(text[i - 2])) || !char.IsAsciiDigit(text[i])) return false;
        var k = i;
        while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
        return k - i <= 3 && k + 3 < text.Length && text[k] is ',' or '.' && char.IsAsciiDigit(text[k + 1]) && char.IsAsciiDigit(text[k + 2]) && char.IsAsciiDigit(text[k + 3]);
    }

    /// <summary>Every number starting within [start, end), left to right, not overlapping.</summary>
    public IReadOnlyList<ParsedNumber> FindAll(string text, int start, int end)
    {
        var found = new List<ParsedNumber>();
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var atBoundary = i == 0 || !char.IsLetterOrDigit(text[i - 1]) || IsAfterQuetzalSign(text, i);
            if (atBoundary && (char.IsAsciiDigit(c) || char.IsLetter(c)))
            {
                if (ParseAt(text, i) is { } n)
                {
                    found.Add(n);
                    i = n.Span.End;
                    continue;
                }

                // "Q2,350,000.00": the figure after the sign is read next.
                if (i + 1 < end && IsAfterQuetzalSign(text, i + 1)) { i++; continue; }

                // Skip the rest of the token so that "gsef2021" or "abc" are not read from inside.
                while (i < end && char.IsLetterOrDigit(text[i])) i++;
                continue;
            }

            i++;
        }

        return found;
    }

    /// <summary>Reads the whole text as one number ("2 mil 300 millones" → 2300000000); false when it is not exactly one number.</summary>
    public bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        if (trimmed.StartsWith('+')) trimmed = trimmed[1..]; // "+2.4K": the sign is a qualifier ("more than"), not part of the value
        if (ParseAt(trimmed, 0) is not { } n || n.Span.End != trimmed.Length) return false;
        value = n.Value;
        return true;
    }

    /// <summary>The number phrase starting exactly at <paramref name="start"/>, or null.</summary>
    public ParsedNumber? ParseAt(string text, int start)
    {
        if (start < 0 || start >= text.Length) return null;
        decimal total = 0, current = 0;
        var lastMultiplier = decimal.MaxValue; // multipliers must decrease: "38 millones 550 mil"
        var smallOrder = 0;                    // 0 = may take any small part; else the magnitude of the last small part
        bool any = false, digits = false, words = false, onlyArticle = false, abbreviated = false;
        var end = start;
        var i = start;
        var tokenCount = 0;

        while (i < text.Length)
        {
            if (tokenCount > 0)
            {
                // Tokens are separated by one run of horizontal spaces.
                var j = i;
                while (j < text.Length && (text[j] == ' ' || text[j] == '\u00A0' || text[j] == '\u202F')) j++;
                if (j == i || j - i > 3 || j >= text.Length) break;
                i = j;
            }

            if (char.IsAsciiDigit(text[i]))
            {
                if (smallOrder != 0 || abbreviated) break;
                if (tokenCount > 0 && !(lastMultiplier < decimal.MaxValue && current == 0 || lastMultiplier == 1000m)) break;
                if (ReadDigits(text, i) is not { } d) break;
                if (lastMultiplier < decimal.MaxValue && d.Value >= lastMultiplier) break;
                current += d.Value;
                any = digits = true;
                onlyArticle = false;
                smallOrder = 1;
                abbreviated = d.Abbreviated;
                i = end = d.End;
                tokenCount++;
                if (abbreviated) break;
                continue;
            }

            if (!char.IsLetter(text[i])) break;
            var wEnd = i;
            while (wEnd < text.Length && char.IsLetter(text[wEnd])) wEnd++;
            if (wEnd < text.Length && char.IsAsciiDigit(text[wEnd])) break;
            var word = text.AsSpan(i, wEnd - i);

            if (tokenCount > 0 && word.Length == 1 && (word[0] == 'y' || word[0] == 'Y'))
            {
                // "treinta y dos", "un millón y medio"; a "y" between two complete numbers is a list ("18 y 22").
                if (ReadAfterY(text, wEnd, smallOrder, lastMultiplier) is not { } tail) break;
                if (tail.Half)
                {
                    if (lastMultiplier >= 1_000_000m && lastMultiplier < decimal.MaxValue && current == 0) total += lastMultiplier / 2;
                    else if (lastMultiplier == 1000m) current += 500;
                    else break;
                    smallOrder = 1;
                }
                else
                {
                    current += tail.Value;
                    smallOrder = 1;
                }

                i = end = tail.End;
                tokenCount++;
                continue;
            }

            // "medio millón de euros": half of the multiplier that must follow it ("medio ambiente" is no number).
            if (tokenCount == 0 && (word.Equals("medio", StringComparison.OrdinalIgnoreCase) || word.Equals("media", StringComparison.OrdinalIgnoreCase)))
            {
                current = 0.5m;
                onlyArticle = true;
                smallOrder = 1;
                any = words = true;
                i = end = wEnd;
                tokenCount++;
                continue;
            }

            // "$ 31,1 miles de millones", "2,5 miles de millones de pesos": thousands of millions, after a quantity; "1.240 miles de euros":
            // thousands, after a quantity in figures.
            if (tokenCount > 0 && current > 0 && lastMultiplier == decimal.MaxValue && word.Equals("miles", StringComparison.OrdinalIgnoreCase)
                && MilesAfter(text, wEnd, digits) is var (multiplier, milesEnd))
            {
                total += current * multiplier;
                current = 0;
                lastMultiplier = multiplier;
                smallOrder = 0;
                onlyArticle = false;
                words = true;
                i = end = milesEnd;
                tokenCount++;
                continue;
            }

            if (!TryWord(word, out var w)) break;
            switch (w.Kind)
            {
                case WordKind.Article:
                    if (tokenCount > 0) goto stop;
                    current = 1;
                    onlyArticle = true;
                    smallOrder = 1;
                    break;
                case WordKind.Unit:
                    if (smallOrder is 1 or 10) goto stop; // "veinte cinco" is not Spanish; "treinta y cinco" is
                    if (lastMultiplier < decimal.MaxValue && w.Value >= lastMultiplier) goto stop;
                    current += w.Value;
                    smallOrder = 1;
                    break;
                case WordKind.Ten:
                    if (smallOrder is 1 or 10) goto stop;
                    current += w.Value;
                    smallOrder = 10;
                    break;
                case WordKind.Hundred:
                    if (smallOrder != 0) goto stop;
                    current += w.Value;
                    smallOrder = 100;
                    break;
                case WordKind.Multiplier:
                    // Only "mil" stands alone; "millones" or "millón" need a quantity ("un millón", "dos millones").
                    if (w.Value > 1000m && current == 0 && total == 0) goto stop;
                    if (w.Value >= lastMultiplier && !(w.Value >= 1_000_000m && lastMultiplier == 1000m)) goto stop;
                    if (w.Value == 1000m)
                    {
                        if (current >= 1000m) goto stop;
                        current = (current == 0 ? 1 : current) * 1000m;
                    }
                    else
                    {
                        // "mil millones" multiplies the thousands just read; "2 mil 300 millones" too.
                        total += (current == 0 ? 1 : current) * w.Value;
                        current = 0;
                    }

                    lastMultiplier = w.Value;
                    smallOrder = 0;
                    onlyArticle = false;
                    break;
            }

            any = true;
            words = true;
            i = end = wEnd;
            tokenCount++;
        }

        stop:
        if (!any || onlyArticle) return null;
        // A phrase that ended on a lone article ("mil un") is not well formed; keep what came before it.
        var value = total + current;
        if (value > 1e18m) return null;
        var form = digits && words ? NumberForm.Mixed : digits ? NumberForm.Digits : NumberForm.Words;
        return new ParsedNumber(value, new TextSpan(start, end), form, abbreviated);
    }

    /// <summary>
    /// What "miles" after a quantity multiplies it by, and where it ends: "miles de millones" (thousands of millions), or, after figures, "miles
    /// de" a noun ("1.240 miles de euros"); null for neither.
    /// </summary>
    private static (decimal Multiplier, int End)? MilesAfter(string text, int afterMiles, bool afterFigures) =>
        ThousandsOfMillionsEnd(text, afterMiles) is { } billionsEnd ? (1_000_000_000m, billionsEnd)
        : afterFigures && string.Compare(text, afterMiles, " de ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0 ? (1_000m, afterMiles) : null;

    /// <summary>Where " de millones" ends right after "miles" (at <paramref name="afterMiles"/>); null when it does not follow.</summary>
    private static int? ThousandsOfMillionsEnd(string text, int afterMiles)
    {
        const string tail = " de millones";
        return string.Compare(text, afterMiles, tail, 0, tail.Length, StringComparison.OrdinalIgnoreCase) == 0
               && (afterMiles + tail.Length == text.Length || !char.IsLetter(text[afterMiles + tail.Length])) ? afterMiles + tail.Length : null;
    }

    private readonly record struct DigitsRead(decimal Value, int End, bool Abbreviated);

    private readonly record struct YTail(decimal Value, int End, bool Half);

    private static YTail? ReadAfterY(string text, int afterY, int smallOrder, decimal lastMultiplier)
    {
        var j = afterY;
        while (j < text.Length && text[j] == ' ') j++;
        if (j == afterY) return null;
        var e = j;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        if (e == j) return null;
        var next = text.AsSpan(j, e - j);
        if (next.Equals("medio", StringComparison.OrdinalIgnoreCase) || next.Equals("media", StringComparison.OrdinalIgnoreCase))
            return smallOrder == 0 && lastMultiplier < decimal.MaxValue ? new YTail(0, e, true) : null;
        if (smallOrder == 10 && TryWord(next, out var w) && w.Kind is WordKind.Unit or WordKind.Article && w.Value < 10)
            return new YTail(w.Value, e, false);
        return null;
    }

    /// <summary>Reads a run of digits with separators and an optional "K" suffix; null when the run is malformed.</summary>
    private DigitsRead? ReadDigits(string text, int start)
    {
        var i = start;
        Span<int> sepAt = stackalloc int[8];
        Span<char> sepChar = stackalloc char[8];
        var seps = 0;
        var group = 0;     // digits since the start or the last space between groups
        var spaced = false;
        var millions = false;
        var groupsStart = start; // where the groups a separator splits begin: after a millions' apostrophe
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c)) { i++; group++; continue; }
            // "S/ 1 250 000", "US$ 270 000": in a text that groups thousands with spaces, a space before exactly three digits.
            if (SpaceGroups && seps == 0 && IsGroupSpace(c) && (spaced ? group == 3 : group is >= 1 and <= 3) && ThreeDigitsAt(text, i + 1))
            {
                spaced = true;
                group = 0;
                i++;
                continue;
            }
            // "S/ 1'680,000", "$ 2'350.000": an apostrophe after the millions, as Peru and Colombia write them, before a group of
            // three digits that a thousands separator follows.
            if (c is '\'' or '’' && !millions && !spaced && seps == 0 && group is >= 1 and <= 3 && ThreeDigitsAt(text, i + 1)
                && i + 5 < text.Length && text[i + 4] is '.' or ',' && ThreeDigitsAt(text, i + 5))
            {
                millions = true;
                group = 0;
                groupsStart = ++i;
                continue;
            }
            if ((c == '.' || c == ',') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > start)
            {
                if (seps == sepAt.Length) return null;
                sepAt[seps] = i;
                sepChar[seps] = c;
                seps++;
                i++;
                continue;
            }

            break;
        }

        var end = i;
        if (end - start - seps > MaxDigits) return null;
        var abbreviated = false;
        var suffixEnd = end;
        if (end < text.Length && (text[end] == 'K' || text[end] == 'k') && (end + 1 >= text.Length || !char.IsLetterOrDigit(text[end + 1])))
        {
            abbreviated = true;
            suffixEnd = end + 1;
        }
        // "1a", "2Presentación", "15a" are no numbers; "2,3M€" is (millions of euros written close up).
        else if (end < text.Length && char.IsLetter(text[end]) && !(text[end] == 'M' && end + 1 < text.Length && text[end + 1] == '€')) return null;
        else if (end < text.Length && text[end] is 'º' or '°' or 'ª') return null; // ordinals

        var s = text.AsSpan(start, end - start);
        decimal value;
        if (seps == 0 && !spaced)
        {
            if (!decimal.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value)) return null;
        }
        else
        {
            // After a millions' apostrophe a lone separator groups thousands.
            var decimalAt = seps == 0 || (millions && seps == 1) ? -1 : DecimalSeparatorIndex(text, groupsStart, end, sepAt[..seps], sepChar[..seps], abbreviated);
            if (decimalAt == -2) return null;
            Span<char> buffer = stackalloc char[end - start];
            var n = 0;
            for (var k = start; k < end; k++)
            {
                var c = text[k];
                if (char.IsAsciiDigit(c)) buffer[n++] = c;
                else if (k == decimalAt) buffer[n++] = '.';
            }

            if (!decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return null;
        }

        if (abbreviated) value *= 1000m;
        return new DigitsRead(value, suffixEnd, abbreviated);
    }

    /// <summary>Whether a currency's sign stands right before the figure at <paramref name="i"/>, maybe after a space ("S/ 1", "$1", "€ 3").</summary>
    private static bool AfterCurrencySign(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && IsGroupSpace(text[k])) k--;
        return k >= 0 && text[k] is '$' or '€' or '£' or '₲' || (k >= 1 && text[k] == '/' && text[k - 1] == 'S');
    }

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    /// <summary>Exactly three digits at <paramref name="i"/>, not followed by another digit.</summary>
    private static bool ThreeDigitsAt(string text, int i) =>
        i + 3 <= text.Length && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));

    /// <summary>The offset of the decimal separator, -1 when there is none, -2 when the separators are malformed.</summary>
    private int DecimalSeparatorIndex(string text, int start, int end, ReadOnlySpan<int> at, ReadOnlySpan<char> ch, bool abbreviated)
    {
        var firstGroup = at[0] - start;
        var lastChar = ch[^1];
        var mixed = false;
        for (var k = 0; k < ch.Length - 1; k++)
            if (ch[k] != lastChar) mixed = true;

        if (mixed)
        {
            // "34.055.833.247,50": every separator before the last is the other one, in groups of three.
            for (var k = 0; k < ch.Length - 1; k++)
                if (ch[k] == lastChar) return -2;
            return GroupsOfThree(at[..^1], at[^1], firstGroup) ? at[^1] : -2;
        }

        if (ch.Length >= 2)
            return GroupsOfThree(at, end, firstGroup) ? -1 : -2;

        // One lone separator.
        var after = end - at[0] - 1;
        if (abbreviated || after != 3 || firstGroup > 3 || text[start] == '0') return at[0];
        return (Habit, lastChar) switch
        {
            (DecimalSeparatorHabit.Comma, ',') => at[0],
            (DecimalSeparatorHabit.Point, '.') => at[0],
            _ => -1,
        };
    }

    private static bool GroupsOfThree(ReadOnlySpan<int> at, int end, int firstGroup)
    {
        if (firstGroup is < 1 or > 3) return false;
        for (var k = 0; k < at.Length; k++)
        {
            var next = k + 1 < at.Length ? at[k + 1] : end;
            if (next - at[k] - 1 != 3) return false;
        }

        return true;
    }

    private static bool TryWord(ReadOnlySpan<char> word, out Word w)
    {
        w = default;
        if (word.Length is < 2 or > 16) return false;
        return LexiconLookup.TryGetValue(word, out w);
    }

    /// <summary>Whether a word is a Spanish cardinal number word or multiplier ("ocho", "mil", "millones").</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> word) => TryWord(word, out var w) && w.Kind != WordKind.Article;

    private static Dictionary<string, Word> BuildLexicon()
    {
        var d = new Dictionary<string, Word>(StringComparer.OrdinalIgnoreCase);
        void Add(WordKind kind, decimal value, params string[] forms)
        {
            foreach (var f in forms) d[f] = new Word(kind, value);
        }

        Add(WordKind.Article, 1, "un", "uno", "una");
        Add(WordKind.Unit, 2, "dos");
        Add(WordKind.Unit, 3, "tres");
        Add(WordKind.Unit, 4, "cuatro");
        Add(WordKind.Unit, 5, "cinco");
        Add(WordKind.Unit, 6, "seis");
        Add(WordKind.Unit, 7, "siete");
        Add(WordKind.Unit, 8, "ocho");
        Add(WordKind.Unit, 9, "nueve");
        Add(WordKind.Unit, 10, "diez");
        Add(WordKind.Unit, 11, "once");
        Add(WordKind.Unit, 12, "doce");
        Add(WordKind.Unit, 13, "trece");
        Add(WordKind.Unit, 14, "catorce");
        Add(WordKind.Unit, 15, "quince");
        Add(WordKind.Unit, 16, "dieciséis", "dieciseis");
        Add(WordKind.Unit, 17, "diecisiete");
        Add(WordKind.Unit, 18, "dieciocho");
        Add(WordKind.Unit, 19, "diecinueve");
        Add(WordKind.Unit, 21, "veintiuno", "veintiún", "veintiun", "veintiuna");
        Add(WordKind.Unit, 22, "veintidós", "veintidos");
        Add(WordKind.Unit, 23, "veintitrés", "veintitres");
        Add(WordKind.Unit, 24, "veinticuatro");
        Add(WordKind.Unit, 25, "veinticinco");
        Add(WordKind.Unit, 26, "veintiséis", "veintiseis");
        Add(WordKind.Unit, 27, "veintisiete");
        Add(WordKind.Unit, 28, "veintiocho");
        Add(WordKind.Unit, 29, "veintinueve");
        Add(WordKind.Unit, 20, "veinte");
        Add(WordKind.Ten, 30, "treinta");
        Add(WordKind.Ten, 40, "cuarenta");
        Add(WordKind.Ten, 50, "cincuenta");
        Add(WordKind.Ten, 60, "sesenta");
        Add(WordKind.Ten, 70, "setenta");
        Add(WordKind.Ten, 80, "ochenta");
        Add(WordKind.Ten, 90, "noventa");
        Add(WordKind.Hundred, 100, "cien", "ciento");
        Add(WordKind.Hundred, 200, "doscientos", "doscientas");
        Add(WordKind.Hundred, 300, "trescientos", "trescientas");
        Add(WordKind.Hundred, 400, "cuatrocientos", "cuatrocientas");
        Add(WordKind.Hundred, 500, "quinientos", "quinientas");
        Add(WordKind.Hundred, 600, "seiscientos", "seiscientas");
        Add(WordKind.Hundred, 700, "setecientos", "setecientas");
        Add(WordKind.Hundred, 800, "ochocientos", "ochocientas");
        Add(WordKind.Hundred, 900, "novecientos", "novecientas");
        Add(WordKind.Multiplier, 1000m, "mil");
        Add(WordKind.Multiplier, 1_000_000m, "millón", "millon", "millones");
        Add(WordKind.Multiplier, 1_000_000_000m, "millardo", "millardos");
        Add(WordKind.Multiplier, 1_000_000_000_000m, "billón", "billon", "billones");
        return d;
    }
}
