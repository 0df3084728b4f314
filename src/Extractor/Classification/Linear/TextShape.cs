namespace Extractor.Classification.Linear;

/// <summary>What <see cref="TextShape"/> counts: characters, lines of each kind and words of each kind.</summary>
public enum ShapeCount
{
    /// <summary>Characters, line breaks included.</summary>
    Chars,
    /// <summary>Characters other than white space.</summary>
    Visible,
    Digits,
    Letters,
    UpperLetters,
    /// <summary>Lines that are not blank.</summary>
    Lines,
    /// <summary>Characters of the lines, each trimmed.</summary>
    LineChars,
    /// <summary>Lines opening with a bullet, a dash, "1.", "2.3)" or "a)" and a space.</summary>
    ListLines,
    /// <summary>Lines with a tab or three numbers or more.</summary>
    TableLines,
    /// <summary>Numbers (see <see cref="LayoutFeatures.CountNumbers"/>) in all lines.</summary>
    Numbers,
    /// <summary>Lines with a dotted leader ("....", ". . . .", "……") or ending in a number of 1–3 digits after white space.</summary>
    LeaderLines,
    /// <summary>Lines shorter than 40 characters, trimmed.</summary>
    ShortLines,
    /// <summary>Lines longer than 100 characters, trimmed: running prose.</summary>
    LongLines,
    /// <summary>Lines with a letter that end in a 1–4-digit number after a space, tab, dot or ellipsis: a page reference.</summary>
    PageNumberLines,
    /// <summary>Lines opening with "Artículo 5", "ARTICULO 12º" or "Art. 3": the articles of a legal text.</summary>
    ArticleLines,
    /// <summary>Lines opening with "Capítulo", "Título", "Sección", "Parte" or "Anexo": divisions of a document.</summary>
    DivisionLines,
    /// <summary>Lines of three letters or more, all capitals: headings, names in org charts, table headers.</summary>
    CapitalLines,
    /// <summary>Lines ending in a full stop (not a leader): sentences rather than labels.</summary>
    SentenceLines,
    PercentLines,
    /// <summary>Lines with a currency sign ($, €, £) or the code USD or EUR.</summary>
    MoneyLines,
    /// <summary>Lines with a reference code: a token of letters and three digits or more joined by '-' or '/' ("BOE-A-2024-7293", "AUC/319/2024").</summary>
    CodeLines,
    /// <summary>Lines with a question mark ('?' or '¿').</summary>
    QuestionLines,
    /// <summary>Lines made only of numbers, separators and spaces: chart values.</summary>
    NumberOnlyLines,
    /// <summary>Runs of exactly four digits starting 19 or 20: years.</summary>
    Years,
    /// <summary>Words: runs of letters.</summary>
    Words,
    /// <summary>Full stops, question and exclamation marks that close a word and are followed by a space or the line's end.</summary>
    Sentences,
    /// <summary>Words of four letters or more ending in "ó", "aron" or "ieron": the Spanish preterite that narrates events ("participó", "firmaron").</summary>
    PastTenseWords,
    /// <summary>Capitalised words inside a sentence, in lines not set in capitals: names of people, places and organisations.</summary>
    CapitalisedWords,
    /// <summary>Words of 2–6 capitals in lines not set in capitals ("AECID", "ONU").</summary>
    Acronyms,
    /// <summary>Words of the folded text, the denominator of the cue densities.</summary>
    FoldedWords,
}

/// <summary>
/// Additive counts of a text's shape — characters, lines and words by kind, and hits of each <see cref="CueWords"/>
/// family — from which <see cref="LayoutFeatures"/> derives its ratios. Counts add up, so a section unit's shape is the sum
/// of its sections' and a document's the sum of all its sections': each section is read once, in one pass over its lines
/// and one over its folded words, however many units and documents use it.
/// </summary>
public sealed class TextShape
{
    private static readonly int CountKinds = Enum.GetValues<ShapeCount>().Length;
    private readonly int[] _counts = new int[CountKinds];
    private readonly int[] _cueHits = new int[CueWords.Families.Count];

