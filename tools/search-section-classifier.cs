#:project ../src/Extractor/Extractor.csproj
#:property PublishAot=false
// Hyperparameter search for the section classifier on grouped cross-validation (real documents in the test folds,
// synthetic ones only in training). With --nested, each outer fold picks its settings by an inner grouped CV over its
// own training documents, so the reported score is not tuned on the documents it is measured on.
// Run from the repository root: dotnet run tools/search-section-classifier.cs [--nested]
using System.Diagnostics;
using Extractor.Classification.Linear;
using Extractor.Domain;

var data = LabelledSamples.ReadSections(Path.Combine("corpus", "labels", "sections.jsonl")).Value!;
var nested = args.Contains("--nested");
var grid = (
    from layout in new[] { 2.0, 5.0 }
    from l2 in new[] { 3e-3, 1e-2, 3e-2 }
    from context in new[] { 0.0, 1.0 }
    from minDocs in new[] { 2 }
    select new TrainingSettings
    {
        SectionFeatures = new FeatureSettings { FragmentChars = 120, ContextWeight = context, LayoutWeight = layout },
        SectionTrainer = new TrainerOptions { L2 = l2, MinDocuments = minDocs },
    }).ToList();
string Name(TrainingSettings s) => $"layout={s.SectionFeatures.LayoutWeight} context={s.SectionFeatures.ContextWeight} fragment={s.SectionFeatures.FragmentChars} l2={s.SectionTrainer.L2} minDocs={s.SectionTrainer.MinDocuments}";

var cache = new Dictionary<FeatureSettings, SectionUnitSamples>();
SectionUnitSamples Units(IReadOnlyList<SectionSample> rows, FeatureSettings f) => SectionUnitSamples.Build(rows, f);

double Score(IReadOnlyList<SectionSample> rows, TrainingSettings s, int folds) =>
    ClassifierTraining.EvaluateSections(Units(rows, s.SectionFeatures), s with { Folds = folds })[0].MacroF1;

var clock = Stopwatch.StartNew();
if (!nested)
{
    foreach (var s in grid)
        Console.WriteLine($"{Score(data.Rows, s, 5):0.000}  {Name(s)}  ({clock.Elapsed.TotalSeconds:0}s)");
    return;
}

// Nested: outer grouped 5-fold over real documents; inner grouped 4-fold over the outer training documents.
var realDocs = data.Rows.Where(r => !r.Synthetic).Select(r => r.Doc).ToList();
var outerFold = GroupedFolds.Assign(realDocs, 5);
var foldOfDoc = realDocs.Zip(outerFold).DistinctBy(p => p.First).ToDictionary(p => p.First, p => p.Second);
var truth = new List<int>();
var predicted = new List<int>();
for (var f = 0; f < 5; f++)
{
    var trainRows = data.Rows.Where(r => r.Synthetic || foldOfDoc[r.Doc] != f).ToList();
    var testRows = data.Rows.Where(r => !r.Synthetic && foldOfDoc[r.Doc] == f).ToList();
    var best = grid.OrderByDescending(s => Score(trainRows, s, 4)).First();
    Console.WriteLine($"outer fold {f}: chose {Name(best)}");
    var train = Units(trainRows, best.SectionFeatures);
    var test = Units(testRows, best.SectionFeatures);
    var model = SoftmaxTrainer.Train(train.X, train.Y, SectionTypes.All, best.SectionTrainer, train.Groups, best.SectionFeatures.LayoutOffset);
    truth.AddRange(test.Y);
    predicted.AddRange(test.X.Select(x => model.Predict(x).Index));
}

Console.WriteLine(Evaluation.Score("nested grouped 5-fold (inner 4-fold search), real documents, units", SectionTypes.All, truth, predicted).Describe());
Console.WriteLine($"{clock.Elapsed.TotalSeconds:0}s");
