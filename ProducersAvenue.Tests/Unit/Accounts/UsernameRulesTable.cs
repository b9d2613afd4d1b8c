using ProducersAvenue.Domain.Accounts;

namespace ProducersAvenue.Tests.Unit.Accounts;

public sealed class UsernameRulesTable
{
    private static readonly List<string> Reserved = new AccountOptions().ReservedUsernames;

    [Theory]
    [InlineData("abc")]
    [InlineData("beat_smith")]
    [InlineData("dj.nova.99")]
    [InlineData("a23456789012345678901234567890")] // 30 characters
    [InlineData("___")]
    public void Accepts_names_that_fit_the_rules(string username) => Assert.Null(UsernameRules.Check(username, Reserved));

    [Theory]
    [InlineData("", "Choose a username.")]
    [InlineData("ab", "A username has at least 3 characters.")]
    [InlineData("a234567890123456789012345678901", "A username has at most 30 characters.")]
    [InlineData("beat-smith", "Use only lowercase letters, digits, underscores (_) and dots (.).")]
    [InlineData("beat smith", "Use only lowercase letters, digits, underscores (_) and dots (.).")]
    [InlineData("bé_smith", "Use only lowercase letters, digits, underscores (_) and dots (.).")]
    [InlineData("Beat_Smith", "Use only lowercase letters, digits, underscores (_) and dots (.).")]
    [InlineData("admin", "\"admin\" is reserved. Choose another username.")]
    [InlineData("marketplace", "\"marketplace\" is reserved. Choose another username.")]
    [InlineData("ad.min", "\"ad.min\" is reserved. Choose another username.")]
    [InlineData("_admin_", "\"_admin_\" is reserved. Choose another username.")]
    [InlineData("sup.port", "\"sup.port\" is reserved. Choose another username.")]
    [InlineData("u", "A username has at least 3 characters.")]
    [InlineData("...", "A username cannot start or end with a dot.")]
    [InlineData(".nova", "A username cannot start or end with a dot.")]
    [InlineData("nova.", "A username cannot start or end with a dot.")]
    public void Refuses_names_that_break_a_rule_with_a_message_for_the_username_field(string username, string message)
    {
        var error = UsernameRules.Check(username, Reserved);

        Assert.NotNull(error);
        Assert.Equal(message, error.Message);
        Assert.Equal("Username", error.Field);
    }

    [Theory]
    [InlineData("Beat_Smith", "beat_smith")]
    [InlineData("  DJ.Nova ", "dj.nova")]
    [InlineData("ADMIN", "admin")]
    [InlineData(null, "")]
    public void Input_is_trimmed_and_lowercased_before_the_rules_apply(string? input, string normalized) =>
        Assert.Equal(normalized, UsernameRules.Normalize(input));

    [Fact]
    public void Uppercase_input_is_accepted_because_it_is_lowercased_first() =>
        Assert.Null(UsernameRules.Check(UsernameRules.Normalize("Beat_Smith"), Reserved));

    [Fact]
    public void Reserved_names_are_refused_whatever_their_case_once_normalized() =>
        Assert.NotNull(UsernameRules.Check(UsernameRules.Normalize("Support"), Reserved));

    [Fact]
    public void The_reserved_list_comes_from_the_options_class()
    {
        var options = new AccountOptions();
        Assert.Contains("admin", options.ReservedUsernames);
        Assert.Contains("undefined", options.ReservedUsernames);
        Assert.Null(UsernameRules.Check("admin", []));
    }
}
