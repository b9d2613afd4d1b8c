using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Email;

public sealed class OutboxBrowsing : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> MailboxOff = new() { ["Email:DevMailbox"] = "false" };
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task QueueAsync(int count)
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var mailer = _db.Services(clock: clock).Get<IMailer>();
        for (var i = 1; i <= count; i++)
        {
            await mailer.SendAsync($"m{i}@example.test", $"Email {i}", $"<p>Body {i}</p>");
            clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private async Task<OutboxBrowser> AdminBrowserAsync()
    {
        var admin = await _db.CreateUserAsync("mail_admin", UserRole.Admin);
        return _db.Services(CurrentUser.For(admin, UserRole.Admin)).Get<OutboxBrowser>();
    }

    [Fact]
    public async Task The_dev_mailbox_lists_newest_first_in_pages()
    {
        await QueueAsync(5);
        var browser = await AdminBrowserAsync();

        var first = (await browser.ListAsync(pageSize: 2)).Value!;
        var second = (await browser.ListAsync(first.NextCursor, pageSize: 2)).Value!;
        var third = (await browser.ListAsync(second.NextCursor, pageSize: 2)).Value!;

        Assert.Equal(["Email 5", "Email 4"], first.Items.Select(e => e.Subject));
        Assert.Equal(["Email 3", "Email 2"], second.Items.Select(e => e.Subject));
        Assert.Equal(["Email 1"], third.Items.Select(e => e.Subject));
        Assert.False(third.HasMore);
    }

    [Fact]
    public async Task An_opened_email_carries_its_html_body()
    {
        await QueueAsync(1);
        var browser = await AdminBrowserAsync();
        var row = Assert.Single((await browser.ListAsync()).Value!.Items);

        var email = (await browser.GetAsync(row.Id)).Value!;

        Assert.Equal("<p>Body 1</p>", email.HtmlBody);
        Assert.Equal("m1@example.test", email.ToAddress);
    }

    [Fact]
    public async Task With_the_dev_mailbox_off_only_admins_may_read_the_outbox()
    {
        await QueueAsync(1);
        var member = await _db.CreateUserAsync("curious");
        var admin = await _db.CreateUserAsync("the_admin", UserRole.Admin);

        var asMember = await _db.Services(CurrentUser.For(member), settings: MailboxOff).Get<OutboxBrowser>().ListAsync();
        var asAnonymous = await _db.Services(settings: MailboxOff).Get<OutboxBrowser>().ListAsync();
        var asAdmin = await _db.Services(CurrentUser.For(admin, UserRole.Admin), settings: MailboxOff).Get<OutboxBrowser>().ListAsync();

        Assert.Equal(Error.Forbidden, asMember.FirstError);
        Assert.Equal(Error.Forbidden, asAnonymous.FirstError);
        Assert.Single(asAdmin.Value!.Items);
    }
}
