using Extractor.Classification;
using Extractor.Cleaning;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Loading;
using Extractor.Profiling;
using Extractor.Sectioning;

namespace Extractor.Pipeline;

/// <summary>
/// The composed, immutable pipeline for one document: load → clean → sections → profile → classify → extract.
/// Built once by <see cref="DocumentPipelineBuilder"/>; thread-safe, so documents can run in parallel.
/// </summary>
public sealed class DocumentPipeline
{
    private readonly IReadOnlyDictionary<string, IDocumentLoader> _loaders;
    private readonly ITextCleaner _cleaner;
    private readonly ISectionSplitter _splitter;
    private readonly DocumentProfiler _profiler;
    private readonly Task<Result<Classifiers>> _classifiers;
    private readonly IReadOnlyList<IMentionExtractor> _extractors;
    private readonly IReadOnlySet<string> _skipSectionTypes;
    private readonly double _skipMinProbability;

    internal DocumentPipeline(
        IReadOnlyDictionary<string, IDocumentLoader> loaders,
        ITextCleaner cleaner,
        ISectionSplitter splitter,
        DocumentProfiler profiler,
        Task<Result<Classifiers>> classifiers,
        IReadOnlyList<IMentionExtractor> extractors,
        IReadOnlySet<string> skipSectionTypes,
        double skipMinProbability)
    {
        _skipMinProbability = skipMinProbability;
        _loaders = loaders;
        _cleaner = cleaner;
        _splitter = splitter;
        _profiler = profiler;
        _classifiers = classifiers;
        _extractors = extractors;
        _skipSectionTypes = skipSectionTypes;
    }

    /// <summary>
    /// Null once the pipeline can process documents, else why it cannot: classifiers given as still loading (see
    /// <see cref="DocumentPipelineBuilder.UseClassifiers(Task{Result{Classifiers}})"/>) are waited for here, so that loading
    /// them overlaps with whatever the caller does first, such as finding which files changed. Loading documents needs no waiting.
    /// </summary>
    public async Task<Diagnostic?> WhenReadyAsync() => (await _classifiers.ConfigureAwait(false)).Error;

    /// <summary>File extensions some loader reads (".pdf", ".txt", ".md", …).</summary>
    public IReadOnlyCollection<string> Extensions => _loaders.Keys.ToList();

    public bool CanRead(string path) => _loaders.ContainsKey(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Loads and processes one file; a file that cannot be read is a failed result naming it.</summary>
    public async Task<Result<ProcessedDocument>> ProcessFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadAsync(path, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess) return Result<ProcessedDocument>.Failure(loaded.Error!);
        try
        {
            return Result<ProcessedDocument>.Success(Process(loaded.Value!));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in one stage fails this file, not the caller's batch (as ingest reports it).
            return Result<ProcessedDocument>.Failure(path, InternalError(e));
        }
    }

    /// <summary>How a bug met on one file is reported for it.</summary>
    internal static string InternalError(Exception e)
    {
        // The innermost method of ours it happened in, for the bug report ("in Run.SigningDate"): the runtime's throw helpers are not it.
        var ours = new System.Diagnostics.StackTrace(e).GetFrames().Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("Extractor", StringComparison.Ordinal) == true);
        var where = ours is null ? "" : $" (in {ours.DeclaringType!.Name}.{ours.Name})";
        return $"internal error: {e.GetType().Name}: {e.Message}{where}";
    }

    /// <summary>
    /// The first stage alone: reads one file with the loader for its type (for PDFs, mostly waiting on Poppler's child
    /// processes), so a batch can load the next document while the stages after it run on this one.
    /// </summary>
    public Task<Result<SourceDocument>> LoadAsync(string path, CancellationToken cancellationToken = default) => LoadAsync(path, null, cancellationToken);

    /// <param name="contentHash">The file's SHA-256 when the caller has just computed it (see <see cref="IDocumentLoader.LoadAsync(string, string?, CancellationToken)"/>).</param>
    public async Task<Result<SourceDocument>> LoadAsync(string path, string? contentHash, CancellationToken cancellationToken)
    {
        if (!_loaders.TryGetValue(Path.GetExtension(path).ToLowerInvariant(), out var loader))
            return Result<SourceDocument>.Failure(path, $"unsupported file type '{Path.GetExtension(path)}' (readable: {string.Join(", ", _loaders.Keys.Order())})");
        if (!File.Exists(path)) return Result<SourceDocument>.Failure(path, "file not found");
        return await loader.LoadAsync(path, contentHash, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs every stage after loading.</summary>
    public ProcessedDocument Process(SourceDocument source)
    {
        var warnings = new List<Diagnostic>();
        foreach (var page in source.Pages.Where(p => p.Origin == PageTextOrigin.NotRead))
            warnings.Add(new Diagnostic(source.Path, $"page {page.Number} has no text layer and was not recognised: {page.NotReadReason ?? "OCR is off"}"));
        var sectioned = Prepare(source);
        var context = _profiler.Profile(sectioned);
        sectioned = sectioned with { Info = sectioned.Info with { Period = context.Period } };
        sectioned = Classify(sectioned);
        var skipped = sectioned.Sections.Where(s => s.Type is { } t && _skipSectionTypes.Contains(t.Name) && t.Probability >= _skipMinProbability).Select(s => s.Span).ToList();
        var mentions = ExtractorCatalog.Run(_extractors, sectioned, context, skipped);
        return new ProcessedDocument(sectioned, mentions, warnings);
    }

    /// <summary>Cleaning and sectioning only: what the classifiers are trained on.</summary>
    public SectionedDocument Prepare(SourceDocument source) => _splitter.Split(_cleaner.Clean(source));

    /// <summary>Extraction alone, on a prepared document.</summary>
    public IReadOnlyList<Mention> Extract(SectionedDocument document, DocumentContext context) => ExtractorCatalog.Run(_extractors, document, context);

    /// <summary>The context extraction would use for a sectioned document.</summary>
    public DocumentContext Profile(SectionedDocument document) => _profiler.Profile(document);

    private SectionedDocument Classify(SectionedDocument document)
    {
        // Waits only when the caller did not wait for WhenReadyAsync; a pipeline that cannot be ready must not run.
        var classifiers = _classifiers.GetAwaiter().GetResult();
        if (!classifiers.IsSuccess) throw new InvalidOperationException($"the pipeline is not ready: {classifiers.Error}");
        if (classifiers.Value!.Sections is { } sections)
        {
            var labels = sections.ClassifyAll(document);
            document = document with { Sections = document.Sections.Select((s, i) => s with { Type = labels[i] }).ToList() };
        }

        if (classifiers.Value.Documents is { } documents)
            document = document with { Info = document.Info with { Kind = documents.Classify(document) } };
        return document;
    }
}
