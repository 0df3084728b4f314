using System.Diagnostics;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Extraction.Events;

namespace Extractor.Tests.Extraction.Events;

public sealed class EventExtractorTests
{
    private static readonly EventExtractor Extractor = new();

    public static IEnumerable<TestCaseData> Examples() =>
        TestDocuments.ReadTable("event-examples.tsv").Select(c =>
        {
            var text = c[0].StartsWith("## ", StringComparison.Ordinal) ? c[0][1..] : c[0];
            return new TestCaseData(text, c.ElementAtOrDefault(1) ?? "", c.ElementAtOrDefault(2) ?? "", c.ElementAtOrDefault(3) ?? "")
                .SetName($"Events: {Shorten(text)}");
        });

    private static string Shorten(string s) => (s.Length > 70 ? s[..70] + "…" : s).Replace("\n", " ", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

    private static IReadOnlyList<EventMention> Run(string text, IReadOnlyList<Mention>? earlier = null)
    {
        var doc = TestDocuments.Build(text);
        return Extractor.Extract(new ExtractionInput(doc, TestDocuments.CityReport(), earlier ?? [])).Cast<EventMention>().ToList();
    }

    [TestCaseSource(nameof(Examples))]
    public void EachExampleYieldsTheExpectedEvent(string text, string title, string type, string date)
    {
        var found = Run(text);
        if (title.Length == 0)
        {
            Assert.That(found.Select(e => e.Title), Is.Empty, text);
            return;
        }

        var e = found.FirstOrDefault(e => e.Title == title);
        Assert.That(e, Is.Not.Null, $"expected “{title}”, found: {string.Join(" | ", found.Select(f => f.Title))}");
        Assert.That(e!.EventType, Is.EqualTo(type));
        Assert.That(e.Date?.ToIso() ?? "", Is.EqualTo(date));
    }

    [Test]
    public void DatesPartnersAndCountsComeFromEarlierExtractors()
    {
        const string text = "# Taller de resiliencia urbana (12 de agosto)\nAsistieron 40 personas de la UCCI.";
        var doc = TestDocuments.Build(text);
        var dateAt = text.IndexOf("12 de agosto", StringComparison.Ordinal) - 2;
        var earlier = new List<Mention>
        {
            new DateMention(new TextSpan(dateAt, dateAt + 12), "12 de agosto", 1, DateValue.ParseIso("2021-08-12")!),
            new ParticipantsMention(new TextSpan(text.IndexOf("40", StringComparison.Ordinal) - 2, text.IndexOf("40", StringComparison.Ordinal) + 9), "40 personas", 1, 40, null, "personas"),
            new PartnerMention(new TextSpan(text.IndexOf("UCCI", StringComparison.Ordinal) - 2, text.IndexOf("UCCI", StringComparison.Ordinal) + 2), "UCCI", 1, "UCCI"),
        };
        var e = Extractor.Extract(new ExtractionInput(doc, TestDocuments.CityReport(), earlier)).Cast<EventMention>().Single();
        Assert.That(e.Title, Is.EqualTo("Taller de resiliencia urbana"));
        Assert.That(e.Date!.ToIso(), Is.EqualTo("2021-08-12"));
        Assert.That(e.Participants, Is.EqualTo(40));
        Assert.That(e.Partners, Is.EqualTo(new[] { "UCCI" }));
    }

    [Test]
    public void AHeadingWithTwoSeparateDaysIsTwoEvents()
    {
        var found = Run("# Reuniones de cortesía con los expresidentes de Ecuador y Bolivia (18 y 22 de octubre)\nSe reunió con ambos.");
        Assert.That(found.Select(e => e.Date!.ToIso()), Is.EqualTo(new[] { "2021-10-18", "2021-10-22" }));
    }

    [Test]
    public void EachDateOfARecordsDateFieldIsOneOccasion_CountedWithTheParticipantsBesideIt()
    {
        const string text = "Curso: Destrezas de Litigación Oral. Objetivo: Entrenamiento técnico. Fechas: el primero fue del 8 al 10 de noviembre con 6 participantes " +
                            "y el grupo 2 del 14 al 16 de diciembre con 16 participantes. Lugar: Ciudad de México.";
        var earlier = new List<Mention>();
        foreach (var (count, words) in new[] { (6, "6 participantes"), (16, "16 participantes") })
        {
            var at = text.IndexOf(words, StringComparison.Ordinal);
            earlier.Add(new ParticipantsMention(new TextSpan(at, at + words.Length), words, 1, count, null, "participantes"));
        }

        foreach (var (iso, words) in new[] { ("2021-11-08/2021-11-10", "8 al 10 de noviembre"), ("2021-12-14/2021-12-16", "14 al 16 de diciembre") })
        {
            var at = text.IndexOf(words, StringComparison.Ordinal);
            earlier.Add(new DateMention(new TextSpan(at, at + words.Length), words, 1, DateValue.ParseIso(iso)!));
        }

        var found = Run(text, earlier);
        Assert.That(found.Select(e => (e.Title, e.Date!.ToIso(), e.Participants)).ToList(), Is.EqualTo(new[]
        {
            ("Destrezas de Litigación Oral", "2021-11-08/2021-11-10", (long?)6),
            ("Destrezas de Litigación Oral", "2021-12-14/2021-12-16", (long?)16),
        }));
    }

    [Test]
    public void ItemsDatedInBracketsThatTheLayoutRanTogetherAreReadOneByOne()
    {
        var found = Run("Comité Ejecutivo (excom) de la organización WeGO (14 de octubre) Asamblea General de la organización WeGO (18 de octubre)");
        Assert.That(found.Select(e => (e.Title, e.Date!.ToIso())).ToList(), Is.EqualTo(new[]
        {
            ("Comité Ejecutivo (excom) de la organización WeGO", "2021-10-14"),
            ("Asamblea General de la organización WeGO", "2021-10-18"),
        }));
    }

    [Test]
    public void TheBodyRetellingAHeadingsActivityOnItsDateAddsNoEvent()
    {
        var found = Run("# Reuniones de cortesía con los expresidentes de Ecuador y Bolivia (18 y 22 de octubre)\n" +
                        "El pasado 18 de octubre, la Jefa de Gobierno sostuvo un encuentro con el expresidente de Ecuador, Rafael Correa.");
        Assert.That(found.Select(e => (e.Title, e.Date!.ToIso())).ToList(), Is.EqualTo(new[]
        {
            ("Reuniones de cortesía con los expresidentes de Ecuador y Bolivia", "2021-10-18"),
            ("Reuniones de cortesía con los expresidentes de Ecuador y Bolivia", "2021-10-22"),
        }));
    }

    [Test]
    public void TheVenueIsReadFromTheDescription()
    {
        var e = Run("# Ceremonia de aniversario (10 de diciembre)\nLa ceremonia se llevó a cabo en el Antiguo Palacio del Ayuntamiento, con invitados.").Single();
        Assert.That(e.Location, Is.EqualTo("Antiguo Palacio del Ayuntamiento"));
    }

    [TestCase("Reunión con alcaldesas", "reunión con alcaldesas", 1.0)]
    [TestCase("Sesión inaugural del Foro Mundial", "Foro Mundial: sesión inaugural", 1.0)]
    [TestCase("Taller de datos", "Congreso de movilidad", 0.0)]
    public void TitlesCompareByTheirContentWords(string a, string b, double dice) =>
        Assert.That(Titles.Dice(a, b), Is.EqualTo(dice).Within(1e-9));

    [Test, Repeat(3)]
    public void RandomInput_NeverThrowsAndKeepsSpansInBounds()
    {
        var random = new Random(TestContext.CurrentContext.CurrentRepeatCount + 41);
        var text = TestDocuments.RandomText(random, 20_000);
        var doc = TestDocuments.Build(text);
        foreach (var m in Extractor.Extract(new ExtractionInput(doc, TestDocuments.CityReport(), [])))
        {
            Assert.That(m.Span.End, Is.LessThanOrEqualTo(doc.Clean.Text.Length));
            Assert.That(doc.Clean.Text.Substring(m.Span.Start, m.Span.Length), Is.EqualTo(m.Text));
        }
    }

    [Test]
    public void AParagraphOfManyDateFieldsIsReadInBoundedTime()
    {
        var text = "Curso: Taller de movilidad urbana. " + string.Join(' ', Enumerable.Repeat("Fecha: 3 de agosto y 4 de agosto", 4000));
        var watch = Stopwatch.StartNew();
        var found = Run(text);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())).Distinct().ToList(), Is.EqualTo(new[] { ("Taller de movilidad urbana", (string?)"2021-08-03/2021-08-04") }));
    }

    [Test]
    public void OneMegabyteOfTextIsReadInBoundedTime()
    {
        var text = TestDocuments.RandomText(new Random(9), 1_000_000);
        var doc = TestDocuments.Build(text);
        var watch = Stopwatch.StartNew();
        _ = Extractor.Extract(new ExtractionInput(doc, TestDocuments.CityReport(), []));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }
}
