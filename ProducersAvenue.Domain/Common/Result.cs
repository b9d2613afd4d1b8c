namespace ProducersAvenue.Domain.Common;

/// <summary>The outcome of a command: success, or one or more <see cref="Error"/>s (one per field at most).</summary>
public class Result
{
    protected Result(IReadOnlyList<Error> errors) => Errors = errors;

    public IReadOnlyList<Error> Errors { get; }
    public bool Succeeded => Errors.Count == 0;
    public Error? FirstError => Errors.Count > 0 ? Errors[0] : null;

    /// <summary>The message for a form field, or null.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public static Result Success() => new([]);
    public static Result Failure(params Error[] errors) => new(errors);
    public static Result Failure(IReadOnlyList<Error> errors) => new(errors);
    public static Result<T> Success<T>(T value) => new(value, []);

    public static implicit operator Result(Error error) => Failure(error);
}

public sealed class Result<T> : Result
{
    internal Result(T? value, IReadOnlyList<Error> errors) : base(errors) => Value = value;

    public T? Value { get; }

    public static implicit operator Result<T>(T value) => new(value, []);
    public static implicit operator Result<T>(Error error) => new(default, [error]);
    public static Result<T> Fail(IReadOnlyList<Error> errors) => new(default, errors);
}
