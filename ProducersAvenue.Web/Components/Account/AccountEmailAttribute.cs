using System.ComponentModel.DataAnnotations;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Web.Components.Account;

/// <summary>
/// The one rule for an email address typed into an account form (sign-up, forgotten password, resending the
/// confirmation, a new email, an external sign-in): required, at most 320 characters (what a mailbox address can be), and
/// shaped like an address (<see cref="EmailShape"/>) — each with a message in the site's words rather than the framework's.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AccountEmailAttribute : ValidationAttribute
{
    public const int MaxLength = 320;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var text = value as string;
        string? error =
            string.IsNullOrWhiteSpace(text) ? "Enter your email address." :
            text.Length > MaxLength ? $"An email address has at most {MaxLength} characters." :
            !EmailShape.IsMailbox(text.Trim()) ? "Enter a valid email address." :
            null;
        return error is null ? ValidationResult.Success : new ValidationResult(error, validationContext.MemberName is { } member ? [member] : null);
    }
}
