using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Profiles.Components;

namespace ProducersAvenue.Tests.Components.Profiles;

public sealed class ProfileEditFormShowsFieldErrors : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var me = await _db.CreateUserAsync("form_user");
        this.UseDomain(_db, CurrentUser.For(me), new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void A_bad_smart_link_and_a_bad_username_show_at_their_fields_and_the_typed_input_stays()
    {
        Render<MudPopoverProvider>();
        var form = Render<ProfileEditForm>();
        form.WaitForElement("#profile-username", TimeSpan.FromSeconds(20));

        form.Find("#profile-username").Change("Admin");
        form.Find("#profile-smart-link").Change("linktr.ee/form_user");
        form.Find("#profile-display-name").Change("Form User");
        form.Find("#profile-save").Click();

        form.WaitForAssertion(() =>
        {
            var errors = form.FindAll(".mud-input-control .mud-input-error").Select(e => e.TextContent).ToList();
            Assert.Contains(errors, e => e.Contains("reserved", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Contains("rolink.me", StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(10));
        Assert.Equal("Admin", form.Find("#profile-username").GetAttribute("value"));
        Assert.Equal("linktr.ee/form_user", form.Find("#profile-smart-link").GetAttribute("value"));
        Assert.Equal("Form User", form.Find("#profile-display-name").GetAttribute("value"));
    }

    [Fact]
    public async Task A_pasted_text_over_a_limit_is_refused_at_its_field_not_cut_and_saved()
    {
        Render<MudPopoverProvider>();
        var form = Render<ProfileEditForm>();
        form.WaitForElement("#profile-display-name", TimeSpan.FromSeconds(20));

        // A browser stops a paste at maxlength: one character over the limit lets the rule say so (it saved cut to 80).
        Assert.Equal("81", form.Find("#profile-display-name").GetAttribute("maxlength"));
        Assert.Equal("2001", form.Find("#profile-bio").GetAttribute("maxlength"));
        form.Find("#profile-display-name").Change(new string('n', 81));
        form.Find("#profile-save").Click();

        form.WaitForAssertion(() => Assert.Contains(form.FindAll(".mud-input-control .mud-input-error"),
            e => e.TextContent.Contains("80", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        Assert.NotEqual(new string('n', 80), await _db.ScalarAsync<string>("SELECT display_name FROM user_profiles WHERE username = 'form_user'"));
    }

    [Fact]
    public async Task A_valid_form_saves_and_confirms_with_a_snackbar()
    {
        Render<MudPopoverProvider>();
        var snackbar = Render<MudSnackbarProvider>();
        var form = Render<ProfileEditForm>();
        form.WaitForElement("#profile-username", TimeSpan.FromSeconds(20));

        form.Find("#profile-smart-link").Change("rolink.me/form_user");
        form.Find("#profile-save").Click();

        snackbar.WaitForAssertion(() => Assert.Contains("Profile saved.", snackbar.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Empty(form.FindAll(".mud-input-control .mud-input-error"));
        Assert.Equal("https://rolink.me/form_user", await _db.ScalarAsync<string>("SELECT smart_link FROM user_profiles WHERE username = 'form_user'"));
    }

    [Fact]
    public async Task A_form_opened_before_a_change_elsewhere_saves_only_its_own_edit_and_then_shows_both()
    {
        Render<MudPopoverProvider>();
        var snackbar = Render<MudSnackbarProvider>();
        var form = Render<ProfileEditForm>();
        form.WaitForElement("#profile-username", TimeSpan.FromSeconds(20));
        // Another device makes the profile private and renames it while this form is open.
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private', display_name = 'Renamed Elsewhere' WHERE username = 'form_user'");

        form.Find("#profile-smart-link").Change("rolink.me/form_user");
        form.Find("#profile-save").Click();

        snackbar.WaitForAssertion(() => Assert.Contains("Profile saved.", snackbar.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("private", await _db.ScalarAsync<string>("SELECT profile_visibility FROM user_profiles WHERE username = 'form_user'"));
        Assert.Equal("https://rolink.me/form_user", await _db.ScalarAsync<string>("SELECT smart_link FROM user_profiles WHERE username = 'form_user'"));
        form.WaitForAssertion(() => Assert.Equal("Renamed Elsewhere", form.Find("#profile-display-name").GetAttribute("value")));
    }
}
