using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Integration.Messaging;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Messaging.Components;

namespace ProducersAvenue.Tests.Components.Messaging;

/// <summary>
/// The group's picture in its members panel (QA11: a group had a name but no way to get a picture): the creator uploads
/// one and the header shows it; a file that is no image is told at the field and the header keeps its picture; Remove asks
/// first. Another member's panel has no picture field.
/// </summary>
public sealed class TheCreatorSetsTheGroupPicture : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _group, _ana, _bob;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var ana = _ana = await _db.CreateUserAsync("ana_pic");
        _bob = await _db.CreateUserAsync("bob_pic");
        var cy = await _db.CreateUserAsync("cy_pic");
        _group = await _db.Conversations(ana, _clock).CreateGroupAsync("Trio", [_bob, cy]).Ok();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task An_upload_shows_in_the_header_a_refused_file_is_told_at_the_field_and_remove_asks_first()
    {
        this.UseDomain(_db, CurrentUser.For(_ana), _clock.GetUtcNow());
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var view = Render<ConversationView>(p => p.Add(c => c.ConversationId, _group));
        view.WaitForAssertion(() => view.Find("[data-testid=conversation-members]"));
        Assert.Equal("#", view.Find("header [data-testid=group-avatar]").TextContent.Trim());
        view.Find("[data-testid=conversation-members]").Click();
        var field = view.WaitForElement("[data-testid=group-avatar-field]");
        Assert.Contains("up to 5 MB", field.TextContent);

        view.FindComponent<GroupAvatarField>().FindComponent<InputFile>()
            .UploadFiles(InputFileContent.CreateFromBinary(TestImages.Png(48, 48), "cover.png", contentType: "image/png"));
        view.WaitForAssertion(() => Assert.StartsWith("/files/group-avatars/", view.Find("header [data-testid=group-avatar] img").GetAttribute("src")));
        var url = await _db.ScalarAsync<string>("SELECT group_avatar_url FROM conversations WHERE id = $1", _group);
        Assert.Equal(url, view.Find("header [data-testid=group-avatar] img").GetAttribute("src"));

        view.FindComponent<GroupAvatarField>().FindComponent<InputFile>()
            .UploadFiles(InputFileContent.CreateFromBinary("just words"u8.ToArray(), "notes.png", contentType: "image/png"));
        view.WaitForAssertion(() => Assert.Contains("not a readable PNG, JPEG, GIF or WebP image", view.Find("[data-testid=group-avatar-error]").TextContent));
        Assert.Equal(ConversationService.GroupAvatarField, view.Find("[data-testid=group-avatar-error]").GetAttribute("data-field"));
        Assert.Equal(url, view.Find("header [data-testid=group-avatar] img").GetAttribute("src"));

        view.Find("[data-testid=group-avatar-remove]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Remove the group picture?", dialogs.Markup));
        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Remove").Click();
        view.WaitForAssertion(() => Assert.Equal("#", view.Find("header [data-testid=group-avatar]").TextContent.Trim()));
        Assert.Null(await _db.ScalarAsync<string>("SELECT group_avatar_url FROM conversations WHERE id = $1", _group));
    }

    [Fact]
    public void Another_members_panel_has_no_picture_field()
    {
        this.UseDomain(_db, CurrentUser.For(_bob), _clock.GetUtcNow());
        var view = Render<ConversationView>(p => p.Add(c => c.ConversationId, _group));
        view.WaitForAssertion(() => view.Find("[data-testid=conversation-members]"));
        view.Find("[data-testid=conversation-members]").Click();
        view.WaitForElement("[data-testid=group-members-panel]");
        Assert.Empty(view.FindAll("[data-testid=group-avatar-field]"));
    }
}
