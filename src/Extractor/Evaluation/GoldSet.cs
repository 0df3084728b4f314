using System.Globalization;
using Extractor.Domain;

namespace Extractor.Evaluation;

/// <summary>The source lines a document's gold covers (RANGES.tsv): system mentions outside them are not scored.</summary>
public readonly record struct LineRange(int First, int Last)
{
    public bool Contains(int line) => line >= First && line <= Last;
}

/// <summary>Hand-made gold: per document, its mentions, and for partly annotated documents the lines the gold covers.</summary>
public sealed record GoldSet(IReadOnlyDictionary<string, IReadOnlyList<EvalMention>> Documents, IReadOnlyDictionary<string, LineRange> Ranges)
{
    public const string RangesFile = "RANGES.tsv";

    /// <summary>Whether a system mention at this line of this document is scored.</summary>
    public bool InScope(string doc, int line) => !Ranges.TryGetValue(doc, out var r) || r.Contains(line);

    /// <summary>
    /// Reads every NAME.jsonl in a folder (one document each) and RANGES.tsv if present. Problems are reported
    /// together, each naming the file and line, and reading goes on.
    /// </summary>
    public static GoldSet ReadDirectory(string directory, List<Diagnostic> problems)
    {
        var docs = new Dictionary<string, IReadOnlyList<EvalMention>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            docs[name] = ReadJsonLines(file, name, problems);
        }

        var rangesPath = Path.Combine(directory, RangesFile);
        var ranges = File.Exists(rangesPath) ? ReadRanges(rangesPath, File.ReadAllLines(rangesPath), problems) : new Dictionary<string, LineRange>();
        return new GoldSet(docs, ranges);
    }

    /// <summary>JSON Lines mentions; a line's "doc" field, when present, overrides the default document name.</summary>
    public static IReadOnlyList<EvalMention> ReadJsonLines(string path, string defaultDoc, List<Diagnostic> problems)
    {
        var list = new List<EvalMention>();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (EvalMention.Parse(defaultDoc, line, out var problem) is { } m) list.Add(m);
            else problems.Add(new Diagnostic(path, $"line {n}: {problem}; line skipped"));
        }

        return list;
    }

    /// <summary>Parses RANGES.tsv: "doc TAB first line TAB last line", '#' starts a comment.</summary>
    public static Dictionary<string, LineRange> ReadRanges(string path, IEnumerable<string> lines, List<Diagnostic> problems)
    {
        var ranges = new Dictionary<string, LineRange>(StringComparer.Ordinal);
        var n = 0;
        foreach (var raw in lines)
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t', StringSplitOptions.TrimEntries);
            if (cells.Length < 3 || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var last) || last < first)
            {
                problems.Add(new Diagnostic(path, $"line {n}: expected 'doc<TAB>first line<TAB>last line'; line skipped"));
                continue;
            }

            ranges[Path.GetFileNameWithoutExtension(cells[0])] = new LineRange(first, last);
        }

        return ranges;
    }
}
