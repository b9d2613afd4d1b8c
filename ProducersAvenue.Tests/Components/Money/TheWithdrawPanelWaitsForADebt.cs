using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Money.Components;

namespace ProducersAvenue.Tests.Components.Money;

/// <summary>
/// A member who owes the platform (a refund took more than their balance held) is not offered a payout form the service
/// would refuse: the panel says payouts wait for the debt; without a debt the same balance shows the form.
/// </summary>
public sealed class TheWithdrawPanelWaitsForADebt : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        this.UseDomain(_db, CurrentUser.For(await _db.CreateUserAsync("owing_seller")), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private static WalletSummary Summary(int debtCents) => new(AvailableCents: 9500, PendingCents: 0, TotalEarnedCents: 9500, EarnedByCardCents: 9500,
        EarnedByPaypalCents: 0, TotalWithdrawnCents: 0, TotalSpentCents: 0, PayoutsEnabled: true, PayoutMinimumCents: 5000, ClearingDays: 7, DebtCents: debtCents);

    [Fact]
    public void A_member_who_owes_is_told_payouts_wait_instead_of_getting_the_form()
    {
        Render<MudPopoverProvider>();
        var panel = Render<WithdrawPanel>(p => p.Add(x => x.Summary, Summary(debtCents: 1803)));

        panel.WaitForAssertion(() => Assert.Contains("Payouts wait until the $18.03 you owe is settled",
            panel.Find("[data-testid=withdraw-waits-for-debt]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=request-payout]"));

        panel.Render(p => p.Add(x => x.Summary, Summary(debtCents: 0)));
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=request-payout]")));
        Assert.Empty(panel.FindAll("[data-testid=withdraw-waits-for-debt]"));
    }
}
