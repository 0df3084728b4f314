using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Extraction.Partners;

namespace Extractor.Tests.Extraction;

/// <summary>Builds small sectioned documents for rule tests: one block per line; a line starting with "# " is a heading, one starting with "- " a list item.</summary>
internal static class TestDocuments
{
    private static readonly Lazy<PartnerGazetteer> LazyGazetteer = new(() =>
    {
        var r = PartnerExtractor.FromOptions(new ExtractionOptions(), TestContext.CurrentContext.TestDirectory);
        return r.IsSuccess ? r.Value!.Gazetteer : throw new InvalidOperationException(r.Error!.ToString());
    });

    public static PartnerGazetteer Gazetteer => LazyGazetteer.Value;

    /// <summary>A Mexico City report of July–December 2021, the context most examples are written for.</summary>
    public static DocumentContext CityReport(string name = "test.txt") =>
        new(name, DateValue.ParseIso("2021-07/2021-12"), "MX", "MXN", ["Gobierno de la Ciudad de México", "Ciudad de México", "CDMX"]);

    public static SectionedDocument Build(string source)
    {
        var text = new System.Text.StringBuilder();
        var blocks = new List<Block>();
        var headings = new List<TextSpan>();
        var lineNo = 0;
        foreach (var raw in source.Split('\n'))
        {
            lineNo++;
            var isHeading = raw.StartsWith("# ", StringComparison.Ordinal);
            // As the text loader reads them: "- " opens a list item, and the marker is not part of the clean text.
            var isItem = raw.StartsWith("- ", StringComparison.Ordinal);
            var line = isHeading || isItem ? raw[2..] : raw;
            if (text.Length > 0) text.Append('\n');
            var start = text.Length;
            text.Append(line);
            var span = new TextSpan(start, text.Length);
            // As the text loader reads them: a line with a tab is a table row.
            var kind = isHeading ? BlockKind.Heading : line.Contains('\t') ? BlockKind.TableRow : isItem ? BlockKind.ListItem : BlockKind.Paragraph;
            blocks.Add(new Block(span, kind, 1, lineNo, 1));
            if (isHeading) headings.Add(span);
        }

        var all = text.ToString();
        var src = new SourceDocument("test.txt", "0123456789abcdef0123", DocumentFormat.Text, [new SourcePage(1, [new SourceLine(all, 1, 1)])]);
        var clean = new CleanDocument(src, all, blocks, new OffsetMap([(0, new SourcePosition(1, 1, 1))]));
        var sections = new List<Section>();
        var firstHeading = headings.Count > 0 ? headings[0].Start : all.Length;
        sections.Add(new Section("t#0", "", 0, null, 1, 1, new TextSpan(0, 0), new TextSpan(0, firstHeading)));
        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Start : all.Length;
            sections.Add(new Section($"t#{i + 1}", all.Substring(headings[i].Start, headings[i].Length), 1, null, 1, 1, headings[i], new TextSpan(headings[i].Start, end)));
        }

        return new SectionedDocument(new DocumentInfo("t", "0123456789abcdef0123", "test.txt", "", null, 1), clean, sections);
    }

    /// <summary>Reads a table of examples: tab-separated columns, '#' comments and blank lines ignored, "\n" in a cell is a line break.</summary>
    public static IEnumerable<string[]> ReadTable(string fileName)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Extraction", fileName);
        foreach (var line in File.ReadLines(path))
        {
            // "#" opens a comment; "## " opens an example whose document starts with a heading; "\n" and "\t" in a cell are a line break and a tab.
            if (line.Length == 0 || (line[0] == '#' && !line.StartsWith("## ", StringComparison.Ordinal))) continue;
            yield return line.Split('\t').Select(c => c.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal)).ToArray();
        }
    }

    /// <summary>Random text made of Spanish words, names, acronyms, brackets, quotes and digits — the material the rules look at.</summary>
    public static string RandomText(Random random, int length)
    {
        string[] pieces =
        [
            "de", "la", "del", "y", "en", "con", "Reunión", "Foro", "Embajada", "Gobierno", "Alcaldía", "Secretaría", "Instituto", "(", ")", "“", "”", ":", ",", ".",
            "\n", "CGLU", "ucci", "Bogotá", "Colombia", "Noruega", "24", "de julio", "2021", "Ciudad", "México", "Organización", "Naciones Unidas", "(oim)",
            "representantes", "ciudades", "Alcaldesa", "ex", "Taller", "Celebración", "-", "Ñandú", "É", " ", "  ", "#", "1a", "XXVII", "al", "15 de octubre",
        ];
        var sb = new System.Text.StringBuilder(length + 32);
        while (sb.Length < length)
        {
            sb.Append(pieces[random.Next(pieces.Length)]);
            if (random.Next(3) > 0) sb.Append(' ');
        }

        return sb.ToString(0, length);
    }
}
