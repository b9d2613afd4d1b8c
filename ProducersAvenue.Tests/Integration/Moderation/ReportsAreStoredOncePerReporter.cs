using ProducersAvenue.Domain.Moderation;
using ProducersAvenue.Tests.Integration.Marketplace.Reviews;
using ProducersAvenue.Tests.Integration.Messaging;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Moderation;

/// <summary>Reports (decision 206): stored once per reporter and target, participants only for messages, report bans hold.</summary>
public sealed class ReportsAreStoredOncePerReporter : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ReportService Reports(Guid userId) => _db.As(userId, clock: _clock).Get<ReportService>();

    private async Task<(Guid Ana, Guid Bob, Guid Conversation, Guid Message)> ConversationAsync()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var conversation = await _db.Conversations(bob, _clock).StartDirectAsync(ana).Ok();
        var message = await _db.Conversations(bob, _clock).SendAsync(conversation, "buy followers at spam.example").Ok();
        return (ana, bob, conversation, message);
    }

    [Fact]
    public async Task A_participant_reports_a_message_and_its_conversation_and_a_second_report_of_either_is_refused()
    {
        var (ana, _, conversation, message) = await ConversationAsync();

        var report = await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Message, message, ReportReason.Spam, "  a link farm  "));
        Assert.True(report.Succeeded, report.FirstError?.Message);
        Assert.True((await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Conversation, conversation, ReportReason.Harassment, null))).Succeeded);

        Assert.Equal(ModerationErrors.AlreadyReported,
            (await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Message, message, ReportReason.Scam, null))).FirstError);
        Assert.Equal(ModerationErrors.AlreadyReported,
            (await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Conversation, conversation, ReportReason.Spam, null))).FirstError);
        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT count(*) FROM reports"));
        Assert.Equal("pending", await _db.ScalarAsync<string>("SELECT status FROM reports WHERE id = $1", report.Value));
        Assert.Equal("a link farm", await _db.ScalarAsync<string>("SELECT details FROM reports WHERE id = $1", report.Value));
        Assert.Equal("spam", await _db.ScalarAsync<string>("SELECT reason FROM reports WHERE id = $1", report.Value));
        Assert.Equal("conversation", await _db.ScalarAsync<string>("SELECT target_type FROM reports WHERE target_id = $1", conversation));
    }

    [Fact]
    public async Task Someone_outside_the_conversation_cannot_report_its_messages_or_the_conversation()
    {
        var (_, _, conversation, message) = await ConversationAsync();
        var eve = await _db.CreateUserAsync("eve");

        Assert.Equal(ModerationErrors.TargetNotFound,
            (await Reports(eve).ReportAsync(new ReportCommand(ReportTargetType.Message, message, ReportReason.Spam, null))).FirstError);
        Assert.Equal(ModerationErrors.TargetNotFound,
            (await Reports(eve).ReportAsync(new ReportCommand(ReportTargetType.Conversation, conversation, ReportReason.Spam, null))).FirstError);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM reports"));
    }

    [Fact]
    public async Task A_report_banned_member_is_refused_until_the_ban_ends()
    {
        var (ana, _, _, message) = await ConversationAsync();
        await _db.ExecuteAsync("INSERT INTO report_abuse_tracking (id, user_id, false_report_count, is_report_banned, report_ban_until) VALUES (gen_random_uuid(), $1, 3, true, $2)",
            ana, _clock.GetUtcNow().AddDays(30));

        var refused = await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Message, message, ReportReason.Spam, null));
        Assert.Equal("moderation.report_banned", refused.FirstError?.Code);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM reports"));

        _clock.Advance(TimeSpan.FromDays(31));
        Assert.True((await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Message, message, ReportReason.Spam, null))).Succeeded);
    }

    [Fact]
    public async Task Bad_reports_say_why_at_the_field_and_store_nothing()
    {
        var (ana, bob, _, message) = await ConversationAsync();
        var reports = Reports(ana);

        var noReason = await reports.ReportAsync(new ReportCommand(ReportTargetType.Message, message, null, null));
        Assert.Equal(ModerationErrors.ReasonRequired.Message, noReason.ErrorFor(nameof(ReportCommand.Reason)));
        var tooLong = await reports.ReportAsync(new ReportCommand(ReportTargetType.Message, message, ReportReason.Spam, new string('x', Report.DetailsMaxLength + 1)));
        Assert.Equal("moderation.details_too_long", tooLong.FirstError?.Code);
        Assert.Equal(nameof(ReportCommand.Details), tooLong.FirstError?.Field);
        Assert.Equal(ModerationErrors.DetailsRequired, (await reports.ReportAsync(new ReportCommand(ReportTargetType.Message, message, ReportReason.Other, " "))).FirstError);
        Assert.Equal(ModerationErrors.OwnContent,
            (await Reports(bob).ReportAsync(new ReportCommand(ReportTargetType.Message, message, ReportReason.Spam, null))).FirstError);
        Assert.Equal(ModerationErrors.TargetNotFound,
            (await reports.ReportAsync(new ReportCommand(ReportTargetType.Message, Guid.NewGuid(), ReportReason.Spam, null))).FirstError);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM reports"));
    }

    [Fact]
    public async Task A_profile_can_be_reported_once_but_not_ones_own()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        Assert.True((await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Profile, bob, ReportReason.Scam, null))).Succeeded);
        Assert.Equal(ModerationErrors.AlreadyReported, (await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Profile, bob, ReportReason.Spam, null))).FirstError);
        Assert.Equal(ModerationErrors.OwnContent, (await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Profile, ana, ReportReason.Spam, null))).FirstError);
    }

    [Fact]
    public async Task Products_and_services_are_reported_like_posts_once_and_a_draft_only_its_seller_sees_is_not_found()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var product = await _db.ProductAsync(bob, "Stolen Loops");
        var service = await _db.ServiceAsync(bob, "Fake mastering");
        var draft = await _db.InsertAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved) VALUES ($1, 'Unreleased', 'unreleased-draft', 0, true, 'draft', false) RETURNING id
            """, bob);

        Assert.True((await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Product, product, ReportReason.Copyright, null))).Succeeded);
        Assert.True((await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Service, service, ReportReason.Scam, null))).Succeeded);
        Assert.Equal(ModerationErrors.AlreadyReported,
            (await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Product, product, ReportReason.Spam, null))).FirstError);
        Assert.Equal(ModerationErrors.OwnContent,
            (await Reports(bob).ReportAsync(new ReportCommand(ReportTargetType.Service, service, ReportReason.Spam, null))).FirstError);
        Assert.Equal(ModerationErrors.TargetNotFound,
            (await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Product, draft, ReportReason.Spam, null))).FirstError);
        Assert.Equal(ModerationErrors.TargetNotFound,
            (await Reports(ana).ReportAsync(new ReportCommand(ReportTargetType.Service, Guid.NewGuid(), ReportReason.Spam, null))).FirstError);
        Assert.Equal(["product", "service"], await _db.ListAsync<string>("SELECT target_type FROM reports ORDER BY target_type"));
    }
}
