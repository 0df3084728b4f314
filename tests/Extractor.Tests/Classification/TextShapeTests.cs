using System.Text.RegularExpressions;
using Extractor.Classification.Linear;

namespace Extractor.Tests.Classification;

/// <summary>
/// The shape counts behind the layout features: each line and word kind on examples, the hand-written list and leader
/// tests against the patterns that define them, additivity (what lets a unit and a document sum their sections' shapes),
/// and every feature in [0, 1] on random text.
/// </summary>
public class TextShapeTests
{
    private static readonly Regex ListPattern = new(@"^\s*(?:[•·▪■◦‣●○►✓➤\-–*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-z][.)])\s+");
    private static readonly Regex LeaderPattern = new(@"(?:\.\s?){4,}|…{2,}|\s\d{1,3}\s*$");

    private static IEnumerable<TestCaseData> Lines()
    {
        TestCaseData Case(string line, params (ShapeCount Count, int Expected)[] counts) =>
            new TestCaseData(line, counts).SetName($"{{m}}({line.Replace('\t', ' ')})");
        yield return Case("ARTÍCULO 5°: Hecho imponible.", (ShapeCount.ArticleLines, 1), (ShapeCount.SentenceLines, 1), (ShapeCount.DivisionLines, 0));
        yield return Case("Art. 12 Las tasas se abonarán por mes", (ShapeCount.ArticleLines, 1));
        yield return Case("Artesanías del barrio", (ShapeCount.ArticleLines, 0));
        yield return Case("Articulado del convenio", (ShapeCount.ArticleLines, 0));
        yield return Case("CAPÍTULO III", (ShapeCount.DivisionLines, 1), (ShapeCount.CapitalLines, 1), (ShapeCount.Acronyms, 0));
        yield return Case("Partes interesadas", (ShapeCount.DivisionLines, 0));
        yield return Case("Informe de gestión ........ 12", (ShapeCount.LeaderLines, 1), (ShapeCount.PageNumberLines, 1), (ShapeCount.SentenceLines, 0));
        yield return Case("Resumen de los capítulos . . . . . . 4", (ShapeCount.LeaderLines, 1), (ShapeCount.PageNumberLines, 1));
        yield return Case("Pág. 1523", (ShapeCount.PageNumberLines, 1), (ShapeCount.LeaderLines, 0));
        yield return Case("148 97 121 133", (ShapeCount.NumberOnlyLines, 1), (ShapeCount.PageNumberLines, 0), (ShapeCount.TableLines, 1), (ShapeCount.Numbers, 4));
        yield return Case("BOE-A-2024-7293", (ShapeCount.CodeLines, 1), (ShapeCount.Years, 1));
        yield return Case("Orden AUC/319/2024, de 9 de abril, por la que se crea", (ShapeCount.CodeLines, 1));
        yield return Case("COVID-19 en 2020 y 2021", (ShapeCount.CodeLines, 0), (ShapeCount.Years, 2));
        yield return Case("La Jefa de Gobierno recibió al Embajador y firmaron un acuerdo.",
            (ShapeCount.PastTenseWords, 2), (ShapeCount.CapitalisedWords, 3), (ShapeCount.Sentences, 1), (ShapeCount.Words, 11));
        yield return Case("Cooperan la AECID y la ONU.", (ShapeCount.Acronyms, 2), (ShapeCount.CapitalisedWords, 0));
        yield return Case("Se reunió. Después visitó la planta", (ShapeCount.CapitalisedWords, 0), (ShapeCount.PastTenseWords, 2), (ShapeCount.Sentences, 1));
        yield return Case("REUNIONES ESTATUTARIAS DE LA RED", (ShapeCount.CapitalLines, 1), (ShapeCount.Acronyms, 0));
        yield return Case("Presupuesto anual: USD 412.500", (ShapeCount.MoneyLines, 1));
        yield return Case("Categoría A: $ 4.850", (ShapeCount.MoneyLines, 1));
        yield return Case("Usuarios del sistema", (ShapeCount.MoneyLines, 0));
        yield return Case("¿Qué es un dato?", (ShapeCount.QuestionLines, 1), (ShapeCount.Sentences, 1));
        yield return Case("35 % de mujeres", (ShapeCount.PercentLines, 1));
        yield return Case("• Taller de datos", (ShapeCount.ListLines, 1), (ShapeCount.ShortLines, 1));
        yield return Case("Tipo\tEntidad\tVínculo", (ShapeCount.TableLines, 1));
    }

    [TestCaseSource(nameof(Lines))]
    public void ALine_IsCountedAsItsKinds(string line, (ShapeCount Count, int Expected)[] counts)
    {
        var shape = TextShape.Of(line + "\n");
        Assert.Multiple(() =>
        {
            Assert.That(shape[ShapeCount.Lines], Is.EqualTo(1));
            foreach (var (count, expected) in counts) Assert.That(shape[count], Is.EqualTo(expected), count.ToString());
        });
    }

    private static IEnumerable<string> PatternLines()
    {
        string[] crafted =
        [
            "1. a", "12.3) b", "1.2 x", "123. x", "a) x", "b.x", "• x", "  - x", "1.", "1.2.3. x", "1.2.3 x", "1.22.3) x", "1..2 x", "Z) x", "ä) x",
            "....", "... .", ". . . .", ".  . . .", "a.b.c.d.", "……", "…", "x 12", "x 1234", "x\t7", "12", " 5", "x. 3", "Pág.3",
        ];
        foreach (var line in crafted) yield return line;
        var random = new Random(11);
        const string pool = "0123456789.) a•-–\t…*Zx";
        for (var i = 0; i < 3000; i++)
            yield return new string(Enumerable.Range(0, random.Next(1, 14)).Select(_ => pool[random.Next(pool.Length)]).ToArray()).TrimEnd();
    }

