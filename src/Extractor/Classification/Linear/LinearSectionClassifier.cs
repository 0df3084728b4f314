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

    /// <summary>
    /// Classifies the unit the section belongs to (see <see cref="SectionUnits"/>): a fragment — a short section such as a
    /// table cell, chart label or bare heading — gets the type of the text it opens rather than a guess from its few words.
    /// </summary>
    public Label Classify(SectionedDocument document, Section section)
    {
        var index = -1;
        for (var i = 0; i < document.Sections.Count && index < 0; i++)
            if (ReferenceEquals(document.Sections[i], section) || document.Sections[i].Id == section.Id) index = i;
        return index < 0 ? Classify([Input(document, section)], document.Info.PageCount)[0] : ClassifyAll(document)[index];
    }

    /// <summary>All sections at once: each unit is featurized and predicted once.</summary>
    public IReadOnlyList<Label> ClassifyAll(SectionedDocument document) =>
        Classify(document.Sections.Select(s => Input(document, s)).ToList(), document.Info.PageCount);

    private static SectionInput Input(SectionedDocument document, Section s)
    {
        var length = document.Clean.Text.Length;
        return new(s.Title, document.Clean.Slice(s.Span), s.Level, length == 0 ? 0 : Math.Round((double)s.Span.Start / length, 4));
    }

    /// <summary>Classifies every section of one document, given in order as in corpus/labels/sections.jsonl; fragments take their unit's type.</summary>
    public IReadOnlyList<Label> Classify(IReadOnlyList<SectionInput> sections, int pages)
    {
        var units = SectionUnits.Group(sections.Select(s => s.Text).ToList(), Model.Features.FragmentChars);
        var vectors = _featurizer.Units(sections, units, pages);
        var labels = new Label[sections.Count];
        for (var u = 0; u < units.Count; u++)
        {
            var (index, probability) = Model.Regression.Predict(vectors[u]);
            var label = new Label(Model.Labels[index], Math.Round(probability, 4));
            for (var i = units[u].First; i <= units[u].Last; i++) labels[i] = label;
        }

        return labels;
    }

    /// <summary>Classifies one section on its own, as if it were a document's only section.</summary>
    public Label Classify(string title, string text, int level, double position) => Classify([new SectionInput(title, text, level, position)], 1)[0];
}
