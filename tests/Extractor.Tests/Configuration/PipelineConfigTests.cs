using Extractor.Configuration;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Configuration;

public sealed class PipelineConfigTests
{
    [Test]
    public void TheCommittedPipelineJsonIsValid()
    {
        var result = PipelineConfig.Load(Path.Combine(RepoPaths.RepoRoot, "pipeline.json"));
        Assert.That(result.Error, Is.Null);
        Assert.That(result.Value!.Inputs, Is.EqualTo(new[] { "seeds", "corpus/documents" }));
    }

    [Test]
    public void AnUnknownKeyIsReportedWithItsFullName()
    {
        var result = PipelineConfig.Parse("""{ "pdf": { "timeout": 5 } }""", "/tmp", "pipeline.json");
        Assert.That(result.Error!.Problem, Does.Contain("unknown key 'pdf.timeout'").And.Contain("timeoutSeconds"));
    }

    [Test]
    public void AllErrorsAreReportedTogether()
    {
        var result = PipelineConfig.Parse("""{ "parallelism": 0, "logging": { "format": "xml" }, "extra": true }""", "/tmp", "pipeline.json");
        var problem = result.Error!.Problem;
        Assert.That(problem, Does.Contain("3 errors"));
        Assert.That(problem, Does.Contain("'parallelism' must be a whole number from 1 to 64"));
        Assert.That(problem, Does.Contain("'logging.format' must be one of \"text\", \"json\""));
        Assert.That(problem, Does.Contain("unknown key 'extra'"));
    }

    [Test]
    public void InvalidJsonIsAnErrorNotAnException() =>
        Assert.That(PipelineConfig.Parse("{ nope", "/tmp", "p.json").Error!.Problem, Does.StartWith("is not valid JSON"));

    [Test]
    public void UnknownSectionTypesToSkipAreRejected() =>
        Assert.That(PipelineConfig.Parse("""{ "extraction": { "skipSectionTypes": ["menu"] } }""", "/tmp", "p.json").Error!.Problem,
            Does.Contain("unknown section type \"menu\""));

    [Test]
    public void RelativePathsResolveAgainstTheConfigFolder()
    {
        var config = PipelineConfig.Parse("""{ "output": { "store": "data/store" } }""", "/srv/extractor", "p.json").Value!;
        Assert.That(config.Resolve(config.Output.Store), Is.EqualTo("/srv/extractor/data/store"));
    }

    [Test]
    public void OnePassPdfReadingIsOnUnlessTurnedOff()
    {
        Assert.That(PipelineConfig.Parse("{}", "/tmp", "p.json").Value!.Pdf.SinglePass, Is.True);
        Assert.That(PipelineConfig.Parse("""{ "pdf": { "singlePass": false } }""", "/tmp", "p.json").Value!.Pdf.SinglePass, Is.False);
        Assert.That(PipelineConfig.Parse("""{ "pdf": { "singlePass": "yes" } }""", "/tmp", "p.json").Error!.Problem, Does.Contain("pdf.singlePass"));
    }
}
