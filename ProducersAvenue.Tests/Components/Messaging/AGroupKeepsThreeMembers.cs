using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Integration.Messaging;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Messaging.Components;

namespace ProducersAvenue.Tests.Components.Messaging;

/// <summary>
/// In a group of three, the creator's "Remove" says at once why it cannot (decision 280) instead of asking "Remove …?" and
/// then failing.
/// </summary>
public sealed class AGroupKeepsThreeMembers : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _group;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var ana = await _db.CreateUserAsync("ana_trio");
        var bob = await _db.CreateUserAsync("bob_trio");
        var cy = await _db.CreateUserAsync("cy_trio");
        _group = await _db.Conversations(ana, _clock).CreateGroupAsync("Trio", [bob, cy]).Ok();
        this.UseDomain(_db, CurrentUser.For(ana), _clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Remove_in_a_group_of_three_explains_at_the_field_and_asks_nothing()
    {
        var dialogs = Render<MudDialogProvider>();
        var view = Render<ConversationView>(p => p.Add(c => c.ConversationId, _group));
        view.WaitForAssertion(() => view.Find("[data-testid=conversation-members]"), TimeSpan.FromSeconds(10));
        view.Find("[data-testid=conversation-members]").Click();

        view.WaitForAssertion(() => Assert.Equal(2, view.FindAll("button.pa-cv-remove").Count));
        view.FindAll("button.pa-cv-remove")[0].Click();

        view.WaitForAssertion(() => Assert.Contains(MessagingErrors.GroupAtMinimum(3).Message, view.Markup));
        Assert.DoesNotContain("They stop receiving", dialogs.Markup);
        Assert.Equal(3, await _db.ScalarAsync<int>("SELECT cardinality(participant_ids) FROM conversations WHERE id = $1", _group));
    }

    [Fact]
    public async Task The_creator_renames_the_group_from_the_members_panel_and_a_blank_name_is_refused_at_the_field()
    {
        var view = Render<ConversationView>(p => p.Add(c => c.ConversationId, _group));
        view.WaitForAssertion(() => view.Find("[data-testid=conversation-members]"), TimeSpan.FromSeconds(10));
        view.Find("[data-testid=conversation-members]").Click();
        Assert.Equal("Trio", view.WaitForElement("input[data-testid=group-rename]").GetAttribute("value"));

        view.Find("input[data-testid=group-rename]").Change("   ");
        view.FindAll("button").Single(b => b.TextContent.Trim() == "Rename").Click();
        view.WaitForAssertion(() => Assert.Contains(MessagingErrors.GroupNameRequired.Message, view.Markup));

        view.Find("input[data-testid=group-rename]").Change("Trio sessions");
        view.FindAll("button").Single(b => b.TextContent.Trim() == "Rename").Click();
        view.WaitForAssertion(() => Assert.DoesNotContain(MessagingErrors.GroupNameRequired.Message, view.Markup));
        Assert.Equal("Trio sessions", await _db.ScalarAsync<string>("SELECT group_name FROM conversations WHERE id = $1", _group));
    }
}
