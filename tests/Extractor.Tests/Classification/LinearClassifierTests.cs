using Extractor.Classification.Linear;
using Extractor.Domain;
using Extractor.Pipeline;

namespace Extractor.Tests.Classification;

public class LinearClassifierTests
{
    private static string Root => FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extractor.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    /// <summary>A small slice of the labelled sections (four documents) so retraining takes a second or two.</summary>
    private static LabelledFile<SectionSample> SmallSections()
    {
        var all = LabelledSamples.ReadSections(Path.Combine(Root, "corpus", "labels", "sections.jsonl")).Value!;
        var docs = new[] { "002_bba18e9ea4dfcbbe.txt", "003_3233f85eb20e9174.txt", "004_9e0d3184b0ca2abc.txt", "trc_cidac-profesionistas-torreon.pdf", "cda_ORGANIGRAMA-2025.pdf" };
        return all with { Rows = all.Rows.Where(r => docs.Contains(r.Doc)).ToList() };
    }

    private static readonly TrainingSettings Fast = new()
    {
        Folds = 2,
        SectionFeatures = new FeatureSettings { HashBits = 16, MaxTextChars = 800, FragmentChars = 120, ContextWeight = 1 },
        SectionTrainer = new TrainerOptions { MaxIterations = 30 },
    };

