using System.Globalization;
using System.Text;

namespace Extractor.Classification.Linear;

/// <summary>
/// Case and accent folding for features: lower case, diacritics removed (so "Gestión" and "GESTION" meet), every digit
/// written as 0 (so years and amounts share features), and any run of other characters as one space.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text, int maxChars = int.MaxValue)
    {
        var source = text.Length > maxChars ? text[..maxChars] : text;
        var d = source.Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(d.Length);
        var space = true;
        foreach (var c in d)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsDigit(c))
            {
                b.Append('0');
                space = false;
            }
            else if (char.IsLetter(c))
            {
                b.Append(char.ToLowerInvariant(c));
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
}
