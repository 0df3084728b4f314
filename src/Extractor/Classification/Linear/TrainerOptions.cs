namespace Extractor.Classification.Linear;

/// <summary>Options of <see cref="SoftmaxTrainer"/>.</summary>
public sealed record TrainerOptions
{
    /// <summary>L2 penalty λ on the weights (not the biases), added as λ/2·‖W‖² to the mean loss. Default: 1e-2.</summary>
    public double L2 { get; init; } = 1e-2;

    /// <summary>At most this many L-BFGS iterations. Default: 60.</summary>
    public int MaxIterations { get; init; } = 60;

    /// <summary>
    /// Hashed features must occur in at least this many training documents; rarer ones only memorise a document and are
    /// dropped before training (layout features are always kept). Default: 2.
    /// </summary>
    public int MinDocuments { get; init; } = 2;

    /// <summary>Stop when the gradient norm falls below this. Default: 1e-5.</summary>
    public double GradientTolerance { get; init; } = 1e-5;

    /// <summary>L-BFGS history length. Default: 8.</summary>
    public int History { get; init; } = 8;

    /// <summary>
    /// Weight each sample by (n / (K·n_class))^ClassBalance so rare labels count more: 0 leaves samples equal, 1 fully balances
    /// the classes. Default: 1.
    /// </summary>
    public double ClassBalance { get; init; } = 1.0;

    /// <summary>
    /// Weight each sample by (1 / samples of its document)^DocumentBalance (scaled to mean 1), so a document cut into 80
    /// fragments does not teach its own style as the rule. Needs the samples' documents. Default: 0.5.
    /// </summary>
    public double DocumentBalance { get; init; } = 0.5;

    /// <summary>Weights and biases are rounded to this many decimals, so saved models are small and exactly reproducible. Default: 4.</summary>
    public int Decimals { get; init; } = 4;

    /// <summary>Keep at most this many nonzero weights, the largest in magnitude (keeps model files to a few MB). Default: 120000.</summary>
    public int MaxWeights { get; init; } = 120_000;
}
