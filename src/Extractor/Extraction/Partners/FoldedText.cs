using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Extraction.Partners;

/// <summary>One word of a text: letters and digits between separators, as offsets into the text.</summary>
internal readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// A text with a case- and accent-folded copy of the same length ("Unión" → "union") and its word tokens.
/// Folding is one character to one character, so offsets in the folded copy are offsets in the text.
/// </summary>
internal sealed class FoldedText
{
    private static readonly char[] FoldTable = BuildFoldTable();

    public FoldedText(string text)
    {
        Text = text;
        Folded = string.Create(text.Length, text, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++) dst[i] = Fold(src[i]);
        });
        Tokens = Tokenize(text);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, FoldedText> Shared = new();

    /// <summary>The folded text of a document's text, built once and shared by the extractors that read it (partners, events).</summary>
    public static FoldedText Of(string text) => Shared.GetValue(text, static t => new FoldedText(t));

    public string Text { get; }
    public string Folded { get; }
    public Token[] Tokens { get; }

    public ReadOnlySpan<char> Key(Token t) => Folded.AsSpan(t.Start, t.Length);
    public ReadOnlySpan<char> Original(Token t) => Text.AsSpan(t.Start, t.Length);

    /// <summary>
    /// The matches of a cue pattern in the folded text, tried only where a word the pattern opens with begins: the pattern starts with
    /// <c>\G</c>, and every alternative of it opens with one of <paramref name="openers"/> at a word's start. The matches are those a
    /// scan of the whole folded text finds, without trying the pattern at every word boundary (a pattern whose alternatives open with
    /// a dozen different letters is otherwise tried at nearly every word).
    /// </summary>
    public IEnumerable<Match> MatchesAtWords(Regex anchored, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> openers)
    {
        var end = 0;
        foreach (var token in Tokens)
        {
            if (token.Start < end || !openers.Contains(Key(token))) continue;
            var match = anchored.Match(Folded, token.Start);
            if (!match.Success) continue;
            end = match.Index + Math.Max(1, match.Length);
            yield return match;
        }
    }

    /// <summary>The index of the first token starting at or after the offset (Tokens.Length when none).</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }

        return lo;
    }

    public static char Fold(char c) => c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);

    /// <summary>The folded form of a short string (gazetteer names, cue words).</summary>
    public static string FoldString(string s) => string.Create(s.Length, s, static (dst, src) =>
    {
        for (var i = 0; i < src.Length; i++) dst[i] = Fold(src[i]);
    });

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Whether a word is written in capitals: a letter at least, none in lower case ("RCA", "CGLU-ÁFRICA", "LA").</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }

        return letters > 0;
    }

    /// <summary>Words of a text: runs of letters and digits; everything else separates.</summary>
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 6 + 1);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            i++;

            // A page number glued to the next line's first word ("2Conversatorio") is two words.
            // An apostrophe between letters is inside the word: "Pop No'j", "O'Higgins", "L'Hospitalet".
            // An elided article stays a word of its own: "l'Ajuntament", "d'Estudis".
            while (i < text.Length && ((IsWordChar(text[i]) && !(char.IsDigit(text[i - 1]) && char.IsUpper(text[i])))
                                       || (IsInnerApostrophe(text, i) && !(i - start == 1 && text[start] is 'l' or 'L' or 'd' or 'D')))) i++;
            tokens.Add(new Token(start, i));
        }

        return tokens.ToArray();
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);

    /// <summary>The folded words of a short string.</summary>
    public static string[] FoldedWords(string s)
    {
        var folded = FoldString(s);
        return Tokenize(s).Select(t => folded.Substring(t.Start, t.Length)).ToArray();
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var lower = char.ToLowerInvariant((char)c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var b = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark ? decomposed[0] : lower;
            table[c] = lower switch { 'ß' => 's', 'ø' => 'o', 'æ' => 'a', 'œ' => 'o', 'đ' => 'd', 'ł' => 'l', _ => b };
        }

        return table;
    }
}
