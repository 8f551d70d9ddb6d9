namespace LabourHub.Domain.Common;

/// <summary>The outcome of an operation that can fail for an expected business reason.</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, DomainError? error)
    {
        _value = value;
        Error = error;
    }

    public DomainError? Error { get; }

    public bool IsSuccess => Error is null;

    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"The result failed with '{Error}'; check IsSuccess before reading Value.");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(DomainError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public static Result<T> Failure(string code) => Failure(new DomainError(code));
}
