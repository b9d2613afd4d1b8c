namespace ProducersAvenue.Domain.Common;

/// <summary>
/// An expected failure: a stable code, a message a member can read, and the form field it concerns. Feature failures live in
/// their feature's <c>&lt;Feature&gt;Errors</c> catalogue (docs/decisions/018); only the generic ones are here.
/// </summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    public static Error NotFound(string what) => new("not_found", $"{what} was not found.");
    public static readonly Error Forbidden = new("forbidden", "You are not allowed to do that.");
    public static readonly Error SignInRequired = new("sign_in_required", "Sign in to do that.");
}
