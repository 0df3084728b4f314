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
    public void ATextThatGroupsThousandsWithSpaces_ReadsThemSo_AndOtherTextsDoNot()
    {
        const string spaced = "La donación fue de US$ 270 000; el aporte, S/ 1 250 000 y S/ 3 800 000. En 2023 150 personas asistieron.";
        Assert.That(SpanishNumberParser.DetectSpaceGroups(spaced), Is.True);
        var found = SpanishNumberParser.ForDocument(spaced).FindAll(spaced).Select(n => n.Value);
        Assert.That(found, Is.EqualTo(new[] { 270000m, 1250000m, 3800000m, 2023m, 150m }), "a year of four figures opens no group");

        const string plain = "Del 12 de marzo, 300 personas y 150 000 visitas.";
        Assert.That(SpanishNumberParser.DetectSpaceGroups(plain), Is.False, "one figure with one group is no habit");
        Assert.That(SpanishNumberParser.ForDocument(plain).FindAll(plain).Select(n => n.Value), Is.EqualTo(new[] { 12m, 300m, 150m, 0m }).Or.EqualTo(new[] { 12m, 300m, 150m }));
    }

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
