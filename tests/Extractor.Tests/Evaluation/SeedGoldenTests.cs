using Extractor.Domain;
using Extractor.Evaluation;
using Extractor.Extraction;
using Extractor.Pipeline;

namespace Extractor.Tests.Evaluation;

/// <summary>
/// The pipeline on the seed documents against their hand-made gold (a copy of shared/gold in Evaluation/Gold):
/// F1 per kind must stay at least at the figure reached when the rules were written, minus a small margin.
/// </summary>
public sealed class SeedGoldenTests
{
    private static readonly Dictionary<MentionKind, double> Floors = new()
    {
        [MentionKind.Date] = 0.97,
        [MentionKind.Amount] = 0.95,
        [MentionKind.Participants] = 0.95,
    };

    [Test]
    public async Task DatesAmountsAndParticipantsKeepTheirScoresOnTheSeeds()
    {
        var root = RepositoryRoot();
        var problems = new List<Diagnostic>();
        var gold = GoldSet.ReadDirectory(Path.Combine(TestContext.CurrentContext.TestDirectory, "Evaluation", "Gold"), problems);
        Assert.That(problems, Is.Empty);
        var options = new ExtractionOptions();
        var pipeline = new DocumentPipelineBuilder().UseExtractors(ExtractorCatalog.Default(options, root), options.SkipSectionTypes).Build();
        var system = new List<EvalMention>();
        foreach (var doc in gold.Documents.Keys)
        {
            var result = await pipeline.ProcessFileAsync(Path.Combine(root, "seeds", doc + ".txt"));
            Assert.That(result.IsSuccess, Is.True, result.Error?.ToString());
            system.AddRange(result.Value!.Mentions.Select(m => EvalMention.From(result.Value!, m)));
        }

        var report = Scorer.Score(gold, system);
        Assert.Multiple(() =>
        {
            foreach (var (kind, floor) in Floors)
                Assert.That(report[kind].F1, Is.GreaterThanOrEqualTo(floor), $"{kind}: {report[kind]}");
        });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln"))) return dir.FullName;
        throw new InvalidOperationException("Extractor.sln not found above the test directory.");
    }
}
