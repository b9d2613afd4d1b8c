using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Notifications.Email;

namespace ProducersAvenue.Web.Hosting;

/// <summary>At start-up, says in the log where emails go: over SMTP (the delivery job), or nowhere but the outbox.</summary>
public sealed class EmailSettingsCheck(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<EmailSettingsCheck> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DevMailbox && !environment.IsDevelopment())
            logger.LogWarning("Email:DevMailbox is on outside Development: admins (only) can read every queued email at /dev/mailbox.");
        if (!options.Value.Smtp.Enabled)
            logger.LogInformation("Email:Smtp:Host is not set: emails stay in the outbox (admins see them at /admin/outbox).");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
