using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Jobs;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Email;

public sealed class SmtpOutboxDeliveryToAServer : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private TestServices Services(int port, FakeTimeProvider clock, ICurrentUser? user = null) => _db.Services(user, clock, settings: new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseStartTls"] = "false",
        ["Email:Smtp:From"] = "Producers Avenue <hello@producersavenue.test>",
        ["Email:Smtp:MaxAttempts"] = "3",
        ["Email:Smtp:RetryBaseSeconds"] = "30",
    });

    private async Task<OutboxEmail> SingleEmailAsync()
    {
        await using var db = _db.Context();
        return await db.EmailOutbox.AsNoTracking().SingleAsync();
    }

    [Fact]
    public async Task A_queued_email_arrives_with_its_subject_and_recipient_and_is_marked_sent()
    {
        await using var smtp = new FakeSmtpServer();
        var clock = new FakeTimeProvider(Now);
        var services = Services(smtp.Port, clock);
        await services.Get<IMailer>().SendAsync("ana@example.test", "Welcome aboard", "<p>Hello <strong>Ana</strong></p>");

        var sent = await services.Get<SmtpOutboxDelivery>().DeliverDueAsync();

        Assert.Equal(1, sent);
        var message = Assert.Single(smtp.Messages);
        Assert.Equal("Welcome aboard", message.Subject);
        Assert.Equal("ana@example.test", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("hello@producersavenue.test", Assert.Single(message.From.Mailboxes).Address);
        Assert.Contains("<strong>Ana</strong>", message.HtmlBody);
        var row = await SingleEmailAsync();
        Assert.Equal(OutboxEmailStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(Now, row.SentAt);
        Assert.Null(row.LastError);
    }

    [Fact]
    public async Task A_notification_email_names_its_signed_unsubscribe_link_for_one_click_and_an_account_email_none()
    {
        await using var smtp = new FakeSmtpServer();
        var author = await _db.CreateUserAsync("author");
        var fan = await _db.CreateUserAsync("fan");
        var services = Services(smtp.Port, new FakeTimeProvider(Now), CurrentUser.For(fan, UserRole.Member));
        await services.Get<INotifier>().NotifyAsync(new NotificationRequest(author, NotificationType.Comment, "@fan commented on your post", "Nice",
            "/posts/1", fan, Guid.CreateVersion7()));
        await services.Get<IMailer>().SendAsync("ana@example.test", "Confirm your email", "<p>Hi</p>");

        Assert.Equal(2, await services.Get<SmtpOutboxDelivery>().DeliverDueAsync());

        var notice = Assert.Single(smtp.Messages, m => m.Subject == "@fan commented on your post");
        var unsubscribe = notice.Headers["List-Unsubscribe"] ?? throw new Xunit.Sdk.XunitException("No List-Unsubscribe header");
        Assert.Matches("^<https?://[^>]+/unsubscribe\\?u=" + author.ToString("N") + "&t=comment&x=[0-9]+&sig=[^>]+>$", unsubscribe);
        Assert.Equal("List-Unsubscribe=One-Click", notice.Headers["List-Unsubscribe-Post"]);
        var link = unsubscribe.Trim('<', '>');
        Assert.Contains(System.Net.WebUtility.HtmlEncode(link[..link.IndexOf("&sig=", StringComparison.Ordinal)]), notice.HtmlBody); // the footer's link
        var account = Assert.Single(smtp.Messages, m => m.Subject == "Confirm your email");
        Assert.Null(account.Headers["List-Unsubscribe"]);
    }

    [Fact]
    public async Task A_sent_email_is_not_sent_twice()
    {
        await using var smtp = new FakeSmtpServer();
        var services = Services(smtp.Port, new FakeTimeProvider(Now));
        await services.Get<IMailer>().SendAsync("ana@example.test", "Once", "<p>Once</p>");

        await services.Get<SmtpOutboxDelivery>().DeliverDueAsync();
        var second = await services.Get<SmtpOutboxDelivery>().DeliverDueAsync();

        Assert.Equal(0, second);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task An_unreachable_server_is_retried_with_growing_waits_and_then_given_up()
    {
        var clock = new FakeTimeProvider(Now);
        var services = Services(FreePort.Next(), clock); // nothing listens there
        await services.Get<IMailer>().SendAsync("ana@example.test", "Retry me", "<p>Hi</p>");
        var delivery = services.Get<SmtpOutboxDelivery>();

        await delivery.DeliverDueAsync();
        var first = await SingleEmailAsync();
        Assert.Equal((OutboxEmailStatus.Queued, 1), (first.Status, first.Attempts));
        Assert.False(string.IsNullOrEmpty(first.LastError));

        clock.Advance(TimeSpan.FromSeconds(29)); // the second attempt is due 30 s after queueing
        await delivery.DeliverDueAsync();
        Assert.Equal(1, (await SingleEmailAsync()).Attempts);

        clock.Advance(TimeSpan.FromSeconds(1));
        await delivery.DeliverDueAsync();
        Assert.Equal(2, (await SingleEmailAsync()).Attempts);

        clock.Advance(TimeSpan.FromSeconds(60)); // the third is due at 90 s, and it is the last
        await delivery.DeliverDueAsync();
        var last = await SingleEmailAsync();
        Assert.Equal((OutboxEmailStatus.Failed, 3), (last.Status, last.Attempts));

        clock.Advance(TimeSpan.FromHours(1));
        await delivery.DeliverDueAsync();
        Assert.Equal(3, (await SingleEmailAsync()).Attempts);
    }

    [Fact]
    public async Task Three_deliveries_running_at_once_send_each_email_exactly_once()
    {
        await using var smtp = new FakeSmtpServer();
        var clock = new FakeTimeProvider(Now);
        var writer = Services(smtp.Port, clock);
        for (var i = 0; i < 30; i++) await writer.Get<IMailer>().SendAsync($"member{i}@example.test", $"Email {i}", "<p>Hi</p>");
        // Three app instances: each its own container and connection pool, all claiming from the same outbox.
        var instances = Enumerable.Range(0, 3).Select(_ => _db.Services(clock: clock, settings: new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:UseStartTls"] = "false",
            ["Email:Smtp:BatchSize"] = "100",
        })).ToList();

        var sent = await Task.WhenAll(instances.Select(i => Task.Run(() => i.Get<SmtpOutboxDelivery>().DeliverDueAsync())));

        Assert.Equal(30, sent.Sum());
        Assert.Equal(30, smtp.Messages.Count);
        Assert.Equal(30, smtp.Messages.Select(m => m.Subject).Distinct().Count());
        await using var db = _db.Context();
        Assert.All(await db.EmailOutbox.AsNoTracking().ToListAsync(), e => Assert.Equal((OutboxEmailStatus.Sent, 1), (e.Status, e.Attempts)));
    }

    [Fact]
    public async Task The_recurring_delivery_job_sends_the_outbox_when_run()
    {
        await using var smtp = new FakeSmtpServer();
        var services = Services(smtp.Port, new FakeTimeProvider(Now));
        await services.Get<IMailer>().SendAsync("ana@example.test", "From the job", "<p>Hi</p>");
        var job = Assert.Single(services.Get<IEnumerable<IRecurringJob>>(), j => j.Id == "email-outbox-delivery");
        Assert.Equal("* * * * *", job.Cron);

        await job.RunAsync(CancellationToken.None);

        Assert.Equal("From the job", Assert.Single(smtp.Messages).Subject);
        Assert.Equal(OutboxEmailStatus.Sent, (await SingleEmailAsync()).Status);
    }

    [Fact]
    public async Task Without_an_smtp_host_nothing_is_delivered_and_the_email_stays_queued()
    {
        var services = _db.Services();
        await services.Get<IMailer>().SendAsync("ana@example.test", "Stays", "<p>Hi</p>");

        Assert.Equal(0, await services.Get<SmtpOutboxDelivery>().DeliverDueAsync());
        Assert.Equal(OutboxEmailStatus.Queued, (await SingleEmailAsync()).Status);
    }
}
