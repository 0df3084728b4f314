using Extractor.Domain;

namespace Extractor.Classification.Linear;

/// <summary>Section types from a trained linear model (models/section-classifier.json); immutable and thread-safe.</summary>
public sealed class LinearSectionClassifier : ISectionClassifier
{
    private readonly TextFeaturizer _featurizer;

    public LinearSectionClassifier(ClassifierModel model)
    {
        if (model.Task != ClassifierModel.SectionTask) throw new ArgumentException($"A {model.Task} model cannot classify sections.", nameof(model));
        Model = model;
        _featurizer = new TextFeaturizer(model.Features);
    }

    public ClassifierModel Model { get; }

    /// <summary>Reads a model file; a missing, damaged, newer or wrong-task file is a failed result naming it.</summary>
    public static Result<LinearSectionClassifier> Load(string path)
    {
        var model = ModelFile.Load(path);
        if (!model.IsSuccess) return Result<LinearSectionClassifier>.Failure(model.Error!);
        return model.Value!.Task == ClassifierModel.SectionTask
            ? Result<LinearSectionClassifier>.Success(new LinearSectionClassifier(model.Value))
            : Result<LinearSectionClassifier>.Failure(path, $"holds a {model.Value.Task} model, not a {ClassifierModel.SectionTask} model");
    }

    public Label Classify(SectionedDocument document, Section section)
    {
        var length = document.Clean.Text.Length;
        var position = length == 0 ? 0 : Math.Round((double)section.Span.Start / length, 4);
        return Classify(section.Title, document.Clean.Slice(section.Span), section.Level, position);
    }

    /// <summary>Classifies a section given as in corpus/labels/sections.jsonl.</summary>
    public Label Classify(string title, string text, int level, double position)
    {
        var (index, probability) = Model.Regression.Predict(_featurizer.Section(title, text, level, position));
        return new Label(Model.Labels[index], Math.Round(probability, 4));
    }
}
