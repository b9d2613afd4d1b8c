using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Notifications.Email;

namespace ProducersAvenue.Web.Background;

/// <summary>When <c>Email:Smtp:Host</c> is set, delivers the email outbox every <see cref="SmtpOptions.PollSeconds"/>.</summary>
public sealed class OutboxDeliveryService(
    IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, IHostEnvironment environment,
    ILogger<OutboxDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.DevMailbox && !environment.IsDevelopment())
            logger.LogWarning("Email:DevMailbox is on outside Development: /dev/mailbox shows every email to everyone.");
        var smtp = options.Value.Smtp;
        if (!smtp.Enabled)
        {
            logger.LogInformation("Email:Smtp:Host is not set: emails stay in the outbox (see /dev/mailbox).");
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, smtp.PollSeconds)), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SmtpOutboxDelivery>().DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox delivery failed; retrying on the next tick.");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
