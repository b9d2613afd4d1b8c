using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Messaging;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Messaging.Components;

namespace ProducersAvenue.Tests.Components.Messaging;

/// <summary>
/// A conversation open in one tab follows what the same member does in another: a block they make turns it read-only at
/// once, and lifting it brings the message box back (QA10: the other member's tabs followed; the member's own kept the box,
/// and a send failed).
/// </summary>
public sealed class AMembersOtherTabsFollowTheirChanges : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();
    private Guid _ana, _bob, _conversation;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _ana = await _db.CreateUserAsync("ana_tabs");
        _bob = await _db.CreateUserAsync("bob_tabs");
        await _db.As(_bob).FollowAsync(_ana);
        _conversation = await _db.Conversations(_ana, _clock).StartDirectAsync(_bob).Ok();
        await _db.Conversations(_ana, _clock).SendAsync(_conversation, "first draft of the hook").Ok();
        this.UseDomain(_db, CurrentUser.For(_bob), _clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task A_block_and_its_undo_made_elsewhere_by_the_viewer_reach_their_open_conversation()
    {
        var view = Render<ConversationView>(p => p.Add(c => c.ConversationId, _conversation));
        view.WaitForAssertion(() => view.Find("[data-testid=message-composer]"), TimeSpan.FromSeconds(10));

        // "Another tab": the same member, through the app's services (the broadcaster the view listens to).
        await Services.GetRequiredService<BlockService>().BlockAsync(_ana).Ok();
        view.WaitForAssertion(() => Assert.NotEmpty(view.FindAll("[data-testid=conversation-blocked]")), TimeSpan.FromSeconds(10));
        Assert.Empty(view.FindAll("[data-testid=message-composer]"));

        await Services.GetRequiredService<BlockService>().UnblockAsync(_ana).Ok();
        view.WaitForAssertion(() => view.Find("[data-testid=message-composer]"), TimeSpan.FromSeconds(10));
        Assert.Empty(view.FindAll("[data-testid=conversation-blocked]"));
    }
}
