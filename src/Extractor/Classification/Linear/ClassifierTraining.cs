using Extractor.Domain;

namespace Extractor.Classification.Linear;

/// <summary>Settings of a training run. Defaults are the ones the committed models were trained with.</summary>
public sealed record TrainingSettings
{
    /// <summary>Folds of the grouped cross-validation of the section classifier. Default: 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>
    /// Features of the section classifier. Default: fragments under 120 characters, word n-grams only (character n-grams
    /// changed nothing in grouped cross-validation and cost most of the featurizing time), layout weight 2, document shape
    /// 10, context tokens 1, neighbours' shapes 0.5, shape ratios also in 3 bins of weight 0.3 — the weights chosen by
    /// grouped cross-validation (docs/labels.md): what carries over between documents is the shape of the section, of the
    /// sections around it and of its document, not its vocabulary.
    /// </summary>
    public FeatureSettings SectionFeatures { get; init; } = new()
    {
        FragmentChars = 120, MaxCharNgram = 0, LayoutWeight = 2, DocumentShapeWeight = 10, ContextWeight = 1,
        NeighbourShapeWeight = 0.5, ShapeBins = 3, ShapeBinWeight = 0.3,
    };

    /// <summary>
    /// Trainer of the section classifier. Default: see <see cref="TrainerOptions"/>, with full document balance, so each
    /// document — a 170-section gazette or a 6-section synthetic brochure — teaches as much as any other.
    /// </summary>
    public TrainerOptions SectionTrainer { get; init; } = new() { DocumentBalance = 1.0 };

    /// <summary>
    /// Candidates of the nested evaluation (<see cref="ClassifierTraining.NestedEvaluateSections"/>); null for the default
    /// grid of <see cref="Candidates"/>. Default: null.
    /// </summary>
    public IReadOnlyList<SectionCandidate>? NestedCandidates { get; init; }

    /// <summary>
    /// <see cref="NestedCandidates"/>, or by default the section settings with document-shape weight 5, 10 or 15 and λ 3e-3,
    /// 1e-2 or 3e-2: the two settings that earlier rounds tuned on the evaluation itself (docs/labels.md), around the
    /// committed values.
    /// </summary>
    public IReadOnlyList<SectionCandidate> Candidates() => NestedCandidates ??
    [
        .. from documentWeight in new[] { 5.0, 10, 15 }
           from l2 in new[] { 3e-3, 1e-2, 3e-2 }
           select new SectionCandidate(FormattableString.Invariant($"document shape {documentWeight}, λ {l2}"),
               SectionFeatures with { DocumentShapeWeight = documentWeight }, SectionTrainer with { L2 = l2 }),
    ];

    /// <summary>Inner grouped folds of the nested evaluation, over the real documents of each outer training fold. Default: 4.</summary>
    public int NestedInnerFolds { get; init; } = 4;

    /// <summary>Features of the document classifier. Default: the first 4000 characters, title 1.5, body 1, layout 1.</summary>
    public FeatureSettings DocumentFeatures { get; init; } = new() { MaxTextChars = 4000, TitleWeight = 1.5, BodyWeight = 1, LayoutWeight = 1 };

    /// <summary>
    /// Trainer of the document classifier. Default: λ = 1e-3, full class balance, every feature kept (one document per
    /// kind would otherwise lose its own vocabulary), up to 100 iterations.
    /// </summary>
    public TrainerOptions DocumentTrainer { get; init; } = new() { L2 = 1e-3, ClassBalance = 1.0, DocumentBalance = 0, MinDocuments = 1, MaxIterations = 100 };
}

/// <summary>One setting of the section classifier that the nested evaluation may choose.</summary>
public sealed record SectionCandidate(string Name, FeatureSettings Features, TrainerOptions Trainer);

/// <summary>The nested evaluation's scores and, per outer fold, the candidate its inner folds chose.</summary>
public sealed record NestedEvaluation(Evaluation Evaluation, IReadOnlyList<string> Chosen);

