using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Integration.Messaging;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Messaging.Components;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Components.Messaging;

/// <summary>
/// An open conversation marks another member's new message read only while the member can see it: the circuit is
/// connected and the browser answers that the page is in sight (decision 273). A dropped connection (Blazor keeps the
/// circuit for minutes) or a hidden tab used to read it at once: the sender saw "Seen", and the member's badge and
/// notification cleared on their other devices, for a message nobody had seen (QA8 finding 1). What waits is read when
/// the connection comes back or the page is shown again.
/// </summary>
public sealed class AMessageIsReadOnlyWhileTheMemberCanSeeIt : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();
    private Guid _ana, _bob, _conversation;
    /// <summary>What the browser answers when the view asks whether its page is in sight.</summary>
    private bool _inSight = true;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _ana = await _db.CreateUserAsync("ana_sees");
        _bob = await _db.CreateUserAsync("bob_sees");
        await _db.As(_bob).FollowAsync(_ana); // Ana's messages land in Bob's inbox: read receipts apply
        _conversation = await _db.Conversations(_ana, _clock).StartDirectAsync(_bob).Ok();
        this.UseDomain(_db, CurrentUser.For(_bob), _clock.GetUtcNow());
        var module = JSInterop.SetupModule("./Components/Pages/Messaging/Components/ConversationView.razor.js");
        module.Setup<bool>(call => call.Identifier == "isInSight" && _inSight).SetResult(true);
        module.Setup<bool>(call => call.Identifier == "isInSight" && !_inSight).SetResult(false);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task A_message_waits_unread_while_the_connection_is_down_or_the_page_hidden_and_is_read_when_it_is_seen()
    {
        var first = await SendFromAnaAsync("first take");
        var view = Render<ConversationView>(p => p.Add(c => c.ConversationId, _conversation));
        view.WaitForAssertion(() => Assert.Single(view.FindAll("[data-testid=message]")));
        await WaitUntilReadAsync(first);

        // The connection drops: Blazor keeps the circuit, and the view still hears the message arrive.
        var connection = Services.GetRequiredService<CircuitConnection>();
        await connection.OnConnectionDownAsync(null!, CancellationToken.None);
        var whileAway = await SendFromAnaAsync("while you were away");
        view.WaitForAssertion(() => Assert.Equal(2, view.FindAll("[data-testid=message]").Count));
        Assert.False(await IsReadAsync(whileAway));
        Assert.Equal(1, await UnreadNotificationsAsync());

        await connection.OnConnectionUpAsync(null!, CancellationToken.None);
        await WaitUntilReadAsync(whileAway);
        Assert.Equal(0, await UnreadNotificationsAsync());

        // Connected, but the tab is in the background.
        _inSight = false;
        var whileHidden = await SendFromAnaAsync("while the tab was hidden");
        view.WaitForAssertion(() => Assert.Equal(3, view.FindAll("[data-testid=message]").Count));
        Assert.False(await IsReadAsync(whileHidden));
        Assert.Equal(1, await UnreadNotificationsAsync());

        _inSight = true;
        await view.InvokeAsync(() => view.Instance.PageShownAsync());
        await WaitUntilReadAsync(whileHidden);
        Assert.Equal(0, await UnreadNotificationsAsync());
    }

    /// <summary>Ana sends, and the event reaches this circuit as the service's broadcast after commit would.</summary>
    private async Task<Guid> SendFromAnaAsync(string text)
    {
        _clock.Advance(TimeSpan.FromSeconds(10));
        var id = await _db.Conversations(_ana, _clock).SendAsync(_conversation, text).Ok();
        Services.GetRequiredService<IMessageBroadcaster>().Publish(new MessageEvent(MessageEventKind.Sent, _conversation, [_ana, _bob], _ana, id));
        return id;
    }

    private Task<bool> IsReadAsync(Guid message) => _db.ScalarAsync<bool>("SELECT is_read FROM messages WHERE id = $1", message);

    private Task<long> UnreadNotificationsAsync() => _db.ScalarAsync<long>(
        "SELECT count(*) FROM notifications WHERE user_id = $1 AND type = 'message' AND NOT is_read", _bob);

    private async Task WaitUntilReadAsync(Guid message)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(50))
        {
            if (await IsReadAsync(message)) return;
            await Task.Delay(50);
        }
        Assert.Fail("the message was not marked read");
    }
}
