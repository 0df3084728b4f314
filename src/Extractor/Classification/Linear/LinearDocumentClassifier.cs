using Extractor.Domain;

namespace Extractor.Classification.Linear;

/// <summary>Document kinds from a trained linear model (models/document-classifier.json); immutable and thread-safe.</summary>
public sealed class LinearDocumentClassifier : IDocumentClassifier
{
    /// <summary>How much of the clean text the features read, as in corpus/labels/documents.jsonl.</summary>
    public const int SampleChars = 4000;

    private readonly TextFeaturizer _featurizer;

    public LinearDocumentClassifier(ClassifierModel model)
    {
        if (model.Task != ClassifierModel.DocumentTask) throw new ArgumentException($"A {model.Task} model cannot classify documents.", nameof(model));
        Model = model;
        _featurizer = new TextFeaturizer(model.Features);
    }

    public ClassifierModel Model { get; }

    /// <summary>Reads a model file; a missing, damaged, newer or wrong-task file is a failed result naming it.</summary>
    public static Result<LinearDocumentClassifier> Load(string path)
    {
        var model = ModelFile.Load(path);
        if (!model.IsSuccess) return Result<LinearDocumentClassifier>.Failure(model.Error!);
        return model.Value!.Task == ClassifierModel.DocumentTask
            ? Result<LinearDocumentClassifier>.Success(new LinearDocumentClassifier(model.Value))
            : Result<LinearDocumentClassifier>.Failure(path, $"holds a {model.Value.Task} model, not a {ClassifierModel.DocumentTask} model");
    }

    public Label Classify(SectionedDocument document)
    {
        var text = document.Clean.Text;
        return Classify(document.Info.Title, text.Length > SampleChars ? text[..SampleChars] : text, document.Info.PageCount, document.Sections.Count, text.Length);
    }

    /// <summary>Classifies a document given as in corpus/labels/documents.jsonl.</summary>
    public Label Classify(string title, string sample, int pages, int sections, int chars)
    {
        var (index, probability) = Model.Regression.Predict(_featurizer.Document(title, sample, pages, sections, chars));
        return new Label(Model.Labels[index], Math.Round(probability, 4));
    }
}
