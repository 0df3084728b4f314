using System.Text.Json;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Extraction.Events;
using Extractor.Extraction.Partners;
using Extractor.Pipeline;

namespace Extractor.Tests.Extraction;

/// <summary>
/// The seeds against their gold (Golden/*.jsonl, copied from the shared annotation, and the development gold in corpus/gold-dev;
/// RANGES.tsv limits a document to its annotated lines), scored as ANNOTATION.md says: partners as sets of canonical names per document (a name matching the gold canonical or text, folded),
/// events matched when dates are equal and titles' content words have Dice ≥ 0.5. F1 is micro-averaged over documents.
/// </summary>
public sealed class GoldenSeedTests
{
    private const string Shared = "shared gold";
    private const string Development = "development gold";

    // What the rules reached when these floors were set, less a small margin: shared gold partners 0.960, events 0.934;
    // development gold (corpus/gold-dev) partners 0.916, events 0.794.
    private static readonly Dictionary<string, (double Partners, double Events)> Floors = new()
    {
        [Shared] = (0.93, 0.90),
        [Development] = (0.88, 0.74),
    };

    private static readonly Dictionary<string, Lazy<IReadOnlyList<(List<JsonElement> Gold, List<Mention> Found)>>> Results = new()
    {
        [Shared] = new(() => Score(Path.Combine(TestContext.CurrentContext.TestDirectory, "Extraction", "Golden"))),
        [Development] = new(() => Score(Path.Combine(Path.GetDirectoryName(FindSeeds())!, "corpus", "gold-dev"))),
    };

    private static IReadOnlyList<(List<JsonElement>, List<Mention>)> Score(string golden)
    {
        var options = new ExtractionOptions();
        var pipeline = new DocumentPipelineBuilder()
            .UseExtractors(ExtractorCatalog.Default(options, TestContext.CurrentContext.TestDirectory), options.SkipSectionTypes)
            .Build();
        var ranges = File.ReadLines(Path.Combine(golden, "RANGES.tsv")).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')).ToDictionary(f => f[0], f => (int.Parse(f[1]), int.Parse(f[2])));
        var seeds = FindSeeds();
        var results = new List<(List<JsonElement>, List<Mention>)>();
        foreach (var goldFile in Directory.GetFiles(golden, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(goldFile);
            var processed = pipeline.ProcessFileAsync(Path.Combine(seeds, name + ".txt")).GetAwaiter().GetResult().Value!;
            var (lo, hi) = ranges.GetValueOrDefault(name, (1, int.MaxValue));
            var found = processed.Mentions.Where(m => processed.Locate(m).Line is var l && l >= lo && l <= hi).ToList();
            var gold = File.ReadLines(goldFile).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            results.Add((gold, found));
        }

        return results;
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds"))) return Path.Combine(dir.FullName, "seeds");
        throw new DirectoryNotFoundException("seeds/ not found above the test directory");
    }

    private static string Fold(string s) => string.Join(' ', FoldedText.FoldedWords(s));

    private static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);

    [TestCase(Shared)]
    [TestCase(Development)]
    public void PartnersReachTheirF1OnTheSeeds(string set)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (gold, found) in Results[set].Value)
        {
            var entities = gold.Where(g => g.GetProperty("kind").GetString() == "partner")
                .GroupBy(g => Fold(g.GetProperty("canonical").GetString()!))
                .ToDictionary(g => g.Key, g => g.SelectMany(x => new[] { Fold(x.GetProperty("canonical").GetString()!), Fold(x.GetProperty("text").GetString()!) }).ToHashSet());
            var names = found.OfType<PartnerMention>().Select(p => Fold(p.Canonical)).ToHashSet();
            var matched = new HashSet<string>();
            foreach (var n in names)
            {
                var hit = entities.FirstOrDefault(e => e.Value.Contains(n)).Key;
                if (hit is null) fp++;
                else matched.Add(hit);
            }

            tp += matched.Count;
            fn += entities.Count - matched.Count;
        }

        TestContext.Out.WriteLine($"{set}: partners tp={tp} fp={fp} fn={fn} F1={F1(tp, fp, fn):0.000}");
        Assert.That(F1(tp, fp, fn), Is.GreaterThanOrEqualTo(Floors[set].Partners));
    }

    [TestCase(Shared)]
    [TestCase(Development)]
    public void EventsReachTheirF1OnTheSeeds(string set)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (gold, found) in Results[set].Value)
        {
            var events = gold.Where(g => g.GetProperty("kind").GetString() == "event").ToList();
            var used = new HashSet<int>();
            foreach (var e in found.OfType<EventMention>())
            {
                var i = events.FindIndex(g => !used.Contains(events.IndexOf(g)) &&
                                              (g.GetProperty("date").ValueKind == JsonValueKind.Null ? null : g.GetProperty("date").GetString()) == e.Date?.ToIso() &&
                                              Titles.Dice(g.GetProperty("title").GetString()!, e.Title) >= 0.5);
                if (i < 0) fp++;
                else { used.Add(i); tp++; }
            }

            fn += events.Count - used.Count;
        }

        TestContext.Out.WriteLine($"{set}: events tp={tp} fp={fp} fn={fn} F1={F1(tp, fp, fn):0.000}");
        Assert.That(F1(tp, fp, fn), Is.GreaterThanOrEqualTo(Floors[set].Events));
    }
}