/// <summary>
/// Trains the section and document classifiers from labelled files, with honest held-out evaluations: grouped k-fold
/// (by document) for sections, leave-one-document-out for documents, plus each final model's training-set accuracy.
/// </summary>
public static class ClassifierTraining
{
    public static Result<ClassifierModel> TrainSections(LabelledFile<SectionSample> data, TrainingSettings settings)
    {
        if (CheckLabels(data.Path, data.Rows.Select(r => r.Label), SectionTypes.All) is { } error) return Result<ClassifierModel>.Failure(error);
        var units = SectionUnitSamples.Build(data.Rows, settings.SectionFeatures);
        var keepFrom = settings.SectionFeatures.LayoutOffset;
        var evaluations = EvaluateSections(units, settings);
        var model = SoftmaxTrainer.Train(units.X, units.Y, SectionTypes.All, settings.SectionTrainer, units.Groups, keepFrom);
        var fitted = units.X.Select(v => model.Predict(v).Index).ToList();
        evaluations.Add(Evaluation.Score("training set, units", SectionTypes.All, units.Y, fitted));
        var record = new TrainingRecord(Path.GetFileName(data.Path), data.Sha256, units.Count, units.Groups.Distinct().Count(), settings.SectionTrainer);
        return Result<ClassifierModel>.Success(new ClassifierModel(ClassifierModel.SectionTask, settings.SectionFeatures, model, record, evaluations));
    }

    /// <summary>
    /// Held-out evaluations of the section classifier, grouped by document: real documents are split into
    /// <see cref="TrainingSettings.Folds"/> folds and synthetic ones only ever train (the headline, scored per unit and per
    /// section); then the same with synthetic documents also dealt into the test folds, for comparison.
    /// </summary>
    public static List<Evaluation> EvaluateSections(SectionUnitSamples units, TrainingSettings settings)
    {
        var keepFrom = settings.SectionFeatures.LayoutOffset;
        var real = Enumerable.Range(0, units.Count).Where(i => !units.Synthetic[i]).ToList();
        var realFolds = GroupedFolds.Assign(real.Select(i => units.Groups[i]).ToList(), settings.Folds);
        var folds = Enumerable.Repeat(-1, units.Count).ToArray();
        for (var j = 0; j < real.Count; j++) folds[real[j]] = realFolds[j];
        var predicted = PredictHeldOut(units.X, units.Y, units.Groups, folds, settings.Folds, SectionTypes.All, settings.SectionTrainer, keepFrom);
        var synthetic = units.Synthetic.Count(s => s) > 0 ? $", {units.Groups.Where((_, i) => units.Synthetic[i]).Distinct().Count()} synthetic documents only in training" : "";
        var result = new List<Evaluation>
        {
            Evaluation.Score($"grouped {settings.Folds}-fold by document, real documents, units{synthetic}", SectionTypes.All,
                real.Select(i => units.Y[i]).ToList(), real.Select(i => predicted[i]).ToList()),
            Evaluation.Score($"grouped {settings.Folds}-fold by document, real documents, every section (fragments take their unit's type){synthetic}", SectionTypes.All,
                real.SelectMany(i => units.SectionLabels[i]).ToList(), real.SelectMany(i => units.SectionLabels[i].Select(_ => predicted[i])).ToList()),
        };
        if (units.Synthetic.Any(s => s))
        {
            var all = GroupedFolds.Assign(units.Groups, settings.Folds);
            var mixed = PredictHeldOut(units.X, units.Y, units.Groups, all, settings.Folds, SectionTypes.All, settings.SectionTrainer, keepFrom);
            result.Add(Evaluation.Score($"grouped {settings.Folds}-fold by document, real and synthetic documents in the test folds, units", SectionTypes.All, units.Y, mixed));
        }

        return result;
    }

