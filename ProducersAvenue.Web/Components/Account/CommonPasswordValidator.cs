using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;

namespace ProducersAvenue.Web.Components.Account;

/// <summary>
/// Refuses passwords anyone would try first: one of the most used passwords, or a common word with digits or symbols
/// around it ("password1", "Summer2026!"), one character repeated, or the member's own username or email. Length alone
/// (8 characters) let "password" and "12345678" through.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string Code = "PasswordTooCommon";

    public const string Message = "This password is one of the first anyone would try. Choose a phrase only you would think of.";

    /// <summary>The most used passwords and the words they are built on (lower case), from the published breach top lists.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "password", "passw0rd", "p@ssword", "p@ssw0rd", "pass", "passwort", "motdepasse", "contraseña", "senha",
        "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111", "00000000", "12341234", "11223344",
        "qwerty", "qwertyui", "qwertyuiop", "qwertz", "azerty", "asdfgh", "asdfghjk", "asdfghjkl", "zxcvbnm", "zxcvbn",
        "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "qazwsx", "qwer1234", "abc123", "abcd1234", "abcdefgh", "abcdefg",
        "iloveyou", "loveyou", "lovely", "love", "sunshine", "princess", "football", "baseball", "basketball", "soccer",
        "hockey", "superman", "batman", "spiderman", "dragon", "monkey", "letmein", "welcome", "trustno1", "starwars",
        "whatever", "shadow", "master", "michael", "jennifer", "jordan", "hunter", "charlie", "freedom", "computer",
        "internet", "changeme", "secret", "admin", "administrator", "login", "access", "mustang", "liverpool", "chelsea",
        "arsenal", "pokemon", "minecraft", "fortnite", "samsung", "blink", "killer", "ginger", "pepper", "cookie",
        "summer", "winter", "spring", "autumn", "flower", "butterfly", "chocolate", "nothing", "default", "babygirl",
        "password1", "welcome1", "letmein1", "test", "testing", "guest", "user", "hello", "helloworld", "google",
        "music", "musician", "producer", "beatmaker", "beats", "hiphop", "rapper", "guitar", "piano", "drummer",
        "soundcloud", "spotify", "producersavenue", "avenue",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IsGuessable(password, user.UserName, user.Email)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);
    }

    /// <summary>Whether <paramref name="password"/> is common, one repeated character, or the member's own name or address.</summary>
    public static bool IsGuessable(string password, string? username, string? email)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (lower.Length == 0 || lower.Distinct().Count() == 1) return true;
        if (Common.Contains(lower) || Common.Contains(Core(lower))) return true;
        var local = email?.Split('@')[0].ToLowerInvariant();
        return Same(lower, username) || Same(lower, email) || Same(Core(lower), local) || Same(Core(lower), username?.ToLowerInvariant());
    }

    /// <summary>The word inside: digits and symbols around it taken off ("summer2026!" → "summer").</summary>
    private static string Core(string lower) => lower.Trim(" 0123456789!@#$%^&*()-_=+.,;:?/\\|[]{}'\"~`".ToCharArray());

    private static bool Same(string candidate, string? own) =>
        !string.IsNullOrEmpty(own) && own.Length >= 3 && string.Equals(candidate, own, StringComparison.OrdinalIgnoreCase);
}
