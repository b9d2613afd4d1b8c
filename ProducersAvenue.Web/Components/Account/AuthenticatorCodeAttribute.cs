using System.ComponentModel.DataAnnotations;

namespace ProducersAvenue.Web.Components.Account;

/// <summary>
/// The one rule for a code typed from an authenticator app (turning two-factor on, signing in with it): six digits, with
/// the spaces and hyphens apps group them by allowed anywhere (<see cref="Digits"/> takes them out). The template's rule,
/// "6 to 7 characters", refused "123 456 " and "12 34 56" with "The Verification code must be at least 6 and at max 7
/// characters long." while the page said spaces do not matter.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuthenticatorCodeAttribute : ValidationAttribute
{
    public const string Message = "Enter the 6-digit code your authenticator app shows.";

    /// <summary>What was typed without the spaces and hyphens between the digits.</summary>
    public static string Digits(string? typed) =>
        string.Concat((typed ?? "").Where(c => c is not (' ' or '-' or '\u00A0' or '\t')));

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var digits = Digits(value as string);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit)
            ? ValidationResult.Success
            : new ValidationResult(Message, validationContext.MemberName is { } member ? [member] : null);
    }
}
