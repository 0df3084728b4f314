namespace Extractor.Classification.Linear;

/// <summary>One section as the section classifier sees it: heading, full text (heading and body), level and start (0–1).</summary>
public sealed record SectionInput(string Title, string Text, int Level, double Position);

/// <summary>
/// A run of consecutive sections classified as one: any fragments followed by the section that closes them, or a run of
/// fragments at the end of a document. Every section of a unit gets the unit's type.
/// </summary>
/// <param name="First">Index of the unit's first section in its document.</param>
/// <param name="Last">Index of its last section (the closing full section, or the last fragment of a trailing run).</param>
public sealed record SectionUnit(int First, int Last)
{
    public int Count => Last - First + 1;

    public bool Contains(int index) => index >= First && index <= Last;
}

/// <summary>
/// The fragment rule of docs/labels.md: a section whose text (heading and body, trimmed) is shorter than
/// <see cref="FeatureSettings.FragmentChars"/> characters — a table cell, a chart label, a bare heading, a page number —
/// is not classified on its own. It joins the sections after it up to and including the next full section, and the
/// resulting unit is classified as one text; fragments left at the end of a document form a unit of their own.
/// Training and evaluation use the same units, so the model learns exactly what it is asked at run time.
/// </summary>
public static class SectionUnits
{
    public static bool IsFragment(string text, int fragmentChars) => fragmentChars > 0 && text.AsSpan().Trim().Length < fragmentChars;

    /// <summary>Groups a document's sections (in order) into units; with <paramref name="fragmentChars"/> 0 every section is its own unit.</summary>
    public static IReadOnlyList<SectionUnit> Group(IReadOnlyList<string> texts, int fragmentChars)
    {
        var units = new List<SectionUnit>();
        var start = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            if (IsFragment(texts[i], fragmentChars)) continue;
            units.Add(new SectionUnit(start, i));
            start = i + 1;
        }

        if (start < texts.Count) units.Add(new SectionUnit(start, texts.Count - 1));
        return units;
    }

    /// <summary>
    /// The unit as one section: its headings (one per line) as the title, its texts concatenated, the level of its
    /// closing section and the position of its first.
    /// </summary>
    public static SectionInput Compose(IReadOnlyList<SectionInput> sections, SectionUnit unit)
    {
        if (unit.Count == 1) return sections[unit.First];
        var titles = new List<string>();
        var text = new System.Text.StringBuilder();
        for (var i = unit.First; i <= unit.Last; i++)
        {
            var s = sections[i];
            if (s.Title.Trim().Length > 0) titles.Add(s.Title.Trim());
            text.Append(s.Text);
            if (s.Text.Length > 0 && s.Text[^1] != '\n') text.Append('\n');
        }

        return new SectionInput(string.Join('\n', titles), text.ToString(), sections[unit.Last].Level, sections[unit.First].Position);
    }

    /// <summary>The share of a document's sections that are fragments: the same for all its units, so counted once per document.</summary>
    public static double FragmentShare(IReadOnlyList<SectionInput> sections, int fragmentChars) =>
        sections.Count == 0 ? 0 : (double)sections.Count(s => IsFragment(s.Text, fragmentChars)) / sections.Count;

    /// <summary>
    /// Document-context tokens of a unit (hashed with <see cref="FeatureSettings.ContextWeight"/>): how many sections it
    /// merges, whether it opens or closes the document, and the document's shape — its share of fragments (<paramref name="share"/>,
    /// see <see cref="FragmentShare"/>) and its sections per page — which separate slide decks and charts from running prose.
    /// </summary>
    public static IEnumerable<string> Context(IReadOnlyList<SectionInput> sections, IReadOnlyList<SectionUnit> units, int unitIndex, int pages, int fragmentChars, double share)
    {
        var unit = units[unitIndex];
        yield return $"unit_sections:{Math.Min(4, (int)Math.Floor(Math.Log2(unit.Count)))}";
        yield return $"doc_fragment_share:{(int)Math.Floor(share * 4.999)}";
        yield return $"doc_sections_per_page:{Math.Min(5, (int)Math.Floor(Math.Log2(1 + (double)sections.Count / Math.Max(1, pages))))}";
        yield return $"doc_units:{Math.Min(6, (int)Math.Floor(Math.Log2(units.Count)))}";
        if (unitIndex == 0) yield return "unit_first";
        if (unitIndex == units.Count - 1) yield return "unit_last";
        if (unit.Count > 1 && IsFragment(sections[unit.Last].Text, fragmentChars)) yield return "unit_trailing_fragments";
    }
}
