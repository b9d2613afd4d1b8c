using System.Net;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Hosting;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// Signing up with an email that already has an account said "Email '…' is already taken": anyone could test who is a
/// member. It now answers exactly as for a new address, and the owner gets a "someone tried to sign up" email.
/// </summary>
public sealed class SignUpDoesNotTellWhichEmailsExist : WebAppTest
{
    private async Task<HttpResponseMessage> SignUpAsync(string username, string email)
    {
        using var client = FormClient.For(App);
        return await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Username"] = username, ["Input.Email"] = email, ["Input.Password"] = AppFactory.Password,
        });
    }

    [Fact]
    public async Task A_taken_email_gets_the_same_answer_as_a_new_one()
    {
        await App.CreateMemberAsync("first_owner", "owner@example.test");

        using var taken = await SignUpAsync("second_try", "owner@example.test");
        using var fresh = await SignUpAsync("brand_new", "brand.new@example.test");

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal(FormClient.Target(fresh), FormClient.Target(taken));
        Assert.DoesNotContain("taken", await taken.Content.ReadAsStringAsync());
        Assert.Equal(0L, await Db.ScalarAsync<long>("SELECT count(*) FROM auth.users WHERE user_name = 'second_try'"));
    }

    [Fact]
    public async Task The_owner_of_the_taken_email_is_told_by_email()
    {
        await App.CreateMemberAsync("told_owner", "told@example.test");

        using var _ = await SignUpAsync("someone_else", "Told@Example.TEST"); // written to at the address on file, as it is spelled there

        Assert.Equal(1L, await Db.ScalarAsync<long>(
            "SELECT count(*) FROM email_outbox WHERE to_address = 'told@example.test' AND subject = $1", IdentityEmailSender.SignUpAttemptSubject));
        Assert.Equal(0L, await Db.ScalarAsync<long>(
            "SELECT count(*) FROM email_outbox WHERE to_address = 'told@example.test' AND subject <> $1", IdentityEmailSender.SignUpAttemptSubject));
    }

    [Fact]
    public async Task The_check_your_email_page_does_not_look_the_address_up()
    {
        using var client = FormClient.For(App);

        using var unknown = await client.Http.GetAsync("/Account/RegisterConfirmation?email=nobody%40example.test");

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.DoesNotContain("Error finding user", await unknown.Content.ReadAsStringAsync());
    }
}
