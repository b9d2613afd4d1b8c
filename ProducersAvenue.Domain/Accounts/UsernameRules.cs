using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Accounts;

/// <summary>
/// The username rules (product rules, "Profiles and privacy"): 3–30 characters of lowercase letters, digits, <c>_</c>
/// and <c>.</c>, not on the reserved list (nor one of its names with dots or underscores added). Input is trimmed and lowercased first (<see cref="Normalize"/>): "Beat_Smith"
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
        // A mention drops a trailing dot as the sentence's (Mentions): "@nova." could never name "nova.", and "@..." is no name.
        if (username[0] == '.' || username[^1] == '.') return AccountsErrors.UsernameDotAtEnd;
        // "ad.min" and "_admin_" read as "admin": a reserved name is refused with dots and underscores put anywhere.
        var bare = Bare(username);
        if (reserved.Any(r => string.Equals(Bare(r), bare, StringComparison.OrdinalIgnoreCase)))
            return AccountsErrors.UsernameReserved(username);
        return null;
    }

    private static string Bare(string name) => name.Replace(".", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9_.]+$")]
    private static partial Regex Allowed();
}
