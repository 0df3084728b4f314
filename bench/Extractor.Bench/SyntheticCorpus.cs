using System.Text;

namespace Extractor.Bench;

/// <summary>
/// Generates a varied corpus from the seeds at benchmark time (never committed): each document mixes paragraphs of
/// several seeds, shifts days and months, changes amounts and counts, so no two documents are byte-identical and the
/// extractors see realistic text.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly System.Text.RegularExpressions.Regex MonthWord = new(@"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b");

    private static readonly string[] Months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    /// <summary>Writes <paramref name="count"/> documents of about <paramref name="paragraphsPerDocument"/> paragraphs each under <paramref name="directory"/>.</summary>
    public static IReadOnlyList<string> Write(string seedsDirectory, string directory, int count, int paragraphsPerDocument = 40, int seed = 42)
    {
        var paragraphs = Directory.EnumerateFiles(seedsDirectory, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Trim().Length > 0)
            .ToArray();
        var random = new Random(seed);
        Directory.CreateDirectory(directory);
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var b = new StringBuilder();
            var year = 2015 + random.Next(10);
            b.Append($"Informe de actividades internacionales {year}\n\nPeriodo de {Months[random.Next(6)]} a {Months[6 + random.Next(6)]} de {year}\n\n");
            for (var k = 0; k < paragraphsPerDocument; k++)
            {
                b.Append(Vary(paragraphs[random.Next(paragraphs.Length)], random));
                b.Append("\n\n");
            }

            var path = Path.Combine(directory, $"doc{i:D5}.txt");
            File.WriteAllText(path, b.ToString());
            files.Add(path);
        }

        return files;
    }

    /// <summary>Changes one document in place (for incremental runs): appends a varied paragraph.</summary>
    public static void Touch(string path, int seed)
    {
        var random = new Random(seed);
        File.AppendAllText(path, $"\n\nReunión adicional con la red de ciudades el {1 + random.Next(28)} de {Months[random.Next(12)]}.\n");
    }

    private static string Vary(string paragraph, Random random)
    {
        var b = new StringBuilder(paragraph.Length);
        foreach (var c in paragraph)
            b.Append(char.IsDigit(c) && random.Next(4) == 0 ? (char)('0' + random.Next(10)) : c);
        // Months shift so dates vary; the text stays Spanish.
        var shift = random.Next(12);
        return MonthWord.Replace(b.ToString(), m => Months[(Array.IndexOf(Months, m.Value) + shift) % 12]);
    }
}
