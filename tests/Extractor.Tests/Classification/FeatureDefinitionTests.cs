using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Classification.Linear;

namespace Extractor.Tests.Classification;

/// <summary>
/// The featurizer's fast paths (a per-character folding table, span-based counting and cue lookups, a dense accumulator)
/// against the plain definitions they replace, on random and real text.
/// </summary>
public class FeatureDefinitionTests
{
    private static IEnumerable<string> Texts()
    {
        var random = new Random(7);
        // Latin-1, Latin Extended, combining marks, Greek, symbols and surrogates all appear.
        char[] pool = [.. "aeiou AEIOU ñÑ áéíóú ÁÉÍÓÚ üÜ çÇ 0123456789 .,;:%$€-–\t\n•…ªº²½ǅǈ", '\u0301', '\u0308', '\u2460', '\u00A0', '\uD83D', '\uDE00', 'Ω', 'ﬁ', 'İ', '“', '”', '—', '\u1E9E', '\uAC00', '\uFDD0', '\uFFFE', '\uFFFF', '\uFFFD'];
        for (var i = 0; i < 300; i++)
            yield return new string(Enumerable.Range(0, random.Next(0, 400)).Select(_ => random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : pool[random.Next(pool.Length)]).ToArray());
        yield return "a\uD83F\uDFFEb \uFFFF c\uFDD0d";
        yield return "REUNIONES con socios: 1.200 participantes, 35% mujeres y 3.000.000 euros de presupuesto\n• Taller\n1. Índice ........ 4";
    }

    /// <summary>The definition: unpaired surrogates and noncharacters as U+FFFD, decompose (NFD), drop combining marks, digits to 0, letters to lower case, other runs to one space.</summary>
    private static string FoldByDefinition(string text, int maxChars)
    {
        var source = text.Length > maxChars ? text[..maxChars] : text;
        var b = new StringBuilder();
        var space = true;
        foreach (var c in Extractor.Domain.UnicodeText.WithoutInvalidCodePoints(source).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsDigit(c) || char.IsLetter(c))
            {
                b.Append(char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                b.Append(' ');
                space = true;
            }
        }

        return b.ToString().TrimEnd(' ');
    }

    [Test]
    public void Folding_EqualsDecomposingTheWholeText()
    {
        foreach (var text in Texts())
        {
            Assert.That(TextFolding.Fold(text), Is.EqualTo(FoldByDefinition(text, int.MaxValue)), text);
            Assert.That(TextFolding.Fold(text, 37), Is.EqualTo(FoldByDefinition(text, 37)), text);
        }
    }

    [Test]
    public void NumberCount_EqualsTheNumberPattern()
    {
        var pattern = new Regex(@"\d[\d.,]*%?");
        foreach (var text in Texts())
            Assert.That(LayoutFeatures.CountNumbers(text), Is.EqualTo(pattern.Count(text)), text);
    }

    [TestCase("reuniones reunion", "activity", 1.0)]
    [TestCase("la tasa de la ciudad es alta", "finance", 10.0 / 7)]
    [TestCase("la tasa de la ciudad es alta", "statistics", 10.0 / 7)]
    [TestCase("presupuestario presupuesto", "finance", 1.0)]
    [TestCase("visionario", "institutional", 0.0)]
    [TestCase("", "activity", 0.0)]
    public void CueDensity_CountsExactWordsAndPrefixes(string folded, string family, double expected)
    {
        var index = CueWords.Families.Select(f => f.Name).ToList().IndexOf(family);
        Assert.That(CueWords.Densities(folded)[index], Is.EqualTo(Math.Min(1, expected)).Within(1e-12));
    }

    [TestCase(5)]
    [TestCase(0)]
    public void Featurizer_EqualsHashingEveryNgramOnItsOwn(int maxCharNgram)
    {
        var settings = new FeatureSettings { HashBits = 12, MaxTextChars = 300, MaxCharNgram = maxCharNgram };
        var featurizer = new TextFeaturizer(settings);
        foreach (var text in Texts())
        {
            var title = text.Length > 20 ? text[..20] : text;
            var actual = featurizer.Featurize(title, text, 2, 0.25, ["pages:3", "chars:9"], 2.0);
            var expected = Reference(settings, title, text, 2, 0.25, ["pages:3", "chars:9"], 2.0);
            Assert.That(actual.Indices, Is.Unique, text);
            Assert.That(actual.Indices.Order(), Is.EqualTo(expected.Keys.Order()), text);
            for (var i = 0; i < actual.Count; i++)
                Assert.That(actual.Values[i], Is.EqualTo(expected[actual.Indices[i]]).Within(1e-12), text);
        }
    }

