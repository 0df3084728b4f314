using Extractor.Indexing.Spanish;

namespace Extractor.Tests.Indexing.Spanish;

public sealed class SpanishStemmerTests
{
    private static IEnumerable<TestCaseData> PublishedExamples()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Indexing", "Spanish", "spanish-stems.txt");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(" → ");
            yield return new TestCaseData(parts[0]).Returns(parts[1]).SetName($"Stem_{parts[0]}_Is_{parts[1]}");
        }
    }

    [TestCaseSource(nameof(PublishedExamples))]
    public string TheStemmerGivesThePublishedStem(string word) => SpanishStemmer.Stem(word);

    private static readonly object[] SameStem =
    [
        new object[] { "reunión", "reuniones" },
        new object[] { "reunión", "reunion" },
        new object[] { "cooperación", "cooperacion" },
        new object[] { "cooperación", "cooperaciones" },
        new object[] { "Bogotá", "bogota" },
        new object[] { "contribución", "contribucion" },
        new object[] { "foros", "foro" },
    ];

    [TestCaseSource(nameof(SameStem))]
    public void WordsThatDifferOnlyByInflectionOrAccents_ShareTheAnalysedStem(string a, string b) =>
        Assert.That(SpanishAnalyzer.StemWord(a.ToLowerInvariant()), Is.EqualTo(SpanishAnalyzer.StemWord(b.ToLowerInvariant())));

    [Test]
    public void AnalysisKeepsTheOffsetsOfTheOriginalWords()
    {
        var tokens = SpanishAnalyzer.Analyze("Reunión con la UCCI, 2021.");
        Assert.That(tokens.Select(t => (t.Start, t.End, t.Stem)),
            Is.EqualTo(new[] { (0, 7, "reunion"), (8, 11, "con"), (12, 14, "la"), (15, 19, "ucci"), (21, 25, "2021") }));
    }

    [Test]
    public void RandomWords_NeverThrowAndNeverGrow()
    {
        var random = new Random(20240601);
        const string letters = "abcdefghijklmnopqrstuvwxyzáéíóúüñ";
        for (var i = 0; i < 20000; i++)
        {
            var word = new string(Enumerable.Range(0, random.Next(0, 14)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
            var stem = SpanishStemmer.Stem(word);
            Assert.That(stem.Length, Is.LessThanOrEqualTo(word.Length), word);
        }
    }
}
