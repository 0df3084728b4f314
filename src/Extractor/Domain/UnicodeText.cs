namespace Extractor.Domain;

/// <summary>Text the .NET normalizer accepts: every stage that normalizes or decomposes text relies on it.</summary>
public static class UnicodeText
{
    /// <summary>
    /// Replaces what normalization refuses — unpaired surrogates and noncharacters (U+FDD0–U+FDEF and each plane's last
    /// two code points), which a damaged PDF's text can hold — with U+FFFD (the replacement character).
    /// </summary>
    public static string WithoutInvalidCodePoints(string text)
    {
        char[]? copy = null;
        void Replace(int i, int count)
        {
            copy ??= text.ToCharArray();
            for (var k = i; k < i + count; k++) copy[k] = '\uFFFD';
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) Replace(i, 2);
                i++;
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c)) Replace(i, 1);
        }

        return copy is null ? text : new string(copy);
    }

    public static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
