using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Accounts;

/// <summary>Expected failures of accounts (docs/decisions/018: codes <c>accounts.*</c>, field <see cref="UsernameRules.Field"/>).</summary>
public static class AccountsErrors
{
    public static readonly Error UsernameMissing = new("accounts.username_missing", "Choose a username.", UsernameRules.Field);

    public static Error UsernameTooShort(int min) =>
        new("accounts.username_too_short", $"A username has at least {min} characters.", UsernameRules.Field);

    public static Error UsernameTooLong(int max) =>
        new("accounts.username_too_long", $"A username has at most {max} characters.", UsernameRules.Field);

    public static readonly Error UsernameCharacters = new("accounts.username_characters",
        "Use only lowercase letters, digits, underscores (_) and dots (.).", UsernameRules.Field);
    public static readonly Error UsernameDotAtEnd = new("accounts.username_dot_at_end",
        "A username cannot start or end with a dot.", UsernameRules.Field);

    public static Error UsernameReserved(string username) =>
        new("accounts.username_reserved", $"\"{username}\" is reserved. Choose another username.", UsernameRules.Field);

    public static readonly Error UsernameTaken = new("accounts.username_taken", "That username is taken. Choose another one.", UsernameRules.Field);
    public static readonly Error UsernameRecentlyLeft = new("accounts.username_recently_left",
        "That username belonged to another member until recently and is held for now. Choose another one.", UsernameRules.Field);
    public static readonly Error UsernameLookalike = new("accounts.username_lookalike",
        "That username reads like another member's (it differs only by dots or underscores). Choose one more your own.", UsernameRules.Field);
}