    /// <summary>
    /// The headline evaluation with its settings chosen honestly: the same outer folds (real documents in
    /// <see cref="TrainingSettings.Folds"/> grouped folds, synthetic ones only in training), and in each outer fold the
    /// candidate of <see cref="TrainingSettings.Candidates"/> with the best macro-F1 over
    /// <see cref="TrainingSettings.NestedInnerFolds"/> grouped folds of that fold's training documents (real ones tested,
    /// synthetic ones always training) is retrained on the whole training fold and predicts the test fold. The outer test
    /// fold is never seen by the choice, so the score estimates the settings' search as well as the model; the gap to the
    /// headline is how much choosing the settings on the evaluation itself flattered it.
    /// </summary>
    public static NestedEvaluation NestedEvaluateSections(IReadOnlyList<SectionSample> rows, TrainingSettings settings)
    {
        var candidates = settings.Candidates();
        if (candidates.Count == 0) throw new ArgumentException("The nested evaluation needs at least one candidate.", nameof(settings));
        var units = candidates.Select(c => c.Features).Distinct().ToDictionary(f => f, f => SectionUnitSamples.Build(rows, f));
        var first = units[candidates[0].Features];
        if (units.Values.Any(u => !u.Y.SequenceEqual(first.Y)))
            throw new ArgumentException("Nested candidates must cut the same units (same fragment rule).", nameof(settings));
        var real = Enumerable.Range(0, first.Count).Where(i => !first.Synthetic[i]).ToList();
        var synthetic = Enumerable.Range(0, first.Count).Where(i => first.Synthetic[i]).ToList();
        var outer = GroupedFolds.Assign(real.Select(i => first.Groups[i]).ToList(), settings.Folds);
        var predicted = new int[first.Count];
        var chosen = new List<string>();
        for (var f = 0; f < settings.Folds; f++)
        {
            var trainReal = real.Where((_, j) => outer[j] != f).ToList();
            var test = real.Where((_, j) => outer[j] == f).ToList();
            // A training fold of fewer real documents than inner folds gets one fold per document; of a single document,
            // none, and the first candidate.
            var innerFolds = Math.Min(settings.NestedInnerFolds, trainReal.Select(i => first.Groups[i]).Distinct().Count());
            var inner = innerFolds >= 2 ? GroupedFolds.Assign(trainReal.Select(i => first.Groups[i]).ToList(), innerFolds) : [];
            var best = (Score: double.NegativeInfinity, Candidate: candidates[0]);
            foreach (var candidate in innerFolds >= 2 ? candidates : [])
            {
                // Inner folds over this fold's real training documents; synthetic ones always training; the outer test fold left out.
                var folds = Enumerable.Repeat(LeftOut, first.Count).ToArray();
                foreach (var i in synthetic) folds[i] = -1;
                for (var j = 0; j < trainReal.Count; j++) folds[trainReal[j]] = inner[j];
                var guesses = Fit(units[candidate.Features], candidate, folds, innerFolds);

                // Ties go to the earlier candidate, so the choice is deterministic.
                var score = Evaluation.Score("inner", SectionTypes.All, trainReal.Select(i => first.Y[i]).ToList(), trainReal.Select(i => guesses[i]).ToList()).MacroF1;
                if (score > best.Score) best = (score, candidate);
            }

            chosen.Add(best.Candidate.Name);
            var outerFolds = Enumerable.Repeat(LeftOut, first.Count).ToArray();
            foreach (var i in trainReal.Concat(synthetic)) outerFolds[i] = -1;
            foreach (var i in test) outerFolds[i] = 0;
            var outerPredicted = Fit(units[best.Candidate.Features], best.Candidate, outerFolds, 1);
            foreach (var i in test) predicted[i] = outerPredicted[i];
        }

        var method = $"nested grouped {settings.Folds}-fold by document, real documents, units, settings chosen per outer fold by inner grouped folds (up to {settings.NestedInnerFolds})";
        return new NestedEvaluation(Evaluation.Score(method, SectionTypes.All, real.Select(i => first.Y[i]).ToList(), real.Select(i => predicted[i]).ToList()), chosen);
    }

    /// <summary>A fold number for samples a held-out prediction neither trains on nor tests.</summary>
    private const int LeftOut = -2;

