namespace Extractor.Domain;

/// <summary>One problem with one input, worded for the user: which file and what went wrong.</summary>
public sealed record Diagnostic(string File, string Problem)
{
    public override string ToString() => $"{File}: {Problem}";
}

/// <summary>The outcome of an operation that can fail in an expected way: a value or a diagnostic.</summary>
public sealed record Result<T>
{
    private Result(T? value, Diagnostic? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public Diagnostic? Error { get; }
    public bool IsSuccess => Error is null;

    public static Result<T> Success(T value) => new(value, null);
    public static Result<T> Failure(Diagnostic error) => new(default, error);
    public static Result<T> Failure(string file, string problem) => new(default, new Diagnostic(file, problem));

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? Result<TOut>.Success(map(Value!)) : Result<TOut>.Failure(Error!);
}
