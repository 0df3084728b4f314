using Extractor.Domain;

namespace Extractor.Extraction.Numbers;

/// <summary>How a number was written: in digits ("1.515"), in words ("mil quinientos") or both ("mil 515", "2 mil 300 millones").</summary>
public enum NumberForm { Digits, Words, Mixed }

/// <summary>Which character a document uses as its decimal separator, judged from its unambiguous numbers.</summary>
public enum DecimalSeparatorHabit
{
    /// <summary>No clear evidence; a lone separator followed by three digits is read as a thousands separator.</summary>
    Unknown,
    /// <summary>"1.234.567,89" (Spain, Colombia, Argentina…): a lone "1,500" is one and a half.</summary>
    Comma,
    /// <summary>"1,234,567.89" (Mexico, Central America…): a lone "1.500" is one and a half.</summary>
    Point,
}

/// <summary>A number found in a text: its value and the exact span it was read from.</summary>
/// <param name="Abbreviated">Written with a "K" suffix ("+2.4K").</param>
public readonly record struct ParsedNumber(decimal Value, TextSpan Span, NumberForm Form, bool Abbreviated = false)
{
    public bool IsInteger => decimal.Truncate(Value) == Value;
}
