using Extractor.Cli;
using Extractor.Configuration;
using Extractor.Pipeline;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Cli;

/// <summary>Run from a folder with no pipeline.json, the program takes its models and gazetteer from the repository the launcher names.</summary>
public sealed class ResourcesFromHomeTests
{
    [Test]
    public void InAnotherFolder_TheModelsAndGazetteerComeFromHome_AndTheStoreStaysWhereItRuns()
    {
        using var dir = new TempDirectory();
        var config = CliHost.WithResourcesFrom(PipelineConfig.Defaults(dir.Path), RepoPaths.RepoRoot);

        Assert.That(File.Exists(config.Resolve(config.Classification.SectionModel)), Is.True);
        Assert.That(File.Exists(config.Resolve(config.Extraction.Gazetteer)), Is.True);
        Assert.That(config.Resolve(config.Output.Store), Does.StartWith(dir.Path));
        Assert.That(PipelineFactory.Create(config).IsSuccess, Is.True, "the pipeline builds from another folder");
    }

    [Test]
    public void WhereTheFolderHasItsOwnModels_OrNoHomeIsNamed_TheDefaultsStay()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "models"));
        File.WriteAllText(Path.Combine(dir.Path, "models", "section-classifier.json"), "{}");
        var defaults = PipelineConfig.Defaults(dir.Path);

        Assert.That(CliHost.WithResourcesFrom(defaults, RepoPaths.RepoRoot).Classification.SectionModel, Is.EqualTo(defaults.Classification.SectionModel));
        Assert.That(CliHost.WithResourcesFrom(defaults, null), Is.EqualTo(defaults));
    }
}
