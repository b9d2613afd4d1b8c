using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Integration.Messaging;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Messaging.Components;

namespace ProducersAvenue.Tests.Components.Messaging;

/// <summary>"Delete for me" on a message asks before it hides the message, as "Delete for everyone" does.</summary>
public sealed class DeletingAMessageAsksFirst : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _bob, _conversation, _message;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var ana = await _db.CreateUserAsync("ana_asks");
        _bob = await _db.CreateUserAsync("bob_asks");
        var clock = MessagingTestKit.Clock();
        _conversation = await _db.Conversations(ana, clock).StartDirectAsync(_bob).Ok();
        _message = await _db.Conversations(ana, clock).SendAsync(_conversation, "the loop you asked for").Ok();
        this.UseDomain(_db, CurrentUser.For(_bob), clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Cancel_keeps_the_message_and_delete_in_the_box_hides_it_for_the_viewer_only()
    {
        var dialogs = Render<MudDialogProvider>();
        var view = Render<ConversationView>(p => p.Add(c => c.ConversationId, _conversation));
        view.WaitForAssertion(() => Assert.Single(view.FindAll("[data-testid=message]")), TimeSpan.FromSeconds(10));

        view.Find("[data-testid=message-delete-for-me]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete for you?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Delete for you?", dialogs.Markup));
        Assert.Single(view.FindAll("[data-testid=message]"));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT coalesce(cardinality(deleted_for), 0) FROM messages WHERE id = $1", _message));

        view.Find("[data-testid=message-delete-for-me]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete for you?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();

        view.WaitForAssertion(() => Assert.Empty(view.FindAll("[data-testid=message]")), TimeSpan.FromSeconds(10));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT cardinality(deleted_for) FROM messages WHERE id = $1", _message));
        Assert.Equal(_bob, await _db.ScalarAsync<Guid>("SELECT deleted_for[1] FROM messages WHERE id = $1", _message));
    }
}
