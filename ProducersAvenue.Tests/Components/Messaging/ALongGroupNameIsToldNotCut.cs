using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Integration.Messaging;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Messaging.Components;

namespace ProducersAvenue.Tests.Components.Messaging;

/// <summary>
/// A group name pasted over the limit is refused at the field with the limit, and kept to be shortened (QA10: the box
/// stopped at exactly the limit, so a long paste was cut without a word and the group created under the cut name).
/// </summary>
public sealed class ALongGroupNameIsToldNotCut : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var ana = await _db.CreateUserAsync("ana_names");
        await _db.CreateUserAsync("bob_names");
        await _db.CreateUserAsync("cy_names");
        this.UseDomain(_db, CurrentUser.For(ana), MessagingTestKit.Clock().GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task The_box_takes_one_character_more_than_the_limit_and_create_refuses_it_at_the_field()
    {
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var button = Render<NewGroupButton>();
        button.Find("[data-testid=new-group]").Click();
        var name = dialogs.WaitForElement("input[data-testid=group-name]");
        Assert.Equal((Conversation.GroupNameMaxLength + 1).ToString(), name.GetAttribute("maxlength"));

        var tooLong = new string('x', Conversation.GroupNameMaxLength + 1);
        name.Change(tooLong);
        dialogs.Find("textarea[data-testid=group-members]").Change("@bob_names, @cy_names");
        dialogs.Find("[data-testid=group-create]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains(MessagingErrors.GroupNameTooLong(Conversation.GroupNameMaxLength).Message, dialogs.Markup));
        Assert.Equal(tooLong, dialogs.Find("input[data-testid=group-name]").GetAttribute("value"));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM conversations"));
    }
}