    /// <summary>One of the counts.</summary>
    public int this[ShapeCount count] => _counts[(int)count];

    /// <summary>Words of each cue family, in <see cref="CueWords.Families"/> order.</summary>
    public ReadOnlySpan<int> CueHits => _cueHits;

    /// <summary>The shape of one text.</summary>
    public static TextShape Of(string text)
    {
        var shape = new TextShape();
        var c = shape._counts;
        c[(int)ShapeCount.Chars] = text.Length;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).TrimEnd();
            start = end + 1;
            if (!line.IsWhiteSpace()) shape.AddLine(line);
        }

        c[(int)ShapeCount.FoldedWords] = CueWords.Count(TextFolding.Fold(text), shape._cueHits);
        return shape;
    }

    /// <summary>The sum of several shapes (an empty shape when there are none).</summary>
    public static TextShape Sum(IEnumerable<TextShape> shapes)
    {
        var sum = new TextShape();
        foreach (var s in shapes)
        {
            for (var i = 0; i < sum._counts.Length; i++) sum._counts[i] += s._counts[i];
            for (var i = 0; i < sum._cueHits.Length; i++) sum._cueHits[i] += s._cueHits[i];
        }

        return sum;
    }

    /// <param name="line">A line that is not blank, without trailing white space.</param>
    private void AddLine(ReadOnlySpan<char> line)
    {
        var c = _counts;
        var trimmed = line.TrimStart();
        c[(int)ShapeCount.Lines]++;
        c[(int)ShapeCount.LineChars] += trimmed.Length;
        if (trimmed.Length < 40) c[(int)ShapeCount.ShortLines]++;
        if (trimmed.Length > 100) c[(int)ShapeCount.LongLines]++;

        int letters = 0, upper = 0, digits = 0, visible = 0;
        bool tab = false, percent = false, money = false, question = false, numberOnly = true;
        foreach (var ch in line)
        {
            if (ch == '\t') tab = true;
            if (char.IsWhiteSpace(ch)) continue;
            visible++;
            if (char.IsDigit(ch)) digits++;
            else if (char.IsLetter(ch))
            {
                letters++;
                if (char.IsUpper(ch)) upper++;
            }

            if (ch == '%') percent = true;
            else if (ch is '$' or '€' or '£') money = true;
            else if (ch is '?' or '¿') question = true;
            if (!char.IsDigit(ch) && ch is not ('.' or ',' or '%' or '-' or '+')) numberOnly = false;
        }

        c[(int)ShapeCount.Visible] += visible;
        c[(int)ShapeCount.Digits] += digits;
        c[(int)ShapeCount.Letters] += letters;
        c[(int)ShapeCount.UpperLetters] += upper;
        var numbers = LayoutFeatures.CountNumbers(line);
        c[(int)ShapeCount.Numbers] += numbers;
        if (tab || numbers >= 3) c[(int)ShapeCount.TableLines]++;
        if (IsListLine(line)) c[(int)ShapeCount.ListLines]++;
        if (IsLeaderLine(line)) c[(int)ShapeCount.LeaderLines]++;
        if (letters > 0 && EndsInPageNumber(line)) c[(int)ShapeCount.PageNumberLines]++;
        var capitals = letters >= 3 && upper == letters;
        if (capitals) c[(int)ShapeCount.CapitalLines]++;
        if (line[^1] == '.' && (line.Length == 1 || line[^2] != '.')) c[(int)ShapeCount.SentenceLines]++;
        if (percent) c[(int)ShapeCount.PercentLines]++;
        if (question) c[(int)ShapeCount.QuestionLines]++;
        if (numberOnly && digits > 0) c[(int)ShapeCount.NumberOnlyLines]++;
        var afterFirst = 0;
        while (afterFirst < trimmed.Length && char.IsLetter(trimmed[afterFirst])) afterFirst++;
        var first = trimmed[..afterFirst];
        if (IsWord(first, "articulo") || (IsWord(first, "art") && StartsWithNumber(trimmed[afterFirst..]))) c[(int)ShapeCount.ArticleLines]++;
        if (IsWord(first, "capitulo") || IsWord(first, "titulo") || IsWord(first, "seccion") || IsWord(first, "parte") || IsWord(first, "anexo"))
            c[(int)ShapeCount.DivisionLines]++;
        if (AddWordsAndTokens(line, capitals) || money) c[(int)ShapeCount.MoneyLines]++;
    }

    /// <summary>Counts the line's words, sentences, years and code tokens; true when it names a currency by code (USD, EUR).</summary>
    private bool AddWordsAndTokens(ReadOnlySpan<char> line, bool capitals)
    {
        var c = _counts;
        var currency = false;
        var code = false;
        var sentenceStart = true;
        // Token flags: a token is a run without white space.
        bool tokenLetter = false, tokenJoin = false;
        var tokenDigits = 0;
        for (var i = 0; i < line.Length;)
        {
            var ch = line[i];
            if (char.IsWhiteSpace(ch))
            {
                code |= tokenLetter && tokenJoin && tokenDigits >= 3;
                tokenLetter = tokenJoin = false;
                tokenDigits = 0;
                i++;
                continue;
            }

            if (char.IsLetter(ch))
            {
                var start = i;
                while (i < line.Length && char.IsLetter(line[i])) i++;
                var word = line[start..i];
                tokenLetter = true;
                c[(int)ShapeCount.Words]++;
                if (IsPastTense(word)) c[(int)ShapeCount.PastTenseWords]++;
                if (word is "USD" or "EUR") currency = true;
                if (!capitals)
                {
                    if (word.Length is >= 2 and <= 6 && IsAllUpper(word)) c[(int)ShapeCount.Acronyms]++;
                    else if (!sentenceStart && word.Length >= 2 && char.IsUpper(word[0]) && char.IsLower(word[1])) c[(int)ShapeCount.CapitalisedWords]++;
                }

                sentenceStart = false;
                continue;
            }

            if (char.IsDigit(ch))
            {
                var start = i;
                while (i < line.Length && char.IsDigit(line[i])) i++;
                tokenDigits += i - start;
                if (i - start == 4 && line[start] is '1' or '2' && line[start + 1] == (line[start] == '1' ? '9' : '0')) c[(int)ShapeCount.Years]++;
                continue;
            }

            if (ch is '-' or '/') tokenJoin = true;
            if (ch is '.' or '?' or '!' or ':')
            {
                sentenceStart = true;
                if (ch != ':' && i > 0 && char.IsLetterOrDigit(line[i - 1]) && (i + 1 == line.Length || char.IsWhiteSpace(line[i + 1])))
                    c[(int)ShapeCount.Sentences]++;
            }

            i++;
        }

        code |= tokenLetter && tokenJoin && tokenDigits >= 3;
        if (code) c[(int)ShapeCount.CodeLines]++;
        return currency;
    }

    /// <summary>The definition of a list line: <c>^\s*(?:[•·▪■◦‣●○►✓➤\-–*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-z][.)])\s+</c>.</summary>
    internal static bool IsListLine(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        if (i == line.Length) return false;
        var ch = line[i];
        if (ch is '•' or '·' or '▪' or '■' or '◦' or '‣' or '●' or '○' or '►' or '✓' or '➤' or '-' or '–' or '*') i++;
        else if (ch is >= 'a' and <= 'z')
        {
            if (i + 1 >= line.Length || line[i + 1] is not ('.' or ')')) return false;
            i += 2;
        }
        else if (char.IsDigit(ch))
        {
            // One or two digits, then groups ".d" or ".dd", then '.' or ')'. Backtracking as the pattern would: a group's
            // dot can instead be the closing dot, so try every prefix of groups from the longest.
            var ends = new List<int>();
            var j = i;
            if (!TakeDigits(line, ref j)) return false;
            ends.Add(j);
            while (j < line.Length && line[j] == '.')
            {
                var k = j + 1;
                if (!TakeDigits(line, ref k)) break;
                j = k;
                ends.Add(j);
            }

            for (var e = ends.Count - 1; e >= 0; e--)
            {
                var at = ends[e];
                if (at < line.Length && line[at] is '.' or ')' && at + 1 < line.Length && char.IsWhiteSpace(line[at + 1])) return true;
            }

            return false;
        }
        else return false;

        return i < line.Length && char.IsWhiteSpace(line[i]);
    }

    /// <summary>Takes one or two digits at <paramref name="i"/> (as the pattern's \d{1,2} does, greedily).</summary>
    private static bool TakeDigits(ReadOnlySpan<char> line, ref int i)
    {
        if (i >= line.Length || !char.IsDigit(line[i])) return false;
        i++;
        if (i < line.Length && char.IsDigit(line[i])) i++;
        return true;
    }

    /// <summary>
    /// The definition of a leader line (its trailing white space already removed): <c>(?:\.\s?){4,}|…{2,}|\s\d{1,3}\s*$</c> —
    /// a dotted leader, or a short number ending the line after white space.
    /// </summary>
    internal static bool IsLeaderLine(ReadOnlySpan<char> line)
    {
        var k = line.Length;
        while (k > 0 && char.IsDigit(line[k - 1])) k--;
        var run = line.Length - k;
        // \s\d{1,3}$: with a longer run of digits, only the last 1–3 could follow white space, and they follow a digit.
        if (run is >= 1 and <= 3 && k > 0 && char.IsWhiteSpace(line[k - 1])) return true;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '…' && i + 1 < line.Length && line[i + 1] == '…') return true;
            if (line[i] != '.') continue;
            var dots = 0;
            var j = i;
            while (j < line.Length && line[j] == '.')
            {
                dots++;
                j++;
                if (j < line.Length && char.IsWhiteSpace(line[j]) && j + 1 < line.Length && line[j + 1] == '.') j++;
            }

            if (dots >= 4) return true;
            // A chain of fewer than four dots holds no longer chain: go on after it.
            i = j - 1;
        }

        return false;
    }

    /// <summary>True when the line ends in 1–4 digits after a space, tab, dot or ellipsis ("Pág. 12", "Índice ..... 4").</summary>
    private static bool EndsInPageNumber(ReadOnlySpan<char> line)
    {
        var k = line.Length;
        while (k > 0 && char.IsDigit(line[k - 1])) k--;
        var run = line.Length - k;
        return run is >= 1 and <= 4 && k > 0 && line[k - 1] is ' ' or '\t' or '.' or '…';
    }

    /// <summary>Whether a word is <paramref name="folded"/> ignoring case and the acute accent ("Capítulo", "TÍTULO").</summary>
    private static bool IsWord(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length != folded.Length) return false;
        for (var i = 0; i < word.Length; i++)
            if (FoldVowel(char.ToLowerInvariant(word[i])) != folded[i]) return false;
        return true;
    }

    private static char FoldVowel(char c) => c switch { 'á' => 'a', 'é' => 'e', 'í' => 'i', 'ó' => 'o', 'ú' => 'u', _ => c };

    /// <summary>After "Art": optional dots, spaces and ordinal signs, then a digit ("Art. 3", "ART 12").</summary>
    private static bool StartsWithNumber(ReadOnlySpan<char> rest)
    {
        var i = 0;
        while (i < rest.Length && rest[i] is '.' or ' ' or 'º' or '°') i++;
        return i > 0 && i < rest.Length && char.IsDigit(rest[i]);
    }

    /// <summary>
    /// The third person of the pretérito perfecto simple, the tense that narrates finished events: "-ó"/"-ió"
    /// ("participó", "recibió") and "-aron"/"-ieron" ("firmaron", "asistieron"), the endings of the regular conjugations
    /// (RAE, Nueva gramática de la lengua española, ch. 4, "La flexión verbal"); few other Spanish words of four letters or
    /// more end so.
    /// </summary>
    private static bool IsPastTense(ReadOnlySpan<char> word) =>
        word.Length >= 4 && (word[^1] == 'ó' || word.EndsWith("aron", StringComparison.Ordinal) || word.EndsWith("ieron", StringComparison.Ordinal));

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
            if (!char.IsUpper(ch)) return false;
        return true;
    }
}
