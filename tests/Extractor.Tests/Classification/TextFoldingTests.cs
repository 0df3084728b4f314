using Extractor.Classification.Linear;

namespace Extractor.Tests.Classification;

public class TextFoldingTests
{
    [TestCase("Gestión DE Recursos", "gestion de recursos")]
    [TestCase("Año 2024: $34.055", "ano 0000 00 000")]
    [TestCase("  ÍNDICE ..... 3  ", "indice 0")]
    [TestCase("", "")]
    public void FoldingRemovesCaseAccentsDigitsAndPunctuation(string input, string expected) =>
        Assert.That(TextFolding.Fold(input), Is.EqualTo(expected));

    [Test]
    public void RandomText_NeverBreaksTheFeaturizer()
    {
        var random = new Random(42);
        var featurizer = new TextFeaturizer(new FeatureSettings { HashBits = 10 });
        for (var i = 0; i < 200; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 300)).Select(_ => (char)random.Next(0, 0x3000)).ToArray();
            var text = new string(chars);
            var v = featurizer.Section(text.Length > 10 ? text[..10] : text, text, random.Next(0, 7), random.NextDouble());
            Assert.That(v.Indices.All(ix => ix >= 0 && ix < featurizer.Settings.Dimension), Is.True);
            Assert.That(v.Values.All(double.IsFinite), Is.True);
        }
    }
}
