using System.Net;
using AngleSharp.Html.Parser;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// A refused sign-up or sign-in names each field's message in the field's <c>aria-describedby</c> (<c>FieldError</c>), so a
/// screen reader reads "invalid" with the reason; the messages were on the page but tied to no field.
/// </summary>
public sealed class SignUpErrorsAreReadWithTheirFields : WebAppTest
{
    [Fact]
    public async Task Each_refused_field_of_the_sign_up_describes_itself_by_its_message()
    {
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Username"] = "", ["Input.Email"] = "not-an-email", ["Input.Password"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        foreach (var field in new[] { "Username", "Email", "Password" })
        {
            var input = page.GetElementById($"Input.{field}")!;
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            var described = input.GetAttribute("aria-describedby")!.Split(' ');
            var message = described.Select(page.GetElementById).Single(e => e!.ClassList.Contains("pa-field-error"))!;
            Assert.False(string.IsNullOrWhiteSpace(message.TextContent), $"{field}'s message is empty");
        }
    }

    [Fact]
    public async Task A_sign_up_wrong_in_every_field_names_every_problem_at_once()
    {
        using var client = FormClient.For(App);

        // A short username, an address without a domain, a short password: each answered on one press, not one per try.
        using var response = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Username"] = "a", ["Input.Email"] = "bad", ["Input.Password"] = "x",
        });

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Input.Email", "Input.Password", "Input.Username"],
            page.QuerySelectorAll("[aria-invalid=true]").Select(e => e.Id!).Order(StringComparer.Ordinal));
        Assert.Equal("a", page.GetElementById("Input.Username")!.GetAttribute("value"));
        Assert.Equal("bad", page.GetElementById("Input.Email")!.GetAttribute("value"));
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM auth.users WHERE email = 'bad'"));
    }

    [Fact]
    public async Task An_empty_sign_in_describes_both_fields_by_their_messages()
    {
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Login"] = "", ["Input.Password"] = "" });

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Enter your password.", page.GetElementById(page.GetElementById("Input.Password")!.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(page.GetElementById("Input.Login")!.GetAttribute("aria-describedby")!)!.TextContent));
    }

    [Fact]
    public async Task Refused_credentials_mark_the_password_describe_it_by_the_refusal_and_open_on_it()
    {
        await App.CreateMemberAsync("refused_signin");
        using var client = FormClient.For(App);
        using (var first = await client.Http.GetAsync("/Account/Login"))
        {
            var blank = new HtmlParser().ParseDocument(await first.Content.ReadAsStringAsync());
            Assert.Null(blank.GetElementById("Input.Password")!.GetAttribute("aria-invalid"));
            Assert.False(blank.GetElementById("Input.Password")!.HasAttribute("autofocus"));
        }

        using var response = await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Login"] = "refused_signin", ["Input.Password"] = "Not-the-password-1" });

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var refusal = page.GetElementById("signin-error")!;
        Assert.Equal("alert", refusal.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(refusal.TextContent));
        var password = page.GetElementById("Input.Password")!;
        Assert.Equal("true", password.GetAttribute("aria-invalid"));
        Assert.Contains("signin-error", password.GetAttribute("aria-describedby")!.Split(' '));
        Assert.True(password.HasAttribute("autofocus"));
        Assert.Equal("refused_signin", page.GetElementById("Input.Login")!.GetAttribute("value"));
        Assert.False(page.GetElementById("Input.Login")!.HasAttribute("autofocus"));
    }
}
