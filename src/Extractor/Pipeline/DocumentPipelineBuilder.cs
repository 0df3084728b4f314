using Extractor.Classification;
using Extractor.Cleaning;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Loading;
using Extractor.Loading.Markdown;
using Extractor.Loading.Text;
using Extractor.Profiling;
using Extractor.Sectioning;

namespace Extractor.Pipeline;

/// <summary>Composes a <see cref="DocumentPipeline"/>; every stage has a default, and Build freezes the result.</summary>
public sealed class DocumentPipelineBuilder
{
    private readonly Dictionary<string, IDocumentLoader> _loaders = new(StringComparer.OrdinalIgnoreCase);
    private ITextCleaner _cleaner = new TextCleaner();
    private ISectionSplitter _splitter = new SectionSplitter();
    private Task<Result<Classifiers>> _classifiers = Task.FromResult(Result<Classifiers>.Success(Classifiers.None));
    private IReadOnlyList<IMentionExtractor> _extractors = [];
    private IReadOnlySet<string> _skip = new HashSet<string>(["navigation"]);
    private double _skipMinProbability = 0.6;

    public DocumentPipelineBuilder()
    {
        UseLoader(new TextLoader());
        UseLoader(new MarkdownLoader());
    }

    /// <summary>Registers a loader for its extensions, replacing any earlier one for the same extension.</summary>
    public DocumentPipelineBuilder UseLoader(IDocumentLoader loader)
    {
        foreach (var ext in loader.Extensions) _loaders[ext] = loader;
        return this;
    }

    public DocumentPipelineBuilder UseCleaner(ITextCleaner cleaner) { _cleaner = cleaner; return this; }

    public DocumentPipelineBuilder UseSplitter(ISectionSplitter splitter) { _splitter = splitter; return this; }

    public DocumentPipelineBuilder UseClassifiers(ISectionClassifier? sections, IDocumentClassifier? documents) =>
        UseClassifiers(Task.FromResult(Result<Classifiers>.Success(new Classifiers(sections, documents))));

    /// <summary>Classifiers still being loaded: the pipeline is built at once and waits for them in
    /// <see cref="DocumentPipeline.WhenReadyAsync"/>; a failed load is what that reports.</summary>
    public DocumentPipelineBuilder UseClassifiers(Task<Result<Classifiers>> loading)
    {
        _classifiers = loading;
        return this;
    }

    /// <param name="skipMinProbability">Sections of a skipped type are skipped only when classified with at least this probability.</param>
    public DocumentPipelineBuilder UseExtractors(IReadOnlyList<IMentionExtractor> extractors, IEnumerable<string> skipSectionTypes, double skipMinProbability = 0.6)
    {
        _extractors = extractors.ToList();
        _skip = skipSectionTypes.ToHashSet(StringComparer.Ordinal);
        _skipMinProbability = skipMinProbability;
        return this;
    }

    public DocumentPipeline Build() =>
        new(new Dictionary<string, IDocumentLoader>(_loaders, StringComparer.OrdinalIgnoreCase), _cleaner, _splitter, new DocumentProfiler(),
            _classifiers, _extractors, _skip, _skipMinProbability);
}
