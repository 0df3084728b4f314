using System.Text;

namespace Extractor.Indexing.Spanish;

/// <summary>
/// The Snowball Spanish stemmer (snowballstem.org/algorithms/spanish/stemmer.html, including the Snowball 3.0.0
/// rules for the unaccented "-acion" and "-ucion"), implemented from the published description of regions RV, R1, R2
/// and steps 0, 1, 2a, 2b and 3. Input is one lower-case word; the result has its acute accents removed.
/// </summary>
public static class SpanishStemmer
{
    private static readonly string[] Pronouns = ["me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos"];
    private static readonly string[] PronounHostsAccented = ["iéndo", "ándo", "ár", "ér", "ír"];
    private static readonly string[] PronounHosts = ["ando", "iendo", "ar", "er", "ir"];

    // Step 1 groups, each with the action the algorithm attaches to it.
    private static readonly string[] Step1Delete =
        ["anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles", "ista", "istas",
         "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos"];
    private static readonly string[] Step1DeleteIc =
        ["adora", "ador", "ación", "acion", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias"];
    private static readonly string[] Step1Logia = ["logía", "logías"];
    private static readonly string[] Step1Ucion = ["ución", "ucion", "uciones"];
    private static readonly string[] Step1Encia = ["encia", "encias"];
    private static readonly string[] Step1Amente = ["amente"];
    private static readonly string[] Step1Mente = ["mente"];
    private static readonly string[] Step1Idad = ["idad", "idades"];
    private static readonly string[] Step1Ivo = ["ivo", "iva", "ivos", "ivas"];

    private static readonly string[] Step2A = ["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yó", "yas", "yes", "yis", "yamos"];
    private static readonly string[] Step2BGu = ["en", "es", "éis", "emos"];
    private static readonly string[] Step2BDelete =
        ["arían", "arías", "arán", "arás", "aríais", "aría", "aréis", "aríamos", "aremos", "ará", "aré",
         "erían", "erías", "erán", "erás", "eríais", "ería", "eréis", "eríamos", "eremos", "erá", "eré",
         "irían", "irías", "irán", "irás", "iríais", "iría", "iréis", "iríamos", "iremos", "irá", "iré",
         "aba", "ada", "ida", "ía", "ara", "iera", "ad", "ed", "id", "ase", "iese", "aste", "iste", "an", "aban", "ían",
         "aran", "ieran", "asen", "iesen", "aron", "ieron", "ado", "ido", "ando", "iendo", "ió", "ar", "er", "ir", "as",
         "abas", "adas", "idas", "ías", "aras", "ieras", "ases", "ieses", "ís", "áis", "abais", "íais", "arais", "ierais",
         "aseis", "ieseis", "asteis", "isteis", "ados", "idos", "amos", "ábamos", "íamos", "imos", "áramos", "iéramos",
         "iésemos", "ásemos"];
    private static readonly string[] Step3Delete = ["os", "a", "o", "á", "í", "ó"];
    private static readonly string[] Step3E = ["e", "é"];

    /// <summary>The stem of one lower-case Spanish word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 2) return RemoveAcute(word);
        var w = new StringBuilder(word);
        var (rv, r1, r2) = Regions(word);

        AttachedPronoun(w, rv);
        var removed = StandardSuffix(w, r1, r2);
        if (!removed && !VerbSuffixStartingWithY(w, rv)) OtherVerbSuffix(w, rv);
        ResidualSuffix(w, rv);
        return RemoveAcute(w.ToString());
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü';

    /// <summary>The start offsets of RV, R1 and R2 (the word's length where a region is empty).</summary>
    private static (int Rv, int R1, int R2) Regions(string w)
    {
        var n = w.Length;
        var rv = n;
        if (n >= 2)
        {
            if (!IsVowel(w[1]))
            {
                for (var i = 2; i < n; i++) if (IsVowel(w[i])) { rv = i + 1; break; }
            }
            else if (IsVowel(w[0]))
            {
                for (var i = 2; i < n; i++) if (!IsVowel(w[i])) { rv = i + 1; break; }
            }
            else rv = Math.Min(3, n);
        }
        var r1 = RegionAfterNonVowelFollowingVowel(w, 0);
        var r2 = RegionAfterNonVowelFollowingVowel(w, r1);
        return (rv, r1, r2);
    }

    private static int RegionAfterNonVowelFollowingVowel(string w, int from)
    {
        for (var i = from + 1; i < w.Length; i++)
            if (!IsVowel(w[i]) && IsVowel(w[i - 1])) return i + 1;
        return w.Length;
    }

    /// <summary>The longest of <paramref name="suffixes"/> the word ends with, optionally only within a region.</summary>
    private static string? Longest(StringBuilder w, string[] suffixes, int regionStart = 0)
    {
        string? best = null;
        foreach (var s in suffixes)
            if ((best is null || s.Length > best.Length) && EndsWith(w, s) && w.Length - s.Length >= regionStart) best = s;
        return best;
    }

    private static bool EndsWith(StringBuilder w, string s)
    {
        if (s.Length > w.Length) return false;
        var offset = w.Length - s.Length;
        for (var i = 0; i < s.Length; i++) if (w[offset + i] != s[i]) return false;
        return true;
    }

    private static bool EndsWithAt(StringBuilder w, string s, int end)
    {
        if (end < s.Length || end > w.Length) return false;
        var offset = end - s.Length;
        for (var i = 0; i < s.Length; i++) if (w[offset + i] != s[i]) return false;
        return true;
    }

    private static void Cut(StringBuilder w, int length) => w.Length -= length;

    private static void AttachedPronoun(StringBuilder w, int rv)
    {
        var pronoun = Longest(w, Pronouns);
        if (pronoun is null) return;
        var hostEnd = w.Length - pronoun.Length;
        foreach (var host in PronounHostsAccented)
            if (EndsWithAt(w, host, hostEnd) && hostEnd - host.Length >= rv)
            {
                Cut(w, pronoun.Length);
                // haciéndola → haciendo: the accent only marked the stress the pronoun moved.
                var start = hostEnd - host.Length;
                for (var i = start; i < hostEnd; i++) w[i] = RemoveAcute(w[i]);
                return;
            }
        foreach (var host in PronounHosts)
            if (EndsWithAt(w, host, hostEnd) && hostEnd - host.Length >= rv) { Cut(w, pronoun.Length); return; }
        if (EndsWithAt(w, "yendo", hostEnd) && hostEnd - 5 >= rv && EndsWithAt(w, "u", hostEnd - 5)) Cut(w, pronoun.Length);
    }

    private static bool InRegion(StringBuilder w, string suffix, int region) => w.Length - suffix.Length >= region;

    private static bool StandardSuffix(StringBuilder w, int r1, int r2)
    {
        string[][] groups = [Step1Delete, Step1DeleteIc, Step1Logia, Step1Ucion, Step1Encia, Step1Amente, Step1Mente, Step1Idad, Step1Ivo];
        string? best = null;
        var group = -1;
        for (var g = 0; g < groups.Length; g++)
            if (Longest(w, groups[g]) is { } s && (best is null || s.Length > best.Length)) { best = s; group = g; }
        if (best is null) return false;

        switch (group)
        {
            case 0:
                if (!InRegion(w, best, r2)) return false;
                Cut(w, best.Length);
                return true;
            case 1:
                if (!InRegion(w, best, r2)) return false;
                Cut(w, best.Length);
                DeleteIfPreceding(w, r2, "ic");
                return true;
            case 2:
                if (!InRegion(w, best, r2)) return false;
                Cut(w, best.Length);
                w.Append("log");
                return true;
            case 3:
                if (!InRegion(w, best, r2)) return false;
                Cut(w, best.Length);
                w.Append('u');
                return true;
            case 4:
                if (!InRegion(w, best, r2)) return false;
                Cut(w, best.Length);
                w.Append("ente");
                return true;
            case 5:
                if (!InRegion(w, best, r1)) return false;
                Cut(w, best.Length);
                if (EndsWith(w, "iv"))
                {
                    if (DeleteIfPreceding(w, r2, "iv")) DeleteIfPreceding(w, r2, "at");
                }
                else DeleteIfPreceding(w, r2, "os", "ic", "ad");
                return true;
            case 6:
                if (!InRegion(w, best, r2)) return false;
                Cut(w, best.Length);
                DeleteIfPreceding(w, r2, "ante", "able", "ible");
                return true;
            case 7:
                if (!InRegion(w, best, r2)) return false;
                Cut(w, best.Length);
                DeleteIfPreceding(w, r2, "abil", "ic", "iv");
                return true;
            default:
                if (!InRegion(w, best, r2)) return false;
                Cut(w, best.Length);
                DeleteIfPreceding(w, r2, "at");
                return true;
        }
    }

    /// <summary>Deletes the longest of the endings the word now ends with, when it lies in the region.</summary>
    private static bool DeleteIfPreceding(StringBuilder w, int region, params string[] endings)
    {
        var s = Longest(w, endings);
        if (s is null || !InRegion(w, s, region)) return false;
        Cut(w, s.Length);
        return true;
    }

    private static bool VerbSuffixStartingWithY(StringBuilder w, int rv)
    {
        var s = Longest(w, Step2A, rv);
        if (s is null || !EndsWithAt(w, "u", w.Length - s.Length)) return false;
        Cut(w, s.Length);
        return true;
    }

    private static void OtherVerbSuffix(StringBuilder w, int rv)
    {
        var gu = Longest(w, Step2BGu, rv);
        var other = Longest(w, Step2BDelete, rv);
        if (gu is not null && (other is null || gu.Length > other.Length))
        {
            Cut(w, gu.Length);
            if (EndsWith(w, "gu")) Cut(w, 1);
        }
        else if (other is not null) Cut(w, other.Length);
    }

    private static void ResidualSuffix(StringBuilder w, int rv)
    {
        var d = Longest(w, Step3Delete, rv);
        var e = Longest(w, Step3E, rv);
        if (d is not null && (e is null || d.Length >= e.Length)) Cut(w, d.Length);
        else if (e is not null)
        {
            Cut(w, e.Length);
            if (EndsWith(w, "gu") && w.Length - 1 >= rv) Cut(w, 1);
        }
    }

    private static char RemoveAcute(char c) => c switch { 'á' => 'a', 'é' => 'e', 'í' => 'i', 'ó' => 'o', 'ú' => 'u', _ => c };

    private static string RemoveAcute(string s) => string.Create(s.Length, s, (span, src) =>
    {
        for (var i = 0; i < src.Length; i++) span[i] = RemoveAcute(src[i]);
    });
}
