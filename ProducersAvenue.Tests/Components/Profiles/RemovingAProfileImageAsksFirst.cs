using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Profiles.Components;

namespace ProducersAvenue.Tests.Components.Profiles;

/// <summary>Remove on the avatar (saved at once, the image deleted) asks first: Cancel keeps it, Remove clears it.</summary>
public sealed class RemovingAProfileImageAsksFirst : BunitContext, IAsyncLifetime
{
    private const string Avatar = "https://cdn.example.test/avatars/ana.png";
    private TestDb _db = null!;
    private Guid _me;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _me = await _db.CreateUserAsync("ana_avatar");
        await _db.ExecuteAsync("UPDATE user_profiles SET avatar_url = $1 WHERE user_id = $2", Avatar, _me);
        this.UseDomain(_db, CurrentUser.For(_me), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Cancel_keeps_the_avatar_and_remove_in_the_box_clears_it()
    {
        string? shown = Avatar;
        var dialogs = Render<MudDialogProvider>();
        var field = Render<ProfileImageUpload>(p => p.Add(f => f.Kind, ImageKind.Avatar).Add(f => f.Url, Avatar).Add(f => f.UrlChanged, url => shown = url));

        field.Find("button[aria-label='Remove avatar']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Remove your avatar?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Remove your avatar?", dialogs.Markup));
        Assert.Equal(Avatar, await _db.ScalarAsync<string>("SELECT avatar_url FROM user_profiles WHERE user_id = $1", _me));
        Assert.Equal(Avatar, shown);

        field.Find("button[aria-label='Remove avatar']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Remove your avatar?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Remove").Click();

        field.WaitForAssertion(() => Assert.Null(shown), TimeSpan.FromSeconds(10));
        Assert.Null(await _db.ScalarAsync<string>("SELECT avatar_url FROM user_profiles WHERE user_id = $1", _me));
    }
}
