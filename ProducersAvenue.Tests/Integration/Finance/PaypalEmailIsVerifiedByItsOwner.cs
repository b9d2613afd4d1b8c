using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Payouts;
using ProducersAvenue.Domain.Finance.Payouts.Paypal;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// A PayPal payout method (decision 215): the email is stored unverified and a signed link is mailed to it through the
/// outbox; only its member, before expiry, for the email still on the wallet, verifies it — and only then are payouts on.
/// </summary>
public sealed class PaypalEmailIsVerifiedByItsOwner : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _other;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("paypal_seller");
        _other = await _db.CreateUserAsync("paypal_other");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private PaypalPayoutMethod Method(Guid member) => _world.As(member).Get<PaypalPayoutMethod>();

    private async Task<(string? Email, bool Verified, bool Enabled)> WalletAsync(Guid member)
    {
        var view = await Method(member).MineAsync();
        return (view!.PaypalEmail, view.PaypalVerified, view.PayoutsEnabled);
    }

    [Fact]
    public async Task The_link_mailed_to_the_email_verifies_it_and_turns_payouts_on()
    {
        var added = await Method(_seller).AddAsync("  Seller.Pay@Example.test ", PaypalSteps.Site);

        Assert.True(added.Succeeded, added.FirstError?.Message);
        Assert.Equal(("seller.pay@example.test", false, false), await WalletAsync(_seller));
        Assert.Equal(["Verify your PayPal email for Producers Avenue payouts"],
            await _db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'seller.pay@example.test'"));
        Assert.Equal("finance.payouts_not_enabled", (await _world.As(_seller).Get<PayoutService>().RequestAsync("50")).FirstError?.Code);

        var verified = await Method(_seller).VerifyAsync(await _world.LinkTokenAsync("seller.pay@example.test"));

        Assert.True(verified.Succeeded, verified.FirstError?.Message);
        Assert.Equal(("seller.pay@example.test", true, true), await WalletAsync(_seller));
        Assert.True((await _world.As(_seller).Get<WalletQueries>().SummaryAsync())!.PayoutsEnabled);
    }

    [Fact]
    public async Task The_verified_email_sent_again_in_other_capitals_stays_verified_and_mails_nothing()
    {
        await Method(_seller).AddAsync("kept@example.test", PaypalSteps.Site);
        Assert.True((await Method(_seller).VerifyAsync(await _world.LinkTokenAsync("kept@example.test"))).Succeeded);

        var again = await Method(_seller).AddAsync(" Kept@Example.test", PaypalSteps.Site);

        Assert.Equal(FinanceErrors.PaypalEmailAlreadyVerified, again.FirstError);
        Assert.Equal(("kept@example.test", true, true), await WalletAsync(_seller));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM email_outbox WHERE to_address = 'kept@example.test'"));
    }

    [Fact]
    public async Task Adding_an_email_mails_at_most_five_links_a_day()
    {
        for (var i = 1; i <= 5; i++)
        {
            Assert.True((await Method(_seller).AddAsync($"try{i}@example.test", PaypalSteps.Site)).Succeeded);
            _world.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var sixth = await Method(_seller).AddAsync("try6@example.test", PaypalSteps.Site);

        Assert.Equal(("finance.paypal_verifications_too_many", "PaypalEmail"), (sixth.FirstError?.Code, sixth.FirstError?.Field));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM email_outbox WHERE to_address = 'try6@example.test'"));
        Assert.Equal("try5@example.test", (await WalletAsync(_seller)).Email);
        Assert.True((await Method(_other).AddAsync("other@example.test", PaypalSteps.Site)).Succeeded);

        _world.Clock.Advance(TimeSpan.FromHours(24));
        Assert.True((await Method(_seller).AddAsync("try6@example.test", PaypalSteps.Site)).Succeeded);
    }

    [Fact]
    public async Task A_tampered_link_is_refused_and_verifies_nothing()
    {
        await Method(_seller).AddAsync("tamper@example.test", PaypalSteps.Site);
        var token = await _world.LinkTokenAsync("tamper@example.test");
        var tampered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];

        var refused = await Method(_seller).VerifyAsync(tampered);
        var garbage = await Method(_seller).VerifyAsync("not-a-token");

        Assert.Equal("finance.paypal_link_invalid", refused.FirstError?.Code);
        Assert.Equal("finance.paypal_link_invalid", garbage.FirstError?.Code);
        Assert.Equal(("tamper@example.test", false, false), await WalletAsync(_seller));
    }

    [Fact]
    public async Task A_link_older_than_its_validity_is_refused()
    {
        await Method(_seller).AddAsync("late@example.test", PaypalSteps.Site);
        var token = await _world.LinkTokenAsync("late@example.test");
        _world.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var late = await Method(_seller).VerifyAsync(token);

        Assert.Equal("finance.paypal_link_expired", late.FirstError?.Code);
        Assert.Equal(("late@example.test", false, false), await WalletAsync(_seller));
    }

    [Fact]
    public async Task Another_members_link_verifies_nothing_for_either_of_them()
    {
        await Method(_seller).AddAsync("mine@example.test", PaypalSteps.Site);
        await Method(_other).AddAsync("mine@example.test", PaypalSteps.Site);
        var sellersLink = (await _db.ListAsync<string>("SELECT html_body FROM email_outbox WHERE to_address = 'mine@example.test' ORDER BY created_at, id"))[0];
        Assert.Contains("/wallet/paypal/verify?token=", sellersLink);
        var token = Uri.UnescapeDataString(System.Net.WebUtility.HtmlDecode(sellersLink.Split("token=")[1].Split('"')[0]));

        var stolen = await Method(_other).VerifyAsync(token);

        Assert.Equal("finance.paypal_link_not_yours", stolen.FirstError?.Code);
        Assert.Equal(("mine@example.test", false, false), await WalletAsync(_other));
        Assert.Equal(("mine@example.test", false, false), await WalletAsync(_seller));
    }

    [Fact]
    public async Task Changing_the_email_unverifies_it_and_retires_the_older_link()
    {
        await _world.VerifyPaypalAsync(_seller, "first@example.test");
        await Method(_seller).AddAsync("second@example.test", PaypalSteps.Site);

        Assert.Equal(("second@example.test", false, false), await WalletAsync(_seller));
        var first = await Method(_seller).AddAsync("first@example.test", PaypalSteps.Site);
        var firstToken = await _world.LinkTokenAsync("first@example.test");
        await Method(_seller).AddAsync("second@example.test", PaypalSteps.Site);
        Assert.True(first.Succeeded);
        Assert.Equal("finance.paypal_link_superseded", (await Method(_seller).VerifyAsync(firstToken)).FirstError?.Code);

        Assert.True((await Method(_seller).RemoveAsync()).Succeeded);
        Assert.Equal(((string?)null, false, false), await WalletAsync(_seller));
        Assert.Equal("finance.paypal_link_superseded",
            (await Method(_seller).VerifyAsync(await _world.LinkTokenAsync("second@example.test"))).FirstError?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an email")]
    [InlineData("name@localhost")]
    [InlineData("Name <name@example.test>")]
    public async Task An_email_that_is_not_one_address_is_refused_at_the_field(string typed)
    {
        var added = await Method(_seller).AddAsync(typed, PaypalSteps.Site);

        Assert.Equal(("finance.paypal_email_invalid", "PaypalEmail"), (added.FirstError?.Code, added.FirstError?.Field));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM email_outbox"));
    }

    [Fact]
    public async Task Signed_out_visitors_can_neither_add_nor_verify()
    {
        var anonymous = _db.Services(CurrentUser.Anonymous(), _world.Clock).Get<PaypalPayoutMethod>();

        Assert.Equal(Error.SignInRequired, (await anonymous.AddAsync("x@example.test", PaypalSteps.Site)).FirstError);
        Assert.Equal(Error.SignInRequired, (await anonymous.VerifyAsync("x")).FirstError);
    }
}
