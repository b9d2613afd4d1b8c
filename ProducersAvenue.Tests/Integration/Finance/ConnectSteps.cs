using ProducersAvenue.Domain.Finance.Payouts;
using ProducersAvenue.Domain.Finance.Payouts.Connect;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>A member connects a Stripe account in the sandbox: onboarding starts, then is finished on the sandbox's own page.</summary>
public static class ConnectSteps
{
    public static async Task ConnectStripeAsync(this MoneyWorld world, Guid member)
    {
        var started = await world.As(member).Get<PayoutService>().ConnectAccountAsync();
        Assert.Equal(SandboxStripeConnect.SandboxPath, started.Value);
        var finished = await world.As(member).Get<SandboxStripeOnboarding>().CompleteAsync();
        Assert.True(finished.Succeeded, finished.FirstError?.Message);
    }
}
