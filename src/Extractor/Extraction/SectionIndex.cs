using Extractor.Domain;

namespace Extractor.Extraction;

/// <summary>
/// The innermost section at an offset in logarithmic time, as <see cref="SectionedDocument.SectionAt"/> answers it by a scan:
/// the last section in reading order whose span contains the offset.
/// </summary>
internal sealed class SectionIndex
{
    private readonly IReadOnlyList<Section> _sections;
    private readonly bool _sorted;

    public SectionIndex(IReadOnlyList<Section> sections)
    {
        _sections = sections;
        _sorted = true;
        for (var i = 1; i < sections.Count && _sorted; i++) _sorted = sections[i - 1].Span.Start <= sections[i].Span.Start;
    }

    public Section? At(int offset)
    {
        if (!_sorted)
        {
            Section? found = null;
            foreach (var s in _sections) if (s.Span.Contains(offset)) found = s;
            return found;
        }

        // The last section starting at or before the offset, then back to the first (highest-index) one that contains it.
        int lo = 0, hi = _sections.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sections[mid].Span.Start <= offset) lo = mid + 1; else hi = mid;
        }

        for (var i = lo - 1; i >= 0; i--)
            if (_sections[i].Span.Contains(offset)) return _sections[i];
        return null;
    }

    /// <summary>Whether the offset lies in the heading of the innermost section there.</summary>
    public bool InHeading(int offset) => At(offset) is { } s && s.HeadingSpan.Contains(offset);
}
