using Extractor.Classification.Linear;

namespace Extractor.Tests.Classification;

/// <summary>
/// The context of a section unit: the shapes of the units before and after it ("prev_…", "next_…"), its place among its
/// document's units, and the bins of the shape ratios.
/// </summary>
public class NeighbourFeatureTests
{
    private static readonly FeatureSettings Settings = new()
    {
        HashBits = 12, FragmentChars = 0, LayoutWeight = 2, DocumentShapeWeight = 10, NeighbourShapeWeight = 0.5, ShapeBins = 3, ShapeBinWeight = 0.3,
    };

    private static readonly SectionInput Cover = new("", "INFORME ANUAL 2023\nDirección de Relaciones Internacionales\n", 0, 0);
    private static readonly SectionInput Report = new("Actividades", "Actividades\nLa alcaldesa recibió a la delegación y firmó un convenio de cooperación con la ciudad hermana, que visitó la planta.\n", 1, 0.3);
    private static readonly SectionInput Budget = new("Presupuesto", "Presupuesto\nIngresos 2023 | $ 1.200.000\nGastos 2023 | $ 950.000\nSaldo | $ 250.000\n", 1, 0.7);
    private static readonly SectionInput Contents = new("Índice", "Índice\n1. Presentación ........ 3\n2. Actividades ........ 5\n3. Presupuesto ........ 9\n", 1, 0.7);

    private static IReadOnlyList<SparseVector> Units(FeatureSettings settings, params SectionInput[] sections) =>
        new TextFeaturizer(settings).Units(sections, SectionUnits.Group(sections.Select(s => s.Text).ToList(), settings.FragmentChars), 3);

    /// <summary>The layout features of a vector by name, unscaled (divided by the weight of their block).</summary>
    private static Dictionary<string, double> Layout(FeatureSettings settings, SparseVector v)
    {
        var layout = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < v.Count; j++)
        {
            var i = v.Indices[j] - settings.LayoutOffset;
            if (i >= 0 && i < LayoutFeatures.Names.Count) layout[LayoutFeatures.Names[i]] = v.Values[j] / settings.LayoutScale(i);
        }

