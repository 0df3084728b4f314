using Extractor.Classification.Linear;

namespace Extractor.Tests.Classification;

/// <summary>
/// Damaged model files: each is a failed result naming the file, what is wrong and what to do (retrain), never an
/// exception at start-up and never a model that quietly computes something else.
/// </summary>
public sealed class ModelFileTests
{
    private const string Path = "models/section-classifier.json";

    /// <summary>A two-label model over 2^4 hash buckets, written as `extractor train` writes models.</summary>
    private static string SmallModel() => ModelFile.ToJson(new ClassifierModel(
        ClassifierModel.SectionTask,
        new FeatureSettings { HashBits = 4 },
        new SoftmaxRegression(["intro", "otro"], [0.5, -0.5], [new Dictionary<int, double> { [1] = 0.25, [3] = -1 }, new Dictionary<int, double> { [2] = 2 }]),
        new TrainingRecord("corpus/labels/sections.jsonl", "0123", 3, 1, new TrainerOptions()),
        []));

    private static IEnumerable<TestCaseData> DamagedWeights()
    {
        yield return new TestCaseData("\"index\": [1,3]", "\"index\": [-1,3]", "label 'intro' has feature index -1, outside 0 to ")
            .SetName("ANegativeFeatureIndex_IsDamage");
        yield return new TestCaseData("\"index\": [1,3]", "\"index\": [1,2147483647]", "label 'intro' has feature index 2147483647, outside 0 to ")
            .SetName("AFeatureIndexPastTheFeatureSpace_IsDamage");
        yield return new TestCaseData("\"index\": [1,3]", "\"index\": [3,3]", "label 'intro' has feature index 3 twice")
            .SetName("AFeatureIndexGivenTwice_IsDamage");
    }

    [TestCaseSource(nameof(DamagedWeights))]
    public void DamagedWeights_AreAFailedResultSayingWhatIsWrong(string written, string damaged, string reason)
    {
        var json = SmallModel();
        Assert.That(json, Does.Contain(written), "the model as written");

        var result = ModelFile.Parse(json.Replace(written, damaged, StringComparison.Ordinal), Path);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.ToString(), Does.StartWith($"{Path}: is damaged ({reason}").And.EndWith("): retrain with `extractor train`"));
    }

    [Test]
    public void TheSmallModel_ReadsBackAsWritten()
    {
        var json = SmallModel();

        var result = ModelFile.Parse(json, Path);

        Assert.That(result.IsSuccess, Is.True, result.Error?.ToString());
        Assert.That(ModelFile.ToJson(result.Value!), Is.EqualTo(json));
    }

    [Test]
    public void WeightsWrittenOutOfOrder_ReadAsTheSameModel()
    {
        var json = SmallModel();
        const string written = "\"index\": [1,3],\n      \"value\": [0.25,-1]";
        Assert.That(json, Does.Contain(written), "the model as written");

        var result = ModelFile.Parse(json.Replace(written, "\"index\": [3,1],\n      \"value\": [-1,0.25]", StringComparison.Ordinal), Path);

        Assert.That(result.IsSuccess, Is.True, result.Error?.ToString());
        Assert.That(ModelFile.ToJson(result.Value!), Is.EqualTo(json));
    }

    [Test]
    public void AModelFileWithAByteOrderMark_Loads()
    {
        var file = System.IO.Path.Combine(TestContext.CurrentContext.WorkDirectory, $"bom-model-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, SmallModel(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var result = ModelFile.Load(file);

            Assert.That(result.IsSuccess, Is.True, result.Error?.ToString());
            Assert.That(ModelFile.ToJson(result.Value!), Is.EqualTo(SmallModel()));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
