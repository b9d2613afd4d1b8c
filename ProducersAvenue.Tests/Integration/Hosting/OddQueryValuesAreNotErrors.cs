using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// A page's query string is typed by anyone: a value a page cannot use is ignored (or shown as a message), never a 500.
/// The framework throws before the page runs when a query value does not parse as a typed parameter, so pages take
/// query values as text and parse them themselves.
/// </summary>
public sealed class OddQueryValuesAreNotErrors(ClassWebApp shared) : IClassFixture<ClassWebApp>
{
    private AppFactory App => shared.App;

    [Theory]
    [InlineData("/notifications?unread=abc")]
    [InlineData("/notifications?unread=%00&type=%F0%9F%98%80")]
    [InlineData("/orders?status=nope&side=%00")]
    [InlineData("/market?bpm_min=-5&bpm_max=99999999999999999999&price_min=abc&free=maybe&sort=%00")]
    [InlineData("/explore?before=not-a-cursor")]
    [InlineData("/search?q=%00%ED%A0%80")]
    [InlineData("/mentors?genre=%00&skill=%27%3B--&category=not-a-guid&price_min=-5&price_max=1e400&rating=7")]
    public async Task A_member_sending_odd_query_values_gets_the_page(string path)
    {
        await shared.MemberAsync("odd_query");
        using var member = FormClient.For(App);
        await member.SignInAsync("odd_query");

        using var response = await member.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_search_heading_shows_the_words_as_searched_isolated_from_the_quotes_around_them()
    {
        await App.CreateMemberAsync("rtl_query");
        using var member = FormClient.For(App);
        await member.SignInAsync("rtl_query");

        // A right-to-left override and a NUL: the heading showed «Search results for “”cba» and carried &#x0;.
        var html = await member.PageAsync("/search?q=%E2%80%AEabc%00d");

        Assert.Contains("Search results for “<bdi>abcd</bdi>”", html);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal); // ordinal: to the culture's rules the mark is ignorable
        Assert.DoesNotContain("&#x0;", html);
    }

    [Fact]
    public void Every_query_parameter_a_page_takes_is_text()
    {
        var typed = typeof(ProducersAvenue.Web.Components.App).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is not null && p.PropertyType != typeof(string))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(typed);
    }
}
