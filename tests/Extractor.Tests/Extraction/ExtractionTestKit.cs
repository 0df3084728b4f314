using System.Globalization;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Extraction.Amounts;
using Extractor.Extraction.Dates;
using Extractor.Extraction.Events;
using Extractor.Extraction.Participants;
using Extractor.Extraction.Partners;
using Extractor.Pipeline;

namespace Extractor.Tests.Extraction;

/// <summary>Builds extraction inputs from plain text, and reads the tab-separated example files that document the rules.</summary>
internal static class ExtractionTestKit
{
    /// <summary>An input whose clean text is <paramref name="text"/>, one block per line, with the given period and currency.</summary>
    public static ExtractionInput Input(string text, DateValue? period = null, string? currency = null, IReadOnlyList<Mention>? earlier = null)
    {
        var source = new SourceDocument("test.txt", "00000000000000000000", DocumentFormat.Text, []);
        var blocks = new List<Block>();
        var start = 0;
        var line = 1;
        foreach (var part in text.Split('\n'))
        {
            blocks.Add(new Block(TextSpan.FromLength(start, part.Length), BlockKind.Paragraph, 1, line++, 1));
            start += part.Length + 1;
        }

        var clean = new CleanDocument(source, text, blocks, new OffsetMap([]));
        var info = new DocumentInfo("0000000000000000", "00000000000000000000", "test.txt", "", period, 1);
        // A Chilean peso issuer is a Chilean document (the "M" = miles usage depends on the country).
        var context = new DocumentContext("test.txt", period, currency == "CLP" ? "CL" : null, currency, []);
        return new ExtractionInput(new SectionedDocument(info, clean, []), context, earlier ?? []);
    }

    /// <summary>Runs extractors in catalogue order, each seeing the earlier ones' mentions.</summary>
    public static IReadOnlyList<Mention> Run(ExtractionInput input, params IMentionExtractor[] extractors)
    {
        var all = new List<Mention>();
        foreach (var e in extractors) all.AddRange(e.Extract(input with { Earlier = all.ToList() }));
        return all;
    }

    /// <summary>The events of a text built as <see cref="TestDocuments"/> builds documents, after the date, amount and participant extractors (as the pipeline runs them).</summary>
    public static List<EventMention> Events(string text)
    {
        var doc = TestDocuments.Build(text);
        var input = new ExtractionInput(doc, TestDocuments.CityReport(), []);
        return Run(input, new DateExtractor(), new AmountExtractor(), new ParticipantsExtractor(), new EventExtractor()).OfType<EventMention>().ToList();
    }

    /// <summary>
    /// The events the whole pipeline (loader, cleaner, sections, profile, every extractor) finds in a text written to a file of the given
    /// extension: for rules that depend on how the cleaner and the heading detector read a document's layout.
    /// </summary>
    public static List<EventMention> EventsThroughPipeline(string text, string extension = ".txt") =>
        MentionsThroughPipeline(text, extension).OfType<EventMention>().ToList();

    /// <summary>Every mention the whole pipeline (loading, cleaning, sections, all extractors) finds in a file holding the text.</summary>
    public static IReadOnlyList<Mention> MentionsThroughPipeline(string text, string extension = ".txt")
    {
        var path = Path.Combine(Path.GetTempPath(), $"extractor-kit-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        try
        {
            var options = new ExtractionOptions();
            var pipeline = new DocumentPipelineBuilder().UseExtractors(ExtractorCatalog.Default(options, TestContext.CurrentContext.TestDirectory), options.SkipSectionTypes).Build();
            var result = pipeline.ProcessFileAsync(path).GetAwaiter().GetResult();
            Assert.That(result.IsSuccess, Is.True, result.Error?.ToString());
            return result.Value!.Mentions;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>As <see cref="Events"/>, with the partner extractor run before the events too, so that events carry their partners.</summary>
    public static List<EventMention> EventsWithPartners(string text)
    {
        var input = new ExtractionInput(TestDocuments.Build(text), TestDocuments.CityReport(), []);
        var partners = PartnerExtractor.FromOptions(new ExtractionOptions(), TestContext.CurrentContext.TestDirectory).Value!;
        return Run(input, new DateExtractor(), new AmountExtractor(), new ParticipantsExtractor(), partners, new EventExtractor()).OfType<EventMention>().ToList();
    }

    /// <summary>The rows of a tab-separated example file next to the tests; '#' lines are comments.</summary>
    public static IEnumerable<TestCaseData> Rows(string relativePath, int columns)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, relativePath);
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw.StartsWith('#')) continue;
            var cells = raw.Split('\t');
            var args = Enumerable.Range(0, columns).Select(i => (object?)(i < cells.Length ? cells[i] : "")).ToArray();
            yield return new TestCaseData(args).SetArgDisplayNames(cells[0].Length > 60 ? cells[0][..60] : cells[0]);
        }
    }

    public static DateValue? Period(string text) => text is "" or "none" ? null : DateValue.ParseIso(text);

    public static string Number(decimal d) => d.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>Random strings of digits, letters, punctuation, number and month words — for robustness tests.</summary>
    public static string RandomText(Random random, int length)
    {
        string[] pieces =
        [
            "0", "1", "2", "9", "31", "12", ".", ",", " ", " ", " ", "\n", "/", "-", "–", "+", "$", "€", "%", "K", "M", "MM", "º", "°", "o", "“", "”",
            "de", "del", "al", "a", "y", "e", "el", "mil", "millones", "millón", "un", "medio", "ocho", "treinta", "julio", "Mayo", "sept.",
            "lunes", "primero", "pesos", "mdp", "USD", "US$", "COP", "dólares", "más", "personas", "ciudades", "participantes", "asistieron",
            "año", "pasado", "entre", "hasta", "á", "ñ", "x", "Z", "\\",
        ];
        var sb = new System.Text.StringBuilder(length + 16);
        while (sb.Length < length) sb.Append(pieces[random.Next(pieces.Length)]);
        return sb.ToString();
    }

    /// <summary>Spans in bounds, in text order per extractor, and Text equal to the span's slice.</summary>
    public static void AssertWellFormed(string text, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            Assert.That(m.Span.Start, Is.GreaterThanOrEqualTo(0));
            Assert.That(m.Span.End, Is.LessThanOrEqualTo(text.Length));
            Assert.That(m.Text, Is.EqualTo(text.Substring(m.Span.Start, m.Span.Length)));
        }
    }
}