    /// <summary>The vector by definition: each n-gram hashed on its own, blocks log-scaled, L2-normalised and weighted, then the layout features.</summary>
    private static Dictionary<int, double> Reference(FeatureSettings settings, string title, string text, int level, double position, string[] shape, double shapeWeight)
    {
        var vector = new Dictionary<int, double>();
        void Put(int index, double value) => vector[index] = vector.GetValueOrDefault(index) + value;

        var shapeHasher = new FeatureHasher(settings.HashBits);
        foreach (var token in shape) shapeHasher.Add("x", token, shapeWeight);
        foreach (var (k, v) in shapeHasher.Values) Put(k, v);

        void Block(string ns, string folded, double weight)
        {
            if (folded.Length == 0) return;
            var hasher = new FeatureHasher(settings.HashBits);
            var words = folded.Split(' ');
            for (var n = 1; n <= settings.MaxWordNgram; n++)
                for (var i = 0; i + n <= words.Length; i++) hasher.Add(ns + "w" + n, string.Join(' ', words[i..(i + n)]));
            var padded = " " + folded + " ";
            for (var i = 0; i < padded.Length; i++)
                for (var n = settings.MinCharNgram; n <= settings.MaxCharNgram && i + n <= padded.Length; n++) hasher.Add(ns + "c", padded.AsSpan(i, n));
            var scaled = hasher.Values.ToDictionary(p => p.Key, p => Math.Sign(p.Value) * Math.Log(1 + Math.Abs(p.Value)));
            var norm = Math.Sqrt(scaled.Values.Sum(v => v * v));
            if (norm == 0) return;
            foreach (var (k, v) in scaled) Put(k, weight * v / norm);
        }

        Block("t", TextFolding.Fold(title, 400), settings.TitleWeight);
        var body = text.StartsWith(title, StringComparison.Ordinal) ? text[title.Length..] : text;
        Block("b", TextFolding.Fold(body, settings.MaxTextChars), settings.BodyWeight);
        var layout = LayoutFeatures.Compute(title, text, level, position);
        for (var i = 0; i < layout.Length; i++) Put(settings.LayoutOffset + i, layout[i] * settings.LayoutWeight);
        return vector.Where(p => Math.Abs(p.Value) > 1e-15).ToDictionary();
    }
}

/// <summary>One featurizer serves every ingest worker: its per-thread scratch must not leak between threads or texts.</summary>
public class FeaturizerConcurrencyTests
{
    [Test]
    public void UnitsFeaturizedOnManyThreadsAtOnce_EqualThoseFeaturizedOneAfterAnother()
    {
        var settings = new TrainingSettings().SectionFeatures;
        Assert.That(settings.DocumentShapeWeight, Is.GreaterThan(0), "the trained settings, document shape included");
        var random = new Random(11);
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => random.Next(5) switch
        {
            0 => "Reunión", 1 => "con", 2 => random.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture), 3 => "CGLU\n", _ => "presupuesto",
        }));
        var documents = Enumerable.Range(0, 24).Select(d => Enumerable.Range(0, 1 + random.Next(8))
            .Select(s => new SectionInput($"{s + 1}. Título {d}", $"{s + 1}. Título {d}\n{Text(random.Next(3, 400))}", 1, s / 10.0)).ToList()).ToList();

        var featurizer = new TextFeaturizer(settings);
        IReadOnlyList<SparseVector> Featurize(List<SectionInput> sections) =>
            featurizer.Units(sections, SectionUnits.Group(sections.Select(x => x.Text).ToList(), settings.FragmentChars), 3);
        var sequential = documents.Select(Featurize).ToList();
        var parallel = new IReadOnlyList<SparseVector>[documents.Count];
        Parallel.For(0, documents.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i % documents.Count] = Featurize(documents[i % documents.Count]));

        for (var d = 0; d < documents.Count; d++)
            for (var u = 0; u < sequential[d].Count; u++)
            {
                Assert.That(parallel[d][u].Indices, Is.EqualTo(sequential[d][u].Indices), $"document {d}, unit {u}");
                Assert.That(parallel[d][u].Values, Is.EqualTo(sequential[d][u].Values), $"document {d}, unit {u}");
            }
    }
}
