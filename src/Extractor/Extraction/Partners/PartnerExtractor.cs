using Extractor.Domain;

namespace Extractor.Extraction.Partners;

/// <summary>
/// Finds organisations named as partners: gazetteer names (one pass of a token trie over folded words), names defined
/// with their acronym ("Organización Internacional del Trabajo (oit)"), names built on an institutional head noun
/// ("Secretaría de Trabajo del Estado de Coahuila"), and cities and countries where the context makes them act as
/// institutions ("la Alcaldesa de Bogotá", "Embajadoras … (Noruega)", "las ciudades de Lima, Quito y La Paz").
/// The reporting body and its own units are never its partners.
/// </summary>
public sealed class PartnerExtractor : IMentionExtractor
{
    private readonly PartnerGazetteer _gazetteer;

    public PartnerExtractor(PartnerGazetteer gazetteer) => _gazetteer = gazetteer;

    public MentionKind Kind => MentionKind.Partner;

    public PartnerGazetteer Gazetteer => _gazetteer;

    /// <summary>Builds the extractor from the configured gazetteer path, looked up from the base directory and its parents.</summary>
    public static Result<PartnerExtractor> FromOptions(ExtractionOptions options, string baseDirectory)
    {
        var path = Locate(options.Gazetteer, baseDirectory) ?? Locate(options.Gazetteer, AppContext.BaseDirectory);
        return path is null
            ? Result<PartnerExtractor>.Failure(options.Gazetteer, $"gazetteer not found from {baseDirectory}; set Extraction.Gazetteer to the path of partners.tsv")
            : PartnerGazetteer.Load(path).Map(g => new PartnerExtractor(g));
    }

    private static string? Locate(string path, string baseDirectory)
    {
        if (Path.IsPathRooted(path)) return File.Exists(path) ? path : null;
        for (var dir = new DirectoryInfo(baseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    public IReadOnlyList<Mention> Extract(ExtractionInput input)
    {
        var run = new PartnerRun(_gazetteer, input);
        return run.Find();
    }
}
