using Extractor.Domain;

namespace Extractor.Classification;

/// <summary>Assigns a section type (see <see cref="SectionTypes"/>) to a section.</summary>
public interface ISectionClassifier
{
    Label Classify(SectionedDocument document, Section section);

    /// <summary>Every section of a document, in order; classifiers that look at neighbours do it once here.</summary>
    IReadOnlyList<Label> ClassifyAll(SectionedDocument document) => document.Sections.Select(s => Classify(document, s)).ToList();
}

/// <summary>Assigns a document kind (see <see cref="DocumentKinds"/>) to a whole document.</summary>
public interface IDocumentClassifier
{
    Label Classify(SectionedDocument document);
}

/// <summary>The section and document classifiers a pipeline labels with; either may be absent.</summary>
public sealed record Classifiers(ISectionClassifier? Sections, IDocumentClassifier? Documents)
{
    public static readonly Classifiers None = new(null, null);
}
