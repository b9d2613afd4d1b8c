using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Web.Components.Account.Shared;

namespace ProducersAvenue.Tests.Components.Accounts;

/// <summary>
/// When the router refuses a page inside an open tab (an admin page after the member's role was taken away, say), a
/// visitor is sent to sign in and come back, and a signed-in member is sent to "Access denied" — not to a sign-in form
/// they have already passed.
/// </summary>
public sealed class RefusedPagesSayWhy : BunitContext
{
    [Fact]
    public void A_visitor_is_sent_to_sign_in_and_back()
    {
        AddAuthorization().SetNotAuthorized();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/admin/payouts");

        Render<RedirectToLogin>();

        Assert.Equal("http://localhost/Account/Login?returnUrl=%2Fadmin%2Fpayouts", navigation.Uri);
    }

    [Fact]
    public void A_signed_in_member_is_told_access_is_denied()
    {
        AddAuthorization().SetAuthorized("ava");
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/admin/payouts");

        Render<RedirectToLogin>();

        Assert.Equal("http://localhost/Account/AccessDenied?returnUrl=%2Fadmin%2Fpayouts", navigation.Uri);
    }
}
