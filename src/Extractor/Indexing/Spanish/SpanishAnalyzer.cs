using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Extractor.Indexing.Spanish;

/// <summary>One word of a text: where it is, its case- and accent-folded form, and its folded Snowball stem.</summary>
/// <param name="Start">Offset of the word's first character.</param>
/// <param name="End">Offset after its last character.</param>
public sealed record AnalyzedToken(int Start, int End, string Folded, string Stem);

/// <summary>
/// Spanish text analysis for the index: words are runs of letters and digits; each is lower-cased, stemmed with
/// <see cref="SpanishStemmer"/> (which needs the accents), then folded to ASCII-like form, so "Reunión",
/// "reuniones" and "reunion" share the stem "reunion".
/// </summary>
public static class SpanishAnalyzer
{
    // Reports reuse a small vocabulary; stemming each distinct word once makes indexing several times faster.
    private const int CacheLimit = 200_000;
    private static readonly ConcurrentDictionary<string, string> StemCache = new(StringComparer.Ordinal);

    /// <summary>The words of a text with their folded forms and stems.</summary>
    public static IReadOnlyList<AnalyzedToken> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<AnalyzedToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark)) i++;
            var word = text[start..i].ToLowerInvariant();
            tokens.Add(new AnalyzedToken(start, i, Fold(word), CachedStem(word)));
        }
        return tokens;
    }

    /// <summary>The stems of a text joined by spaces: the shadow text the full-text index matches against.</summary>
    public static string StemmedText(string text) => string.Join(' ', Analyze(text).Select(t => t.Stem));

    /// <summary>The folded words of a text joined by spaces (used for prefix queries, which must not be stemmed).</summary>
    public static string FoldedText(string text) => string.Join(' ', Analyze(text).Select(t => t.Folded));

    /// <summary>Both shadow texts of a text, analysing it once: stems, and folded words.</summary>
    public static (string Stemmed, string Folded) ShadowTexts(string text)
    {
        var tokens = Analyze(text);
        return (string.Join(' ', tokens.Select(t => t.Stem)), string.Join(' ', tokens.Select(t => t.Folded)));
    }

    private static string CachedStem(string lowerWord)
    {
        if (StemCache.TryGetValue(lowerWord, out var stem)) return stem;
        stem = StemWord(lowerWord);
        if (StemCache.Count < CacheLimit) StemCache.TryAdd(lowerWord, stem);
        return stem;
    }

    /// <summary>The folded stem of one lower-case word; words with digits are only folded.</summary>
    public static string StemWord(string lowerWord) =>
        lowerWord.Any(char.IsDigit) ? Fold(lowerWord) : Fold(SpanishStemmer.Stem(lowerWord));

    /// <summary>Lower-case with diacritics removed ("Bogotá" → "bogota", "España" → "espana").</summary>
    public static string Fold(string text)
    {
        if (text.All(c => c < 128)) return text.ToLowerInvariant();
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
