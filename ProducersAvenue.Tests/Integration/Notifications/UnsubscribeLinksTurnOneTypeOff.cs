using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Notifications.Unsubscribe;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Notifications;

/// <summary>
/// Decision 212: the signed link in a notification email turns that type's email off for its member without signing in,
/// and can be undone; a changed or expired link is refused and changes nothing.
/// </summary>
public sealed class UnsubscribeLinksTurnOneTypeOff : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(SocialTestKit.Start);
    private TestDb _db = null!;
    private Guid _member;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _member = await _db.CreateUserAsync("member");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    /// <summary>A visitor who is not signed in (the person who clicked the link in their mail program).</summary>
    private TestServices Visitor => _db.Services(clock: _clock);

    private Dictionary<string, string?> LinkFor(NotificationType type) =>
        QueryHelpers.ParseQuery(new Uri("http://localhost" + Visitor.Get<UnsubscribeLinks>().PathFor(_member, type)).Query)
            .ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString());

    private Task<Domain.Common.Result<UnsubscribeOutcome>> UnsubscribeAsync(IReadOnlyDictionary<string, string?> q) =>
        Visitor.Get<UnsubscribeService>().UnsubscribeAsync(q["u"], q["t"], q["x"], q["sig"]);

    private async Task<bool?> EmailChoiceAsync(string type) =>
        await _db.ScalarAsync<bool?>("SELECT email FROM notification_preferences WHERE user_id = $1 AND type = $2", _member, type);

    [Fact]
    public async Task A_valid_link_turns_that_types_email_off_without_signing_in_and_undo_turns_it_back_on()
    {
        var link = LinkFor(NotificationType.Comment);

        var result = await UnsubscribeAsync(link);

        Assert.True(result.Succeeded, result.FirstError?.Message);
        Assert.Equal("Comments", result.Value!.Label);
        Assert.False(await EmailChoiceAsync("comment"));
        Assert.Null(await EmailChoiceAsync("mention"));
        var prefs = (await _db.As(_member).Get<NotificationPreferenceService>().ListMineAsync()).Value!;
        var comment = Assert.Single(prefs, p => p.Type == NotificationType.Comment);
        Assert.True(comment.InApp);
        Assert.False(comment.Email);

        Assert.True((await Visitor.Get<UnsubscribeService>().UndoAsync(link["u"], link["t"], link["x"], link["sig"])).Succeeded);
        Assert.True(await EmailChoiceAsync("comment"));
    }

    [Fact]
    public async Task The_link_in_a_real_notification_email_works()
    {
        var fan = await _db.CreateUserAsync("fan");
        var post = await _db.As(_member, clock: _clock).PostAsync("New beat");
        Assert.True((await _db.As(fan, clock: _clock).Get<CommentService>().AddAsync(post, "Nice")).Succeeded);
        var body = Assert.Single(await _db.EmailsToAsync("member@example.test"));
        var href = System.Text.RegularExpressions.Regex.Match(body, "href=\"([^\"]*/unsubscribe\\?[^\"]*)\"").Groups[1].Value;
        var query = QueryHelpers.ParseQuery(new Uri(System.Net.WebUtility.HtmlDecode(href)).Query).ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString());

        Assert.True((await UnsubscribeAsync(query)).Succeeded);
        Assert.False(await EmailChoiceAsync("comment"));
    }

    [Theory]
    [InlineData("t", "mention")]
    [InlineData("u", "00000000000000000000000000000001")]
    [InlineData("x", "99999999999")]
    [InlineData("sig", "CfDJ8forged")]
    [InlineData("sig", "")]
    public async Task A_changed_link_is_refused_and_changes_nothing(string part, string value)
    {
        var link = LinkFor(NotificationType.Comment);
        link[part] = value;

        var result = await UnsubscribeAsync(link);

        Assert.Equal("notifications.unsubscribe_link_invalid", result.FirstError?.Code);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM notification_preferences"));
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_changes_nothing()
    {
        var link = LinkFor(NotificationType.Comment);
        _clock.Advance(TimeSpan.FromDays(91));

        var result = await UnsubscribeAsync(link);

        Assert.Equal("notifications.unsubscribe_link_expired", result.FirstError?.Code);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM notification_preferences"));
    }
}