    [Test]
    public void ListAndLeaderLines_AreExactlyTheirPatterns()
    {
        Assert.Multiple(() =>
        {
            foreach (var line in PatternLines().Where(l => l.Length > 0))
            {
                Assert.That(TextShape.IsListLine(line), Is.EqualTo(ListPattern.IsMatch(line)), $"list: '{line}'");
                Assert.That(TextShape.IsLeaderLine(line), Is.EqualTo(LeaderPattern.IsMatch(line)), $"leader: '{line}'");
            }
        });
    }

    private static string RandomText(Random random)
    {
        char[] pool = [.. "aeiou AEIOU ñ áéíóú ÓÍ 0123456789 .,;:%$€-/¿?\t\n\n•…ARTÍCULO Capítulo ", '\u00A0', 'Ω'];
        return new string(Enumerable.Range(0, random.Next(0, 400)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
    }

    [Test]
    public void Shapes_AddUp_SoAUnitIsTheSumOfItsSections()
    {
        var random = new Random(5);
        for (var i = 0; i < 300; i++)
        {
            var (a, b) = (RandomText(random), RandomText(random));
            var joined = TextShape.Of(a + "\n" + b);
            var sum = TextShape.Sum([TextShape.Of(a), TextShape.Of(b)]);
            foreach (var count in Enum.GetValues<ShapeCount>())
                Assert.That(sum[count], Is.EqualTo(joined[count] - (count == ShapeCount.Chars ? 1 : 0)), $"{count} of '{a}' + '{b}'");
            Assert.That(sum.CueHits.ToArray(), Is.EqualTo(joined.CueHits.ToArray()));
        }
    }

    [Test]
    public void LayoutFeatures_OfRandomText_LieInZeroOne_AndCountNoKindAboveTheLines()
    {
        var random = new Random(9);
        for (var i = 0; i < 300; i++)
        {
            var text = RandomText(random);
            var shape = TextShape.Of(text);
            foreach (var count in Enum.GetValues<ShapeCount>().Where(c => c.ToString().EndsWith("Lines", StringComparison.Ordinal)))
                Assert.That(shape[count], Is.LessThanOrEqualTo(shape[ShapeCount.Lines]), $"{count} of '{text}'");
            Assert.That(shape[ShapeCount.PastTenseWords], Is.LessThanOrEqualTo(shape[ShapeCount.Words]));
            Assert.That(shape[ShapeCount.CapitalisedWords] + shape[ShapeCount.Acronyms], Is.LessThanOrEqualTo(shape[ShapeCount.Words]));
            var f = LayoutFeatures.Compute(text.Length > 10 ? text[..10] : text, shape, random.Next(0, 6), random.NextDouble(), TextShape.Of(text + text));
            Assert.That(f, Has.Length.EqualTo(LayoutFeatures.Names.Count));
            Assert.That(f, Has.All.InRange(0.0, 1.0), text);
        }
    }

    [Test]
    public void AUnit_CarriesItsDocumentsShape_OnlyWhenTheSettingsAskForIt()
    {
        var report = new SectionInput("Actividades", "Actividades\nLa alcaldesa recibió a la delegación y firmó un convenio de cooperación con la ciudad hermana, que visitó la planta.\n", 1, 0.5);
        SectionInput[] narrative = [report, new("Visitas", "Visitas\nEl equipo participó en el foro y presentó el programa ante los asistentes de doce ciudades del continente.\n", 1, 0.7)];
        SectionInput[] gazette = [report, new("DECRETOS", "DECRETOS\nDecreto 45/2024 ..... 3\nResolución 12/2024 ..... 4\nBOE-A-2024-7293\nPág. 2\n", 1, 0.7)];
        FeatureSettings settings = new() { HashBits = 12, FragmentChars = 0, DocumentShapeWeight = 10 };
        SparseVector First(FeatureSettings s, SectionInput[] sections) =>
            new TextFeaturizer(s).Units(sections, SectionUnits.Group(sections.Select(x => x.Text).ToList(), 0), 1)[0];
        Dictionary<int, double> Doc(SparseVector v) => v.Indices.Select((ix, j) => (ix, v.Values[j]))
            .Where(p => p.ix >= settings.LayoutOffset + LayoutFeatures.DocumentOffset).ToDictionary(p => p.ix, p => p.Item2);
        Dictionary<int, double> Own(SparseVector v) => v.Indices.Select((ix, j) => (ix, v.Values[j]))
            .Where(p => p.ix < settings.LayoutOffset + LayoutFeatures.DocumentOffset).ToDictionary(p => p.ix, p => p.Item2);

        var inNarrative = First(settings, narrative);
        var inGazette = First(settings, gazette);
        Assert.That(Own(inGazette), Is.EquivalentTo(Own(inNarrative)), "the same section has the same features of its own");
        Assert.That(Doc(inGazette), Is.Not.EquivalentTo(Doc(inNarrative)), "but not the same document around it");
        var codeLines = settings.LayoutOffset + LayoutFeatures.DocumentOffset + LayoutFeatures.ShapeNames.ToList().IndexOf("code_lines");
        Assert.That(Doc(inGazette)[codeLines], Is.EqualTo(10.0 / 7).Within(1e-12), "one code line among the document's seven, weighted 10");
        Assert.That(Doc(First(settings with { DocumentShapeWeight = 0 }, gazette)), Is.Empty, "weight 0 leaves the document's shape out");
    }
}
