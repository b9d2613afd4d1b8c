using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using ProducersAvenue.Web.Authorization;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// Every page behind the admin policy, found by reflection so a new one cannot be missed: a visitor is sent to sign in, a
/// member is sent to the access-denied page, which answers 403 (not 200) and shows none of the admin page.
/// </summary>
public sealed class AdminPagesRefuseMembers(ClassWebApp shared) : IClassFixture<ClassWebApp>
{
    private AppFactory App => shared.App;

    private static List<string> Paths() =>
    [
        .. from type in typeof(Policies).Assembly.GetTypes()
           where type.GetCustomAttributes<AuthorizeAttribute>().Any(a => a.Policy is Policies.Admin or Policies.SuperAdmin)
           from route in type.GetCustomAttributes<RouteAttribute>()
           select Regex.Replace(route.Template, @"\{[^}]+\}", "5f0c2a4e-9d1b-4e7a-8c3f-2b6d9e1a7c40"),
    ];

    public static TheoryData<string> AdminPaths() => new(Paths());

    [Fact]
    public void The_admin_pages_are_found()
    {
        var paths = Paths();
        Assert.Contains("/admin/transactions", paths);
        Assert.Contains(paths, p => p.StartsWith("/admin/outbox/", StringComparison.Ordinal));
        Assert.True(paths.Count >= 9, string.Join(", ", paths));
    }

    [Theory]
    [MemberData(nameof(AdminPaths))]
    public async Task A_member_is_told_no_with_a_403(string path)
    {
        await shared.MemberAsync("not_an_admin");
        using var member = FormClient.For(App);
        await member.SignInAsync("not_an_admin");

        using var response = await member.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/AccessDenied", FormClient.Target(response).AbsolutePath);

        using var denied = await member.Http.GetAsync(FormClient.Target(response));
        var body = await denied.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Access denied", body);
        Assert.DoesNotContain("data-testid=\"admin-", body);
    }

    [Theory]
    [MemberData(nameof(AdminPaths))]
    public async Task A_visitor_is_sent_to_sign_in(string path)
    {
        using var visitor = FormClient.For(App);

        using var response = await visitor.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", FormClient.Target(response).AbsolutePath);
    }
}
