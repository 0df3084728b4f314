namespace Extractor.Domain;

/// <summary>
/// Spanish function words (articles, prepositions, conjunctions, common pronouns), lower case and accent-folded: the stop
/// words ANNOTATION.md drops before comparing event titles, and the words a search drops from a list of words.
/// </summary>
public static class SpanishFunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "al", "ante", "bajo", "con", "contra", "de", "del", "desde", "durante", "en", "entre", "hacia", "hasta", "mediante",
        "para", "por", "segun", "sin", "sobre", "tras", "el", "la", "lo", "los", "las", "un", "una", "unos", "unas", "y", "e", "o",
        "u", "ni", "que", "se", "su", "sus", "como", "mas", "pero", "es", "son", "le", "les", "nos", "mi", "tu", "este", "esta",
        "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "cual", "cuales", "quien", "quienes", "donde", "cuando",
    };

    /// <summary>Whether a lower-case, accent-folded word is a function word.</summary>
    public static bool Contains(string folded) => Words.Contains(folded);
}
