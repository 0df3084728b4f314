using System.CommandLine;
using System.Diagnostics;
using Extractor.Classification.Linear;

namespace Extractor.Cli.Commands;

/// <summary>
/// `extractor train`: retrains the section and document classifiers from corpus/labels, prints their held-out
/// evaluations (grouped k-fold for sections, leave-one-document-out for documents) and writes models/.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder with sections.jsonl and documents.jsonl.", DefaultValueFactory = _ => Path.Combine("corpus", "labels") };
        var models = new Option<string>("--models") { Description = "Folder to write section-classifier.json and document-classifier.json to.", DefaultValueFactory = _ => "models" };
        var folds = new Option<int>("--folds") { Description = "Folds of the grouped cross-validation of sections (grouped by document).", DefaultValueFactory = _ => 5 };
        var nested = new Option<bool>("--nested")
        {
            Description = "Also run the nested evaluation of sections: per outer fold, document-shape weight and λ chosen by inner grouped folds (about a minute more).",
        };
        var command = new Command("train", "Retrain the section and document classifiers from labelled data and write models/.") { corpus, models, folds, nested };
        command.SetAction(parse =>
        {
            var settings = new TrainingSettings { Folds = parse.GetValue(folds) };
            var dir = parse.GetValue(corpus)!;
            var outDir = parse.GetValue(models)!;
            var sections = LabelledSamples.ReadSections(Path.Combine(dir, "sections.jsonl"));
            var documents = LabelledSamples.ReadDocuments(Path.Combine(dir, "documents.jsonl"));
            var errors = new[] { sections.Error, documents.Error }.Where(e => e is not null).ToList();
            foreach (var e in errors) Console.Error.WriteLine($"error: {e}");
            if (errors.Count > 0) return 1;

            var clock = Stopwatch.StartNew();
            var sectionModel = ClassifierTraining.TrainSections(sections.Value!, settings);
            var documentModel = ClassifierTraining.TrainDocuments(documents.Value!, settings);
            errors = new[] { sectionModel.Error, documentModel.Error }.Where(e => e is not null).ToList();
            foreach (var e in errors) Console.Error.WriteLine($"error: {e}");
            if (errors.Count > 0) return 1;

            Report("Section types", sectionModel.Value!, Path.Combine(outDir, "section-classifier.json"));
            Report("Document kinds", documentModel.Value!, Path.Combine(outDir, "document-classifier.json"));
            Console.WriteLine($"Trained in {clock.Elapsed.TotalSeconds:0.0} s.");
            if (parse.GetValue(nested))
            {
                Console.WriteLine();
                var result = ClassifierTraining.NestedEvaluateSections(sections.Value!.Rows, settings);
                Console.WriteLine(result.Evaluation.Describe());
                for (var f = 0; f < result.Chosen.Count; f++) Console.WriteLine($"  outer fold {f + 1}: chose {result.Chosen[f]}");
            }

            return 0;
        });
        return command;
    }

    private static void Report(string name, ClassifierModel model, string path)
    {
        ModelFile.Save(model, path);
        Console.WriteLine($"{name}: {model.Training.Samples} samples from {model.Training.Documents} documents ({model.Training.Data}, sha256 {model.Training.DataSha256[..12]}…)");
        foreach (var e in model.Evaluations) Console.WriteLine(e.Describe());
        Console.WriteLine($"  wrote {path} ({new FileInfo(path).Length / 1024} KiB, {model.Regression.NonZeroWeights} nonzero weights)");
        Console.WriteLine();
    }
}
