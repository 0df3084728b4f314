using Extractor.Domain;

namespace Extractor.Extraction.Events;

/// <summary>
/// Where an activity took place, from the phrases Spanish reports use for it: "se llevó a cabo en el Patio Principal del Museo …",
/// "tuvo lugar en …", "celebrada en San Juan, Puerto Rico", "fue recibido en el Antiguo Palacio del Ayuntamiento".
/// </summary>
internal static class Locations
{
    private static readonly string[] Cues = ["llevó a cabo en", "tuvo lugar en", "tuvieron lugar en", "celebrada en", "celebrado en", "realizó en", "desarrolló de manera presencial en", "recibido en", "recibida en", "se reunió en", "presenciales en"];

    private const int MaxLength = 120;

    public static string? Find(string text, TextSpan scope)
    {
        var window = text.AsSpan(scope.Start, Math.Min(scope.Length, 1500));
        foreach (var cue in Cues)
        {
            var i = window.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (i < 0) continue;
            var k = scope.Start + i + cue.Length;
            var end = scope.Start + window.Length;
            while (k < end && text[k] == ' ') k++;
            foreach (var article in new[] { "el ", "la ", "los ", "las " })
                if (string.CompareOrdinal(text, k, article, 0, article.Length) == 0) { k += article.Length; break; }
            if (k >= end || !char.IsUpper(text[k])) continue;
            var e = k;
            var lastCapitalEnd = k;
            while (e < end && e - k < MaxLength)
            {
                var w = e;
                while (w < end && (char.IsLetterOrDigit(text[w]) || text[w] is '.' or '-')) w++;
                var word = text[e..w];
                if (word.Length == 0) break;
                if (char.IsUpper(word[0])) lastCapitalEnd = w;
                else if (word is not ("de" or "del" or "la" or "las" or "los" or "y")) break;
                // "celebrado en Cusco, Perú. En este espacio …": a full stop after a word ends the place; an initial's ("D.C.") does not.
                if (word.Length > 3 && word[^1] == '.' && !word[..^1].Contains('.')) break;
                e = w;
                if (e < end && text[e] == ',' && e + 2 < end && char.IsUpper(text[e + 2])) { e += 2; continue; }
                if (e < end && text[e] == ' ') e++;
                else break;
            }

            var place = text[k..lastCapitalEnd].TrimEnd('.', ',');
            if (place.Length > 2) return place;
        }

        return null;
    }
}