    [Test]
    public void TrainingTwiceOnTheSameData_GivesByteIdenticalModelFiles()
    {
        var data = SmallSections();
        var first = ModelFile.ToJson(ClassifierTraining.TrainSections(data, Fast).Value!);
        var second = ModelFile.ToJson(ClassifierTraining.TrainSections(data, Fast).Value!);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void ASavedModel_ReloadsAndPredictsTheSame()
    {
        var data = SmallSections();
        var model = ClassifierTraining.TrainSections(data, Fast).Value!;
        var path = Path.Combine(Path.GetTempPath(), $"section-model-{Guid.NewGuid():N}.json");
        try
        {
            ModelFile.Save(model, path);
            var reloaded = LinearSectionClassifier.Load(path);
            Assert.That(reloaded.IsSuccess, Is.True, reloaded.Error?.ToString());
            var original = new LinearSectionClassifier(model);
            foreach (var r in data.Rows)
                Assert.That(reloaded.Value!.Classify(r.Title, r.Text, r.Level, r.Position), Is.EqualTo(original.Classify(r.Title, r.Text, r.Level, r.Position)));
            Assert.That(ModelFile.ToJson(reloaded.Value!.Model), Is.EqualTo(File.ReadAllText(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void TheGroupedSplit_NeverPutsOneDocumentInTwoFolds()
    {
        var rows = LabelledSamples.ReadSections(Path.Combine(Root, "corpus", "labels", "sections.jsonl")).Value!.Rows;
        var groups = rows.Select(r => r.Doc).ToList();
        var folds = GroupedFolds.Assign(groups, 5);
        Assert.Multiple(() =>
        {
            foreach (var g in groups.Select((doc, i) => (doc, fold: folds[i])).GroupBy(t => t.doc))
                Assert.That(g.Select(t => t.fold).Distinct().Count(), Is.EqualTo(1), $"{g.Key} is split across folds");
            Assert.That(folds.Distinct().Count(), Is.EqualTo(5), "every fold gets documents");
        });
    }

    [TestCase(4, "has format version 4; this build reads up to 3: update the program or retrain with `extractor train`")]
    [TestCase(2, "has format version 2, whose features this build no longer computes: retrain with `extractor train`")]
    [TestCase(1, "has format version 1, whose features this build no longer computes: retrain with `extractor train`")]
    public void AModelFileFromANewerOrAnOlderVersion_IsRefusedWithAClearMessage(int version, string message)
    {
        var json = ModelFile.ToJson(ClassifierTraining.TrainSections(SmallSections(), Fast).Value!)
            .Replace($"\"formatVersion\": {ModelFile.CurrentVersion}", $"\"formatVersion\": {version}", StringComparison.Ordinal);
        var result = ModelFile.Parse(json, "models/section-classifier.json");
        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.ToString(), Is.EqualTo("models/section-classifier.json: " + message));
    }

    [Test]
    public void TheAnalyticGradient_MatchesFiniteDifferences()
    {
        var indices = new[] { new[] { 0, 2 }, new[] { 1 }, new[] { 0, 1, 2 }, new[] { 2 } };
        var values = new[] { new[] { 1.0, -0.5 }, new[] { 2.0 }, new[] { 0.3, 0.7, -1.2 }, new[] { 0.9 } };
        var objective = new SoftmaxObjective(indices, values, [0, 1, 2, 1], [1, 1, 2, 0.5], features: 3, classes: 3, l2: 0.1);
        var random = new Random(7);
        var theta = Enumerable.Range(0, objective.Dimension).Select(_ => random.NextDouble() - 0.5).ToArray();
        var gradient = new double[theta.Length];
        objective.Evaluate(theta, gradient);
        var scratch = new double[theta.Length];
        for (var p = 0; p < theta.Length; p++)
        {
            var h = 1e-6;
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[p] += h;
            minus[p] -= h;
            var numeric = (objective.Evaluate(plus, scratch) - objective.Evaluate(minus, scratch)) / (2 * h);
            Assert.That(gradient[p], Is.EqualTo(numeric).Within(1e-6), $"parameter {p}");
        }
    }

    [Test]
    public void ATinySeparableDataset_IsLearnedPerfectly()
    {
        var featurizer = new TextFeaturizer(new FeatureSettings { HashBits = 12 });
        string[] texts = ["reunión con la alcaldesa", "visita técnica y reunión", "presupuesto de 3 millones", "recursos y presupuesto anual", "índice ..... 3", "índice ..... 7"];
        int[] labels = [0, 0, 1, 1, 2, 2];
        var x = texts.Select(t => featurizer.Section("", t, 1, 0.5)).ToList();
        var model = SoftmaxTrainer.Train(x, labels, ["activity", "finance", "navigation"], new TrainerOptions { L2 = 1e-4, MinDocuments = 1 });
        Assert.That(x.Select(v => model.Predict(v).Index), Is.EqualTo(labels));
    }

    [Test]
    public void TheCommittedModels_LoadAndKnowTheirLabelsAndData()
    {
        var sections = LinearSectionClassifier.Load(Path.Combine(Root, "models", "section-classifier.json"));
        var documents = LinearDocumentClassifier.Load(Path.Combine(Root, "models", "document-classifier.json"));
        Assert.That(sections.IsSuccess && documents.IsSuccess, Is.True, $"{sections.Error} {documents.Error}");
        Assert.That(sections.Value!.Model.Labels, Is.EqualTo(SectionTypes.All));
        Assert.That(documents.Value!.Model.Labels, Is.EqualTo(DocumentKinds.All));
        var sha = LabelledSamples.ReadSections(Path.Combine(Root, "corpus", "labels", "sections.jsonl")).Value!.Sha256;
        Assert.That(sections.Value.Model.Training.DataSha256, Is.EqualTo(sha), "models/ is stale: run `extractor train`");
        foreach (var name in new[] { "section-classifier.json", "document-classifier.json" })
            Assert.That(new FileInfo(Path.Combine(Root, "models", name)).Length, Is.LessThan(3 * 1024 * 1024), name);
    }

    /// <summary>Everything a model file holds (settings, training record, evaluations, weights) is read, none of it lost.</summary>
    [TestCase("section-classifier.json")]
    [TestCase("document-classifier.json")]
    public void TheCommittedModels_ReadBackAsWritten(string name)
    {
        var path = Path.Combine(Root, "models", name);

        var model = ModelFile.Load(path);

        Assert.That(model.IsSuccess, Is.True, model.Error?.ToString());
        Assert.That(ModelFile.ToJson(model.Value!), Is.EqualTo(File.ReadAllText(path)));
    }

    private static IEnumerable<TestCaseData> Seeds() =>
        LabelledSamples.ReadDocuments(Path.Combine(FindRoot(), "corpus", "labels", "documents.jsonl")).Value!.Rows
            .Where(r => r.Doc.EndsWith(".txt", StringComparison.Ordinal))
            .Select(r => new TestCaseData(r.Doc, r.Label).SetName($"TheCommittedDocumentModel_ClassifiesSeed_{r.Doc[..3]}_As_{r.Label}"));

    [TestCaseSource(nameof(Seeds))]
    public async Task TheCommittedDocumentModel_ClassifiesEverySeedCorrectly(string seed, string kind)
    {
        var classifier = LinearDocumentClassifier.Load(Path.Combine(Root, "models", "document-classifier.json")).Value!;
        var pipeline = new DocumentPipelineBuilder().UseClassifiers(null, classifier).Build();
        var result = await pipeline.ProcessFileAsync(Path.Combine(Root, "seeds", seed));
        Assert.That(result.IsSuccess, Is.True, result.Error?.ToString());
        Assert.That(result.Value!.Info.Kind?.Name, Is.EqualTo(kind));
    }

    [Test]
    public async Task InThePipeline_EverySectionOfASeedGetsAKnownTypeWithAProbability()
    {
        var sections = LinearSectionClassifier.Load(Path.Combine(Root, "models", "section-classifier.json")).Value!;
        var documents = LinearDocumentClassifier.Load(Path.Combine(Root, "models", "document-classifier.json")).Value!;
        var pipeline = new DocumentPipelineBuilder().UseClassifiers(sections, documents).Build();
        var result = await pipeline.ProcessFileAsync(Path.Combine(Root, "seeds", "004_9e0d3184b0ca2abc.txt"));
        Assert.That(result.IsSuccess, Is.True, result.Error?.ToString());
        Assert.That(result.Value!.Document.Sections, Is.Not.Empty);
        foreach (var s in result.Value.Document.Sections)
        {
            Assert.That(SectionTypes.All, Does.Contain(s.Type?.Name), s.Title);
            Assert.That(s.Type!.Probability, Is.InRange(0.0, 1.0), s.Title);
        }
    }

    [Test]
    public void Fragments_JoinTheNextFullSection_AndTrailingFragmentsFormTheirOwnUnit()
    {
        string[] texts = ["TITULO I\n", "De las obligaciones fiscales\n" + new string('x', 200), "ENERO | 26\n", "FEBRERO | 17\n"];
        var units = SectionUnits.Group(texts, 120);
        Assert.That(units, Is.EqualTo(new[] { new SectionUnit(0, 1), new SectionUnit(2, 3) }));
        Assert.That(SectionUnits.Group(texts, 0), Has.Count.EqualTo(4), "0 turns the rule off");
    }

    [Test]
    public void AFragment_GetsTheTypeOfTheUnitItOpens()
    {
        var model = ClassifierTraining.TrainSections(SmallSections(), Fast).Value!;
        var classifier = new LinearSectionClassifier(model);
        var body = "La Jefa de Gobierno se reunió con la delegación y participó en el foro internacional sobre ciudades, donde firmó un acuerdo de cooperación.\n";
        SectionInput[] sections = [new("Capítulo 2", "Capítulo 2\n", 1, 0), new("Reuniones", "Reuniones\n" + body, 2, 0.1), new("Pág. 3", "Pág. 3\n", 4, 0.9)];
        var labels = classifier.Classify(sections, 3);
        Assert.That(labels[0], Is.EqualTo(labels[1]), "the bare heading takes the type of the section it opens");
        Assert.That(SectionTypes.All, Does.Contain(labels[2].Name));
    }

    [Test]
    public void SyntheticDocuments_AreNeverInTheTestFoldsOfTheHeadlineEvaluation()
    {
        var all = LabelledSamples.ReadSections(Path.Combine(Root, "corpus", "labels", "sections.jsonl")).Value!;
        Assert.That(all.Rows.Any(r => r.Synthetic), Is.True, "the corpus has synthetic documents");
        Assert.That(all.Rows.Where(r => r.Synthetic).All(r => r.Doc.StartsWith("syn_", StringComparison.Ordinal)), Is.True);
        var rows = SmallSections().Rows.Concat(all.Rows.Where(r => r.Doc == "syn_05_folleto_red_ciudades")).ToList();
        var units = SectionUnitSamples.Build(rows, Fast.SectionFeatures);
        var headline = ClassifierTraining.EvaluateSections(units, Fast)[0];
        Assert.That(headline.Samples, Is.EqualTo(Enumerable.Range(0, units.Count).Count(i => !units.Synthetic[i])));
    }

    [Test]
    public void TheNestedEvaluation_ScoresEveryRealUnitOnce_AndChoosesOneCandidatePerOuterFold()
    {
        var all = LabelledSamples.ReadSections(Path.Combine(Root, "corpus", "labels", "sections.jsonl")).Value!;
        var rows = SmallSections().Rows.Concat(all.Rows.Where(r => r.Doc == "syn_05_folleto_red_ciudades")).ToList();
        SectionCandidate[] candidates =
        [
            new("λ 1e-2", Fast.SectionFeatures, Fast.SectionTrainer),
            new("λ 1e-1", Fast.SectionFeatures, Fast.SectionTrainer with { L2 = 1e-1 }),
        ];
        var settings = Fast with { NestedCandidates = candidates, NestedInnerFolds = 2 };
        var nested = ClassifierTraining.NestedEvaluateSections(rows, settings);
        var units = SectionUnitSamples.Build(rows, Fast.SectionFeatures);
        Assert.That(nested.Evaluation.Samples, Is.EqualTo(Enumerable.Range(0, units.Count).Count(i => !units.Synthetic[i])), "synthetic units are never tested");
        Assert.That(nested.Chosen, Has.Count.EqualTo(Fast.Folds));
        Assert.That(nested.Chosen, Is.All.AnyOf("λ 1e-2", "λ 1e-1"));
        Assert.That(ClassifierTraining.NestedEvaluateSections(rows, settings), Is.EqualTo(nested).Using<NestedEvaluation>((a, b) =>
            a.Evaluation.MacroF1 == b.Evaluation.MacroF1 && a.Chosen.SequenceEqual(b.Chosen)), "deterministic");
    }

    [Test]
    public void WithASingleCandidate_TheNestedEvaluationIsTheHeadline()
    {
        var rows = SmallSections().Rows;
        var settings = Fast with { NestedCandidates = [new SectionCandidate("only", Fast.SectionFeatures, Fast.SectionTrainer)], NestedInnerFolds = 2 };
        var nested = ClassifierTraining.NestedEvaluateSections(rows, settings).Evaluation;
        var headline = ClassifierTraining.EvaluateSections(SectionUnitSamples.Build(rows, Fast.SectionFeatures), Fast)[0];
        Assert.That(nested.Confusion, Is.EqualTo(headline.Confusion));
    }

    [Test]
    public void TheDefaultNestedCandidates_VaryOnlyTheDocumentShapeWeightAndLambda_AroundTheCommittedSettings()
    {
        var settings = new TrainingSettings();
        var candidates = settings.Candidates();
        Assert.That(candidates, Has.Count.EqualTo(9));
        Assert.That(candidates.Select(c => c.Features with { DocumentShapeWeight = 0 }).Distinct().Count(), Is.EqualTo(1));
        Assert.That(candidates.Any(c => c.Features == settings.SectionFeatures && c.Trainer == settings.SectionTrainer), Is.True, "the committed settings are a candidate");
    }

    [Test]
    public void ARegressionWithANegativeFeatureIndex_IsRefusedByItsConstructor() =>
        Assert.Throws<ArgumentException>(() => _ = new SoftmaxRegression(["a", "b"], [0, 0], [new Dictionary<int, double> { [-1] = 1 }, new Dictionary<int, double>()]));

    [Test]
    public void AModelFileThatIsMissing_IsAFailedResultNamingIt()
    {
        var result = LinearSectionClassifier.Load("no/such/section-classifier.json");
        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.File, Is.EqualTo("no/such/section-classifier.json"));
    }

    [Test]
    public void TheCommittedDocumentModel_IsRightOnEveryLabelledDocument()
    {
        var classifier = LinearDocumentClassifier.Load(Path.Combine(Root, "models", "document-classifier.json")).Value!;
        var rows = LabelledSamples.ReadDocuments(Path.Combine(Root, "corpus", "labels", "documents.jsonl")).Value!.Rows;
        Assert.Multiple(() =>
        {
            foreach (var r in rows)
                Assert.That(classifier.Classify(r.Title, r.Text, r.Pages, r.Sections, r.Chars).Name, Is.EqualTo(r.Label), r.Doc);
        });
    }
}
