using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Accounts;

/// <summary>
/// The username rules (product rules, "Profiles and privacy"): 3–30 characters of lowercase letters, digits, <c>_</c>
/// and <c>.</c>, not on the reserved list. Input is trimmed and lowercased first (<see cref="Normalize"/>): "Beat_Smith"
/// becomes "beat_smith" rather than an error. Uniqueness needs the database: see <see cref="UsernameAvailability"/>.
/// </summary>
public static partial class UsernameRules
{
    public const string Field = "Username";
    public const int MinLength = 3;
    public const int MaxLength = 30;

    public static string Normalize(string? input) => (input ?? "").Trim().ToLowerInvariant();

    /// <summary>The first rule <paramref name="username"/> (already normalized) breaks, or null when it fits.</summary>
    public static Error? Check(string username, IEnumerable<string> reserved)
    {
        if (username.Length == 0) return AccountsErrors.UsernameMissing;
        if (username.Length < MinLength) return AccountsErrors.UsernameTooShort(MinLength);
        if (username.Length > MaxLength) return AccountsErrors.UsernameTooLong(MaxLength);
        if (!Allowed().IsMatch(username))
            return AccountsErrors.UsernameCharacters;
        if (reserved.Contains(username, StringComparer.OrdinalIgnoreCase))
            return AccountsErrors.UsernameReserved(username);
        return null;
    }

    [GeneratedRegex("^[a-z0-9_.]+$")]
    private static partial Regex Allowed();
}
