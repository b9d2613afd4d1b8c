using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace ProducersAvenue.Web.Components.Account;

/// <summary>
/// The one rule for an email address typed into an account form (sign-up, forgotten password, resending the
/// confirmation, a new email, an external sign-in): required, at most 320 characters (what a mailbox address can be), and
/// shaped like an address — each with a message in the site's words rather than the framework's. The shape is a
/// mailbox's, not the framework's "one @ somewhere" (which took "&lt;script&gt;@x.test" and queued a mail to it): a local part
/// of letters, digits and the marks addresses use, without leading, trailing or doubled dots; a domain of at least two
/// labels of letters, digits and inner hyphens. Letters of any script are allowed on both sides.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed partial class AccountEmailAttribute : ValidationAttribute
{
    public const int MaxLength = 320;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var text = value as string;
        string? error =
            string.IsNullOrWhiteSpace(text) ? "Enter your email address." :
            text.Length > MaxLength ? $"An email address has at most {MaxLength} characters." :
            !Shape().IsMatch(text.Trim()) ? "Enter a valid email address." :
            null;
        return error is null ? ValidationResult.Success : new ValidationResult(error, validationContext.MemberName is { } member ? [member] : null);
    }

    [GeneratedRegex(@"^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$")]
    private static partial Regex Shape();
}
