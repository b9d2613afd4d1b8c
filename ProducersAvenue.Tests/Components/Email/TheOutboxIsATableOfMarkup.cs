using Bunit;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Email;

namespace ProducersAvenue.Tests.Components.Email;

/// <summary>The admin's outbox lists emails as plain rows (decision 110): each a subject linking to the email, its
/// address, a status chip of markup and, for a failed one, its last error — a block of labelled lines on a phone.</summary>
public sealed class TheOutboxIsATableOfMarkup : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var admin = await _db.CreateUserAsync("outbox_admin", UserRole.Admin);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var mailer = _db.Services(clock: clock).Get<IMailer>();
        await mailer.SendAsync("ana@example.test", "Your receipt", "<p>Thanks</p>");
        clock.Advance(TimeSpan.FromMinutes(1));
        await mailer.SendAsync("bo@example.test", "Your payout", "<p>Paid</p>");
        await _db.ExecuteAsync("UPDATE email_outbox SET status = 'failed', attempts = 5, last_error = 'mailbox unavailable' WHERE subject = 'Your receipt'");
        this.UseDomain(_db, CurrentUser.For(admin, UserRole.Admin), clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Rows_link_to_each_email_and_carry_status_and_error_without_a_component_per_row()
    {
        var ids = await _db.ListAsync<Guid>("SELECT id FROM email_outbox ORDER BY created_at DESC");
        var page = Render<AdminOutbox>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=outbox-row]").Count), TimeSpan.FromSeconds(10));

        var rows = page.FindAll("[data-testid=outbox-row]");
        Assert.Equal(["Your payout", "Your receipt"], rows.Select(r => r.QuerySelector("a")!.TextContent.Trim()));
        Assert.Equal(ids.Select(id => $"/admin/outbox/{id}"), rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["queued", "failed"], rows.Select(r => r.QuerySelector("[data-testid=outbox-status]")!.TextContent.Trim()));
        Assert.Contains("mud-chip-color-error", rows[1].QuerySelector("[data-testid=outbox-status]")!.ClassName);
        Assert.Contains("mailbox unavailable", rows[1].TextContent);
        Assert.Equal(["Subject", "Queued", "To", "Status", "Attempts", "Last error"], rows[0].QuerySelectorAll("td").Select(td => td.GetAttribute("data-label")));
        Assert.Empty(page.FindComponents<MudChip<string>>());
    }

    [Fact]
    public void Without_a_mail_server_the_page_says_that_nothing_is_sent()
    {
        // The suite configures no Email:Smtp:Host, as a default ./run.sh does: "queued" must not look like a stuck job.
        var page = Render<AdminOutbox>();

        Assert.Contains("No mail server is configured", page.Find("[data-testid=outbox-no-smtp]").TextContent);
    }
}
