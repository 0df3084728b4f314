using System.Globalization;
using System.Text;

namespace Extractor.Classification.Linear;

/// <summary>
/// Case and accent folding for features: lower case, diacritics removed (so "Gestión" and "GESTION" meet), every digit
/// written as 0 (so years and amounts share features), and any run of other characters as one space.
/// </summary>
public static class TextFolding
{
    // Below this code point every character folds on its own: to one letter or digit, to nothing (a mark) or to a
    // separator, as decomposing the whole text would give (no combining marks live below it to reorder).
    private const int TableSize = 0x250;
    private const char Separator = '\uFFFF';
    private const char Nothing = '\0';
    private const char Complex = '\uFFFE';
    private static readonly char[] Table = BuildTable();

    public static string Fold(string text, int maxChars = int.MaxValue)
    {
        var source = text.Length > maxChars ? text.AsSpan(0, maxChars) : text.AsSpan();
        foreach (var c in source)
            if (c >= TableSize || Table[c] == Complex) return FoldDecomposed(source.ToString());

        var b = new StringBuilder(source.Length);
        var space = true;
        foreach (var c in source)
        {
            var folded = Table[c];
            if (folded == Nothing) continue;
            if (folded != Separator)
            {
                b.Append(folded);
                space = false;
            }
            else if (!space)
            {
                b.Append(' ');
                space = true;
            }
        }

        if (b.Length > 0 && b[^1] == ' ') b.Length--;
        return b.ToString();
    }

    private static string FoldDecomposed(string source)
    {
        var d = WithoutLoneSurrogates(source).Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(d.Length);
        var space = true;
        foreach (var c in d)
        {
            switch (FoldOne(c))
            {
                case Nothing:
                    continue;
                case Separator when space:
                    continue;
                case Separator:
                    b.Append(' ');
                    space = true;
                    break;
                case var folded:
                    b.Append(folded);
                    space = false;
                    break;
            }
        }

        if (b.Length > 0 && b[^1] == ' ') b.Length--;
        return b.ToString();
    }

    /// <summary>Replaces each unpaired surrogate (which normalization refuses) with U+FFFD, which folds to a separator.</summary>
    internal static string WithoutLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }

        return copy is null ? text : new string(copy);
    }

    /// <summary>One decomposed character: nothing for a combining mark, '0' for a digit, a lower-case letter, else a separator.</summary>
    private static char FoldOne(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) return Nothing;
        if (char.IsDigit(c)) return '0';
        return char.IsLetter(c) ? char.ToLowerInvariant(c) : Separator;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            // Decompose the character alone and keep what it folds to; a character folding to more than one letter, digit
            // or separator is marked complex, and texts holding one take the slow path.
            var kept = ((char)c).ToString().Normalize(NormalizationForm.FormD).Select(FoldOne).Where(f => f != Nothing).ToList();
            table[c] = kept.Count switch
            {
                0 => Nothing,
                1 => kept[0],
                _ => Complex,
            };
        }

        return table;
    }
}
