using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Pipeline;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Pipeline;

/// <summary>A bug in one stage fails the file it met, with a message naming it; the files after it are still processed.</summary>
public sealed class StageBugTests
{
    /// <summary>An extractor with a bug on documents that contain a word.</summary>
    private sealed class BuggyExtractor(string trigger) : IMentionExtractor
    {
        public MentionKind Kind => MentionKind.Date;

        public IReadOnlyList<Mention> Extract(ExtractionInput input) =>
            input.Text.Contains(trigger, StringComparison.Ordinal) ? throw new InvalidOperationException("a bug met on " + trigger) : [];
    }

    [Test]
    public async Task ABugInAStageFailsOnlyTheFileItMet_WithAnInternalErrorNamingIt()
    {
        using var dir = new TempDirectory();
        var bad = Path.Combine(dir.Path, "malo.txt");
        var good = Path.Combine(dir.Path, "bueno.txt");
        await File.WriteAllTextAsync(bad, "Informe con la palabra DETONANTE dentro.");
        await File.WriteAllTextAsync(good, "Informe sin nada raro.");
        var pipeline = new DocumentPipelineBuilder().UseExtractors([new BuggyExtractor("DETONANTE")], []).Build();

        var failed = await pipeline.ProcessFileAsync(bad);
        var processed = await pipeline.ProcessFileAsync(good);

        Assert.That(failed.IsSuccess, Is.False);
        Assert.That(failed.Error!.File, Is.EqualTo(bad));
        Assert.That(failed.Error.Problem, Does.StartWith("internal error: InvalidOperationException: a bug met on DETONANTE"));
        Assert.That(processed.IsSuccess, Is.True);
    }
}
