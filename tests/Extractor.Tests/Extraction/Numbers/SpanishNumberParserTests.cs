using System.Diagnostics;
using Extractor.Extraction.Numbers;

namespace Extractor.Tests.Extraction.Numbers;

public sealed class SpanishNumberParserTests
{
    private static IEnumerable<TestCaseData> Numbers() => ExtractionTestKit.Rows("Extraction/Numbers/numbers.es.tsv", 3);

    private static IEnumerable<TestCaseData> NotNumbers() => ExtractionTestKit.Rows("Extraction/Numbers/not-numbers.es.tsv", 1);

    [TestCaseSource(nameof(Numbers))]
    public void ReadsTheExampleAsTheExpectedValue(string text, string expected, string habit)
    {
        var parser = new SpanishNumberParser(habit switch { "comma" => DecimalSeparatorHabit.Comma, "point" => DecimalSeparatorHabit.Point, _ => DecimalSeparatorHabit.Unknown });
        Assert.That(parser.TryParse(text, out var value), Is.True, text);
        Assert.That(value, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCaseSource(nameof(NotNumbers))]
    public void DoesNotReadTheExampleAsOneNumber(string text) =>
        Assert.That(SpanishNumberParser.Default.TryParse(text, out _), Is.False);

    [TestCase("en 2021 se registraron 1.234.567 visitas y 2.470 citas", DecimalSeparatorHabit.Comma)]
    [TestCase("we had 1,234,567 visits and 2,470.5 hours", DecimalSeparatorHabit.Point)]
    [TestCase("$ 34.055.833.247,50 y 1.880", DecimalSeparatorHabit.Comma)]
    [TestCase("ocho ciudades", DecimalSeparatorHabit.Unknown)]
    public void TheDocumentsHabitComesFromNumbersThatReadOneWayOnly(string text, DecimalSeparatorHabit habit) =>
        Assert.That(SpanishNumberParser.DetectHabit(text), Is.EqualTo(habit));

    [Test]
    public void FindAllGivesEveryNumberWithItsSpan()
    {
        const string text = "Asistieron un total de mil 515 personas y la entrega ascendió a 38 millones 550 mil pesos; 18 y 22 de octubre.";
        var found = SpanishNumberParser.Default.FindAll(text);
        Assert.That(found.Select(n => text.Substring(n.Span.Start, n.Span.Length)), Is.EqualTo(new[] { "mil 515", "38 millones 550 mil", "18", "22" }));
        Assert.That(found.Select(n => n.Value), Is.EqualTo(new[] { 1515m, 38550000m, 18m, 22m }));
        Assert.That(found[0].Form, Is.EqualTo(NumberForm.Mixed));
    }

    [Test]
    public void RandomInputNeverThrowsAndSpansStayInBounds()
    {
        var random = new Random(20211231);
        for (var round = 0; round < 300; round++)
        {
            var text = ExtractionTestKit.RandomText(random, random.Next(0, 400));
            var parser = SpanishNumberParser.ForDocument(text);
            foreach (var n in parser.FindAll(text))
            {
                Assert.That(n.Span.Start, Is.GreaterThanOrEqualTo(0));
                Assert.That(n.Span.End, Is.LessThanOrEqualTo(text.Length));
                Assert.That(n.Span.Length, Is.GreaterThan(0));
            }

            _ = parser.TryParse(text, out _);
        }
    }

    [Test]
    public void ScanningAMegabyteOfPathologicalTextIsLinear()
    {
        var inputs = new[]
        {
            string.Concat(Enumerable.Repeat("1.", 500_000)),
            string.Concat(Enumerable.Repeat("mil ", 250_000)),
            new string('9', 1_000_000),
            string.Concat(Enumerable.Repeat("treinta y ", 100_000)),
        };
        foreach (var text in inputs)
        {
            var watch = Stopwatch.StartNew();
            _ = SpanishNumberParser.ForDocument(text).FindAll(text);
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), text[..10]);
        }
    }
}