        return layout;
    }

    private static Dictionary<string, double> Block(Dictionary<string, double> layout, string prefix) =>
        layout.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(p => p.Key[prefix.Length..], p => p.Value);

    private static Dictionary<string, double> Own(Dictionary<string, double> layout) =>
        layout.Where(p => LayoutFeatures.ShapeNames.Contains(p.Key)).ToDictionary();

    [Test]
    public void TheFirstUnit_HasNoPreviousNeighbour_AndTheLastNoNext()
    {
        var vectors = Units(Settings, Cover, Report, Budget);
        var first = Layout(Settings, vectors[0]);
        var last = Layout(Settings, vectors[2]);
        Assert.Multiple(() =>
        {
            Assert.That(Block(first, "prev_"), Is.Empty, "nothing before the first unit");
            Assert.That(first["no_previous"], Is.EqualTo(1));
            Assert.That(first.ContainsKey("no_next"), Is.False);
            Assert.That(first.ContainsKey("unit_fraction"), Is.False, "the first unit is at 0");
            Assert.That(Block(last, "next_"), Is.Empty, "nothing after the last unit");
            Assert.That(last["no_next"], Is.EqualTo(1));
            Assert.That(last["unit_fraction"], Is.EqualTo(1));
            Assert.That(Layout(Settings, vectors[1])["unit_fraction"], Is.EqualTo(0.5));
        });
    }

    [Test]
    public void AUnitsNeighbourFeatures_AreTheShapesOfTheUnitsBeforeAndAfterIt()
    {
        var vectors = Units(Settings, Cover, Report, Budget);
        var middle = Layout(Settings, vectors[1]);
        AssertSame(Block(middle, "prev_"), Own(Layout(Settings, vectors[0])));
        AssertSame(Block(middle, "next_"), Own(Layout(Settings, vectors[2])));
    }

    private static void AssertSame(Dictionary<string, double> actual, Dictionary<string, double> expected)
    {
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys));
        foreach (var (name, value) in expected) Assert.That(actual[name], Is.EqualTo(value).Within(1e-12), name);
    }

    [Test]
    public void ChangingAUnitsNeighbour_ChangesItsNeighbourFeatures_NotItsOwn()
    {
        var beforeBudget = Layout(Settings, Units(Settings, Cover, Report, Budget)[1]);
        var beforeContents = Layout(Settings, Units(Settings, Cover, Report, Contents)[1]);
        AssertSame(Own(beforeContents), Own(beforeBudget));
        AssertSame(Block(beforeContents, "prev_"), Block(beforeBudget, "prev_"));
        Assert.That(Block(beforeContents, "next_"), Is.Not.EquivalentTo(Block(beforeBudget, "next_")));
    }

    [Test]
    public void WeightZero_LeavesTheNeighboursAndTheirBinsOut()
    {
        var off = Settings with { NeighbourShapeWeight = 0 };
        var vector = Units(off, Cover, Report, Budget)[1];
        var neighbourIndices = Enumerable.Range(LayoutFeatures.NeighbourOffset, LayoutFeatures.Names.Count - LayoutFeatures.NeighbourOffset).ToList();
        var bins = neighbourIndices.SelectMany(i => Enumerable.Range(off.BinOffset + i * off.ShapeBins, off.ShapeBins));
        var excluded = neighbourIndices.Select(i => off.LayoutOffset + i).Concat(bins).ToHashSet();
        Assert.That(vector.Indices.Where(excluded.Contains), Is.Empty);
    }

    [Test]
    public void EveryShapeRatioOfABlockThatIsOn_FallsInExactlyOneBin()
    {
        var vectors = Units(Settings, Cover, Report, Budget);
        foreach (var v in vectors)
        {
            var bins = v.Indices.Where(i => i >= Settings.BinOffset).Select(i => (i - Settings.BinOffset) / Settings.ShapeBins).ToList();
            var ratios = Enumerable.Range(0, LayoutFeatures.Names.Count).Where(LayoutFeatures.IsShapeRatio).ToList();
            Assert.That(bins, Is.EquivalentTo(ratios), "one bin per ratio, none for size, level or position");
            Assert.That(v.Indices.Where(i => i >= Settings.BinOffset).Select(i => v.Values[Array.IndexOf(v.Indices, i)]), Has.All.EqualTo(0.3));
        }

        Assert.That(Units(Settings with { ShapeBins = 0 }, Cover, Report, Budget).SelectMany(v => v.Indices), Has.None.GreaterThanOrEqualTo(Settings.BinOffset));
    }

    [TestCase(-1, 3)]
    [TestCase(3, 3)]
    [TestCase(0, 0)]
    public void AUnitIndexOutsideItsDocument_IsRefused(int index, int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new UnitNeighbours(null, null, index, count));

    [TestCase(0.0, 0)]
    [TestCase(0.1, 0)]
    [TestCase(0.25, 1)]
    [TestCase(0.5, 2)]
    [TestCase(1.0, 2)]
    public void AShapeRatio_FallsInTheBinOfItsSquareRoot(double ratio, int bin) =>
        Assert.That(new TextFeaturizer(Settings).ShapeBin(ratio), Is.EqualTo(bin));

    [Test]
    public void UnitsOfRandomDocuments_WithTheTrainedSettings_HaveDistinctIndicesInTheFeatureSpace()
    {
        var settings = new TrainingSettings().SectionFeatures;
        Assert.That(settings.NeighbourShapeWeight, Is.GreaterThan(0), "the trained settings, neighbours included");
        Assert.That(settings.ShapeBins, Is.GreaterThan(0), "the trained settings, bins included");
        var random = new Random(13);
        char[] pool = [.. "aeiou AEIOU ñ áéíóú 0123456789 .,;:%$€-/¿?\t\n\n•…ARTÍCULO Capítulo Índice ....... 4\n", '\u00A0'];
        var featurizer = new TextFeaturizer(settings);
        for (var d = 0; d < 60; d++)
        {
            var sections = Enumerable.Range(0, random.Next(0, 9))
                .Select(s => new SectionInput(s % 2 == 0 ? "" : "Título", new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ => pool[random.Next(pool.Length)]).ToArray()), s % 3, s / 10.0))
                .ToList();
            var units = SectionUnits.Group(sections.Select(s => s.Text).ToList(), settings.FragmentChars);
            var vectors = featurizer.Units(sections, units, 1 + d % 4);
            Assert.That(vectors, Has.Count.EqualTo(units.Count));
            foreach (var v in vectors)
            {
                Assert.That(v.Indices, Is.Unique);
                Assert.That(v.Indices, Has.All.InRange(0, settings.Dimension - 1));
                Assert.That(v.Values, Has.All.Matches<double>(double.IsFinite));
            }
        }
    }
}
