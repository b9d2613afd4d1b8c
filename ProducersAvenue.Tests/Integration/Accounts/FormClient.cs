using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// A cookie-keeping HTTP client for the static Identity forms: <see cref="SubmitAsync"/> loads a page, takes the hidden
/// fields of the form named <c>_handler</c> (antiforgery token included) and posts them with the test's fields, as a
/// browser without JavaScript would. Redirects are not followed, so tests see where a post sends the browser.
/// </summary>
public sealed partial class FormClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public static FormClient For(AppFactory app, string baseAddress = "http://localhost") =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(baseAddress),
        }));

    public async Task<string> PageAsync(string url)
    {
        using var response = await http.GetAsync(url);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts the form <paramref name="formName"/> found on <paramref name="url"/>, with <paramref name="fields"/> over its hidden fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formName, IDictionary<string, string> fields)
    {
        var html = await PageAsync(url);
        var values = HiddenFields(html, formName);
        foreach (var (name, value) in fields) values[name] = value;
        return await http.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>Signs in through the login form; asserts that it redirected (a successful sign-in).</summary>
    public async Task SignInAsync(string login, string password = AppFactory.Password)
    {
        using var response = await SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Login"] = login, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {login} answered {(int)response.StatusCode}");
    }

    /// <summary>Where a redirect sends the browser, as an absolute URL (a relative Location resolved against the site).</summary>
    public static Uri Target(HttpResponseMessage response) =>
        new(new Uri("http://localhost/"), response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} is not a redirect"));

    /// <summary>The hidden inputs of the form whose <c>_handler</c> is <paramref name="formName"/>.</summary>
    public static Dictionary<string, string> HiddenFields(string html, string formName)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var fields = Hidden(form.Value);
            if (fields.TryGetValue("_handler", out var handler) && handler == formName) return fields;
        }
        throw new InvalidOperationException($"No form named '{formName}' on the page:\n{html}");
    }

    /// <summary>The hidden inputs of the (handler-less) form that posts to <paramref name="action"/>.</summary>
    public static Dictionary<string, string> HiddenFieldsOfAction(string html, string action)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            if (!form.Value.Contains($"action=\"{action}\"", StringComparison.Ordinal)) continue;
            return Hidden(form.Value);
        }
        throw new InvalidOperationException($"No form posting to '{action}' on the page:\n{html}");
    }

    private static Dictionary<string, string> Hidden(string form)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(form))
        {
            var tag = input.Value;
            if (!tag.Contains("type=\"hidden\"", StringComparison.Ordinal)) continue;
            var name = AttributePattern("name").Match(tag);
            var value = AttributePattern("value").Match(tag);
            if (name.Success) fields[WebUtility.HtmlDecode(name.Groups[1].Value)] = value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
        }
        return fields;
    }

    private static Regex AttributePattern(string name) => new($"""\s{name}="([^"]*)" """.TrimEnd());

    [GeneratedRegex("<form[\\s\\S]*?</form>", RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    public void Dispose() => http.Dispose();
}
