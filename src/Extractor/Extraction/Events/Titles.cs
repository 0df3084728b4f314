using Extractor.Extraction.Partners;

namespace Extractor.Extraction.Events;

/// <summary>Compares event titles as ANNOTATION.md does: content words (folded, Spanish stop words dropped), Dice overlap.</summary>
public static class Titles
{
    /// <summary>Spanish function words (articles, prepositions, conjunctions, pronouns) that say nothing about which activity a title names.</summary>
    private static readonly HashSet<string> StopWords = new(
        ("a al ante bajo con contra de del desde durante e el en entre hacia hasta la las lo los mediante o para por segun sin sobre tras u un una unos unas y " +
         "que se su sus como nuestro nuestra the of and for in on to").Split(' '), StringComparer.Ordinal);

    public static HashSet<string> ContentWords(string title) =>
        FoldedText.FoldedWords(title).Where(w => !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Dice overlap of the two titles' content words, 0 to 1.</summary>
    public static double Dice(string a, string b) => Dice(ContentWords(a), ContentWords(b));

    /// <summary>As <see cref="Dice(string, string)"/>, on content words already read.</summary>
    internal static double Dice(HashSet<string> x, HashSet<string> y) =>
        x.Count + y.Count == 0 ? 1 : 2.0 * x.Count(y.Contains) / (x.Count + y.Count);

    /// <summary>The content words of a title that are figures ("Diálogo 3: …" → "3").</summary>
    internal static string[] Figures(HashSet<string> words) => words.Where(w => w.Length > 0 && w.All(char.IsAsciiDigit)).ToArray();

    /// <summary>Whether two titles number their activities apart: both hold figures, and none in common ("Diálogo 2: …" and "Diálogo 3: …").</summary>
    internal static bool NumberedApart(string[] a, string[] b) => a.Length > 0 && b.Length > 0 && !a.Any(b.Contains);

    /// <summary>Whether most content words of the shorter title are in the other (a repeated mention of the same activity).</summary>
    public static bool Contained(string a, string b, double share = 0.6) => Contained(ContentWords(a), ContentWords(b), share);

    /// <summary>As <see cref="Contained(string, string, double)"/>, on content words already read.</summary>
    internal static bool Contained(HashSet<string> x, HashSet<string> y, double share = 0.6)
    {
        var min = Math.Min(x.Count, y.Count);
        return min > 0 && (double)x.Count(y.Contains) / min >= share;
    }

    /// <summary>Whether two titles name the same activity (Dice ≥ 0.5, the evaluation's threshold).</summary>
    public static bool Similar(string a, string b) => Dice(a, b) >= 0.5;

    /// <summary>A word that only numbers what follows it: a Roman numeral ("XXVII"), an ordinal ("Tercer", "Novena", "1a", "décimo…").</summary>
    internal static bool IsOrdinalWord(ReadOnlySpan<char> original, ReadOnlySpan<char> folded) =>
        (original.Length is > 0 and <= 6 && !original.ContainsAnyExcept("IVXLC")) || OrdinalLookup.Contains(folded)
        || folded.StartsWith("decimo", StringComparison.Ordinal) || folded.StartsWith("vigesim", StringComparison.Ordinal)
        || IsFigureOrdinal(original);

    /// <summary>"47ª", "8º", "10a", "30.º": a figure and the ordinal's ending.</summary>
    private static bool IsFigureOrdinal(ReadOnlySpan<char> word)
    {
        var digits = word.IndexOfAnyExceptInRange('0', '9');
        return digits is > 0 and <= 3 && word[digits..] is "ª" or "º" or "°" or "a" or "o" or ".º" or ".ª" or ".°";
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "primer", "primera", "primero", "segundo", "segunda", "tercer", "tercera", "tercero", "cuarto", "cuarta", "quinto", "quinta", "sexto", "sexta",
        "septimo", "septima", "octavo", "octava", "noveno", "novena", "decimo", "decima", "1er", "1a", "1r", "2a", "3a", "2do", "3er", "gran",
    }.GetAlternateLookup<ReadOnlySpan<char>>();
}
