namespace Extractor.Classification.Linear;

/// <summary>What a model was trained on and how: the data file and its SHA-256, sample counts and trainer options.</summary>
public sealed record TrainingRecord(string Data, string DataSha256, int Samples, int Documents, TrainerOptions Options);

/// <summary>
/// A trained linear classifier with everything needed to use and audit it: its task, feature settings, weights,
/// training provenance and evaluations. Saved and read by <see cref="ModelFile"/>.
/// </summary>
/// <param name="Task">"section-type" or "document-kind".</param>
public sealed record ClassifierModel(string Task, FeatureSettings Features, SoftmaxRegression Regression, TrainingRecord Training, IReadOnlyList<Evaluation> Evaluations)
{
    public const string SectionTask = "section-type";
    public const string DocumentTask = "document-kind";

    public IReadOnlyList<string> Labels => Regression.Labels;
}
