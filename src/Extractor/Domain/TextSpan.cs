namespace Extractor.Domain;

/// <summary>A half-open range [Start, End) of character offsets in a text.</summary>
/// <remarks>Start is included, End excluded; an empty span (Start == End) marks a position.</remarks>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start), start, "A span cannot start before 0.");
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), end, "A span cannot end before it starts.");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The same span moved by <paramref name="delta"/> characters.</summary>
    public TextSpan Shift(int delta) => new(Start + delta, End + delta);

    public override string ToString() => $"[{Start},{End})";
}
