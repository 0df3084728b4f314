using Extractor.Domain;
using Extractor.Extraction.Partners;

namespace Extractor.Extraction.Events;

/// <summary>
/// The items of a list with no bullets that the cleaner joined into one paragraph, told apart by where its source lines end:
/// in text with no layout (plain text, Markdown), a line that ends well before the margin although the next line's first
/// word would have fit on it, when that word opens with a capital, was broken on purpose ("XIII Feria Internacional del
/// Libro de Quito, Ecuador" / "Presentación y difusión del proyecto …"). A line ending in a comma, a connector ("de", "y",
/// "la") or inside brackets or quotes goes on, and so does one that breaks an organisation's name ("… y la Unión de Ciudades" /
/// "Capitales Iberoamericanas (ucci), ocasión en la que …"). The blocks themselves are not changed: sections and the other
/// extractors read paragraphs as the cleaner made them.
/// </summary>
internal sealed class LineItems
{
    /// <summary>A line ending at most this share of the wrap width may end an item.</summary>
    private const double ShortLine = 0.85;

    private readonly string _text;
    private readonly IReadOnlyList<int> _starts;
    private readonly CleanDocument _clean;
    private readonly SortedMentions<PartnerMention> _names;

    // Measured at the first paragraph of several lines: a document with none never pays for it.
    private int? _wrapWidth;

    /// <param name="earlier">Mentions found before: the organisations' names among them are not broken into items.</param>
    public LineItems(CleanDocument clean, IEnumerable<Mention>? earlier = null)
    {
        _clean = clean;
        _text = clean.Text;
        _starts = clean.Map.RunStarts;
        _names = new SortedMentions<PartnerMention>(earlier ?? []);
    }

    private int Width => _wrapWidth ??= _clean.Source.Format == DocumentFormat.Pdf ? 0 : WrapWidth(_clean.Blocks);

    /// <summary>The block's items: the block itself when it is not a list of such lines.</summary>
    public IReadOnlyList<TextSpan> Split(Block block)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem) || block.LineCount < 2 || Width == 0) return [block.Span];
        var lines = Lines(block.Span);
        var items = new List<TextSpan>();
        var itemStart = block.Span.Start;
        for (var k = 1; k < lines.Count; k++)
        {
            if (!EndsItem(lines[k - 1], lines[k]) || NameAcross(lines[k - 1], lines[k])) continue;
            items.Add(new TextSpan(itemStart, lines[k - 1].End));
            itemStart = lines[k].Start;
        }

        if (items.Count == 0) return [block.Span];
        items.Add(new TextSpan(itemStart, block.Span.End));
        return items;
    }

    /// <summary>The source lines of a block as spans of the clean text (without the joining space).</summary>
    private List<TextSpan> Lines(TextSpan block)
    {
        var lines = new List<TextSpan>();
        var i = FirstRunAtOrAfter(block.Start);
        for (; i < _starts.Count && _starts[i] < block.End; i++)
        {
            var end = i + 1 < _starts.Count && _starts[i + 1] <= block.End ? _starts[i + 1] : block.End;
            while (end > _starts[i] && _text[end - 1] == ' ') end--;
            if (end > _starts[i]) lines.Add(new TextSpan(_starts[i], end));
        }

        return lines;
    }

    private int FirstRunAtOrAfter(int offset)
    {
        int lo = 0, hi = _starts.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] < offset) lo = mid + 1; else hi = mid;
        }

        return lo;
    }

    private bool EndsItem(TextSpan previous, TextSpan line)
    {
        var prev = _text.AsSpan(previous.Start, previous.Length).Trim();
        var next = _text.AsSpan(line.Start, line.Length).Trim();
        if (prev.Length == 0 || next.Length == 0) return false;
        var space = next.IndexOf(' ');
        var first = space > 0 ? next[..space] : next;
        var lastWord = prev[(prev.LastIndexOf(' ') + 1)..];
        // A line opening with an activity in capitals after a line that neither ends a sentence nor numbers it opens an item
        // wherever the line before it ended ("… en la Casa Colombia" / "Asistencia al concierto …"): Spanish writes such a noun
        // with a capital inside a sentence only in a name, after an article or a preposition ("la\nReunión") or an ordinal ("XXVII\nReunión").
        var narrow = prev.Length <= ShortLine * Width && prev.Length + 1 + first.Length <= Width;
        if (!narrow && !(char.IsUpper(first[0]) && prev[^1] != '.' && IsActivityOpener(first)
                         && !Titles.IsOrdinalWord(lastWord, FoldedText.FoldString(lastWord.ToString())))) return false;
        var opening = next[0] is '“' or '"' or '«' or '¿' or '¡' && next.Length > 1 ? next[1] : next[0];
        if (!char.IsUpper(opening)) return false;
        if (prev[^1] is ',' or ';' or '(' or '-' or '–' or '/' or '“' or '«' or ':') return false;
        if (Unbalanced(prev, '(', ')') || Unbalanced(prev, '“', '”') || prev.Count('"') % 2 == 1) return false;
        return !Connectors.Contains(lastWord.ToString().ToLowerInvariant());
    }

    /// <summary>Whether an organisation's name found in the text runs from one line into the next.</summary>
    private bool NameAcross(TextSpan previous, TextSpan line) =>
        _names.Within(new TextSpan(previous.Start, line.End)).Any(n => n.Span.Start < previous.End && n.Span.End > line.Start);

    /// <summary>A word that opens an item naming an activity: its noun ("Reunión", "Concierto"), or attending or taking part in one.</summary>
    private static bool IsActivityOpener(ReadOnlySpan<char> word)
    {
        var f = FoldedText.FoldString(word.ToString());
        return f is "asistencia" or "participacion" || (ActivityNouns.TypeOf(f) is not null && !ActivityNouns.IsRelation(f));
    }

    private static bool Unbalanced(ReadOnlySpan<char> s, char open, char close) => s.Count(open) > s.Count(close);

    /// <summary>Words after which a Spanish line cannot end an item: articles, prepositions, conjunctions.</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "el", "los", "lo", "un", "una", "unos", "unas", "y", "e", "o", "u", "a", "al", "en", "con", "por", "para", "sin", "sobre",
        "entre", "hacia", "desde", "hasta", "que", "su", "sus", "como", "ante", "tras", "según", "segun", "mediante", "of", "the", "and", "for",
    };

    /// <summary>The width the document's lines wrap at: the 90th percentile of the lengths of its lines of at least 20 characters (0 with fewer than 20 such lines).</summary>
    private int WrapWidth(IEnumerable<Block> blocks)
    {
        var lengths = blocks.Where(b => b.Kind == BlockKind.Paragraph).SelectMany(b => Lines(b.Span))
            .Select(l => _text.AsSpan(l.Start, l.Length).Trim().Length).Where(n => n >= 20).ToList();
        if (lengths.Count < 20) return 0;
        lengths.Sort();
        return lengths[(int)(0.9 * (lengths.Count - 1))];
    }
}
