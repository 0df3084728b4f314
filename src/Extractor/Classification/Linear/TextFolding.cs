using System.Globalization;
using System.Text;
using Extractor.Domain;

namespace Extractor.Classification.Linear;

/// <summary>
/// Case and accent folding for features: lower case, diacritics removed (so "Gestión" and "GESTION" meet), every digit
/// written as 0 (so years and amounts share features), and any run of other characters as one space.
/// </summary>
public static class TextFolding
{
    // Each character of the Basic Multilingual Plane folds on its own — to one letter or digit, to nothing (a mark) or to
    // a separator — as decomposing the whole text would give: decomposition works character by character, and the only
    // reordering it does moves combining marks, which are dropped. The table is filled as characters are first met
    // (a race only writes the same value twice); surrogates and characters folding to several letters take the slow path.
    private const char Separator = '\uFFFF';
    private const char Nothing = '\0';
    private const char Complex = '\uFFFE';
    private const char Unknown = '\uFFFD';
    private static readonly char[] Table = NewTable();

    public static string Fold(string text, int maxChars = int.MaxValue)
    {
        var source = text.Length > maxChars ? text.AsSpan(0, maxChars) : text.AsSpan();
        foreach (var c in source)
            if (Entry(c) == Complex) return FoldDecomposed(source.ToString());

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
        var d = UnicodeText.WithoutInvalidCodePoints(source).Normalize(NormalizationForm.FormD);
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

    /// <summary>One decomposed character: nothing for a combining mark, '0' for a digit, a lower-case letter, else a separator.</summary>
    private static char FoldOne(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) return Nothing;
        if (char.IsDigit(c)) return '0';
        return char.IsLetter(c) ? char.ToLowerInvariant(c) : Separator;
    }

    private static char[] NewTable()
    {
        var table = new char[char.MaxValue + 1];
        Array.Fill(table, Unknown);
        return table;
    }

    private static char Entry(char c)
    {
        var entry = Table[c];
        if (entry != Unknown) return entry;
        if (char.IsSurrogate(c)) entry = Complex;
        else if (UnicodeText.IsNoncharacter(c)) entry = Separator;
        else
        {
            // Decompose the character alone and keep what it folds to; one folding to more than one letter, digit or
            // separator is marked complex.
            var kept = c.ToString().Normalize(NormalizationForm.FormD).Select(FoldOne).Where(f => f != Nothing).ToList();
            entry = kept.Count switch
            {
                0 => Nothing,
                1 => kept[0],
                _ => Complex,
            };
        }

        Table[c] = entry;
        return entry;
    }
}
