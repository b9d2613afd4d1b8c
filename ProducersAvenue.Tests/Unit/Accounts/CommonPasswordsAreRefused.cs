using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Tests.Unit.Accounts;

/// <summary>The passwords anyone would try first are refused; a phrase of one's own is not.</summary>
public sealed class CommonPasswordsAreRefused
{
    [Theory]
    [InlineData("password")]
    [InlineData("PASSWORD")]
    [InlineData("12345678")]
    [InlineData("qwertyuiop")]
    [InlineData("Password1!")]
    [InlineData("Summer2026")]
    [InlineData("2026iloveyou!!")]
    [InlineData("aaaaaaaaaa")]
    [InlineData("lena_keys")] // the username
    [InlineData("Lena@example.test")] // the email
    [InlineData("lena2026")] // the email's name with a year
    public void A_guessable_password_is_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsGuessable(password, "lena_keys", "lena@example.test"));

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("Demo-pass-2026")]
    [InlineData("the second password")]
    [InlineData("tape-saturation-at-dawn")]
    [InlineData("20261205")]
    public void A_phrase_of_ones_own_is_accepted(string password) =>
        Assert.False(CommonPasswordValidator.IsGuessable(password, "lena_keys", "lena@example.test"));
}