    private static int[] Fit(SectionUnitSamples u, SectionCandidate candidate, int[] folds, int foldCount) =>
        PredictHeldOut(u.X, u.Y, u.Groups, folds, foldCount, SectionTypes.All, candidate.Trainer, candidate.Features.LayoutOffset);

    /// <summary>
    /// For each fold, trains on every sample not in it (fold −1: always training; below −1: never used) and predicts it; −1 for
    /// samples never tested.
    /// </summary>
    public static int[] PredictHeldOut(IReadOnlyList<SparseVector> x, IReadOnlyList<int> y, IReadOnlyList<string> groups, int[] folds, int foldCount,
        IReadOnlyList<string> labels, TrainerOptions options, int keepFrom)
    {
        var predicted = Enumerable.Repeat(-1, y.Count).ToArray();
        for (var f = 0; f < foldCount; f++)
        {
            var train = Enumerable.Range(0, y.Count).Where(i => folds[i] != f && folds[i] >= -1).ToList();
            var test = Enumerable.Range(0, y.Count).Where(i => folds[i] == f).ToList();
            if (test.Count == 0) continue;
            var model = SoftmaxTrainer.Train(train.Select(i => x[i]).ToList(), train.Select(i => y[i]).ToList(), labels, options, train.Select(i => groups[i]).ToList(), keepFrom);
            foreach (var i in test) predicted[i] = model.Predict(x[i]).Index;
        }

        return predicted;
    }

    public static Result<ClassifierModel> TrainDocuments(LabelledFile<DocumentSample> data, TrainingSettings settings)
    {
        if (CheckLabels(data.Path, data.Rows.Select(r => r.Label), DocumentKinds.All) is { } error) return Result<ClassifierModel>.Failure(error);
        var featurizer = new TextFeaturizer(settings.DocumentFeatures);
        var x = data.Rows.Select(r => featurizer.Document(r.Title, r.Text, r.Pages, r.Sections, r.Chars)).ToList();
        var y = data.Rows.Select(r => IndexOf(DocumentKinds.All, r.Label)).ToList();
        var groups = data.Rows.Select(r => r.Doc).ToList();
        var folds = GroupedFolds.Assign(groups, groups.Distinct().Count());
        var keepFrom = settings.DocumentFeatures.LayoutOffset;
        var loo = CrossValidate("leave-one-document-out", x, y, groups, folds, folds.Max() + 1, DocumentKinds.All, settings.DocumentTrainer, keepFrom);
        var model = SoftmaxTrainer.Train(x, y, DocumentKinds.All, settings.DocumentTrainer, groups, keepFrom);
        var training = Evaluation.Score("training set", DocumentKinds.All, y, x.Select(v => model.Predict(v).Index).ToList());
        var record = new TrainingRecord(Path.GetFileName(data.Path), data.Sha256, data.Rows.Count, groups.Distinct().Count(), settings.DocumentTrainer);
        return Result<ClassifierModel>.Success(new ClassifierModel(ClassifierModel.DocumentTask, settings.DocumentFeatures, model, record, [loo, training]));
    }

    /// <summary>Trains on every fold but one and predicts that one, for each fold in turn.</summary>
    public static Evaluation CrossValidate(string method, IReadOnlyList<SparseVector> x, IReadOnlyList<int> y, IReadOnlyList<string> groups, int[] folds, int foldCount,
        IReadOnlyList<string> labels, TrainerOptions options, int keepFrom) =>
        Evaluation.Score(method, labels, y, PredictHeldOut(x, y, groups, folds, foldCount, labels, options, keepFrom));

    private static Diagnostic? CheckLabels(string path, IEnumerable<string> labels, IReadOnlyList<string> known)
    {
        var unknown = labels.Where(l => !known.Contains(l, StringComparer.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();
        return unknown.Count == 0 ? null
            : new Diagnostic(path, $"unknown label(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}; known: {string.Join(", ", known)} (definitions in docs/labels.md)");
    }

    internal static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
            if (labels[i] == label) return i;
        throw new ArgumentException($"Unknown label '{label}'.", nameof(label));
    }
}
