using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;
using static ProducersAvenue.Tests.Integration.Marketplace.ServiceTestKit;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>Every rule of the service form answers at its field and keeps nothing of a refused command.</summary>
public sealed class ServiceListingRules : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("seller");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<Result> RefusedAsync(ServiceCommand command)
    {
        var result = await _db.As(_seller).Get<ServiceListingService>().CreateAsync(command);
        Assert.False(result.Succeeded);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM services"));
        return result;
    }

    [Fact]
    public async Task A_service_without_a_package_is_refused_at_the_packages()
    {
        var result = await RefusedAsync(Command() with { Packages = [] });
        Assert.Equal("marketplace.service_no_package", result.FirstError?.Code);
        Assert.Equal("Add at least one package.", result.ErrorFor("Packages"));
    }

    [Fact]
    public async Task A_fourth_package_is_refused()
    {
        var result = await RefusedAsync(Command("Four", false, Package("A"), Package("B"), Package("C"), Package("D")));
        Assert.Equal("marketplace.service_too_many_packages", result.FirstError?.Code);
        Assert.NotNull(result.ErrorFor("Packages"));
    }

    [Fact]
    public async Task A_package_without_a_name_is_refused_at_its_own_name_field()
    {
        var result = await RefusedAsync(Command("Two", false, Package("Basic"), Package("   ")));
        Assert.Equal("marketplace.package_name_required", result.Errors.Single().Code);
        Assert.Equal("Name the package.", result.ErrorFor("Package2Name"));
        Assert.Null(result.ErrorFor("Package1Name"));
    }

    [Theory]
    [InlineData("0.99", "marketplace.package_price_too_low")]
    [InlineData("-5", "marketplace.package_price_too_low")]
    [InlineData("10.005", "marketplace.package_price_invalid")]
    [InlineData("100000000", "marketplace.package_price_too_high")] // well-formed, only too large: was "Enter a price in dollars and cents"
    [InlineData("9999999999999.99", "marketplace.package_price_too_high")] // what the field reads "9999999999999999" as (Money.LargestCents)
    [InlineData("10000.01", "marketplace.package_price_too_high")] // Money:MaximumPriceCents
    public async Task A_price_below_a_dollar_above_the_ceiling_or_not_in_cents_is_refused_at_the_price(string price, string code)
    {
        var result = await RefusedAsync(Command("Priced", false, Package(price: decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(code, result.Errors.Single().Code);
        Assert.NotNull(result.ErrorFor("Package1Price"));
    }

    [Fact]
    public async Task A_missing_price_is_refused_at_the_price()
    {
        var result = await RefusedAsync(Command("No price", false, Package(price: null)));
        Assert.Equal("marketplace.package_price_invalid", result.Errors.Single().Code);
        Assert.NotNull(result.ErrorFor("Package1Price"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    public async Task Delivery_outside_one_to_ninety_days_is_refused(int days)
    {
        var result = await RefusedAsync(Command("Days", false, Package(days: days)));
        Assert.Equal("marketplace.package_delivery_days", result.Errors.Single().Code);
        Assert.Equal("Delivery takes 1 to 90 days.", result.ErrorFor("Package1DeliveryDays"));
    }

    [Fact]
    public async Task More_than_ten_revisions_is_refused_but_unlimited_is_kept_as_null()
    {
        var refused = await RefusedAsync(Command("Revs", false, Package(revisions: 11)));
        Assert.Equal("marketplace.package_revisions", refused.Errors.Single().Code);

        var id = await _db.As(_seller).CreateAsync(Command("Revs", false, Package(revisions: null)));
        var editor = await _db.As(_seller).Get<ServiceListingService>().GetForEditAsync(id);
        Assert.Null(editor!.Command.Packages.Single().Revisions);
        Assert.Equal("null", await _db.ScalarAsync<string>("SELECT jsonb_typeof(packages -> 0 -> 'revisions') FROM services WHERE id = $1", id));
    }

    [Fact]
    public async Task A_title_whose_slug_another_sellers_draft_holds_is_refused_at_the_title()
    {
        var other = await _db.CreateUserAsync("other");
        await _db.As(other).CreateAsync(Command("Mixing & Mastering"));

        var result = await RefusedAsyncKeepingOne(Command("mixing and mastering!"));

        Assert.Equal("marketplace.service_title_taken", result.Errors.Single().Code);
        Assert.Equal("A service with this title already exists. Choose another title.", result.ErrorFor("Title"));
    }

    [Fact]
    public async Task Several_problems_are_answered_together_each_at_its_field()
    {
        var result = await RefusedAsync(Command("", false, Package("Basic", price: 0.5m), Package("basic", days: 0)));
        Assert.NotNull(result.ErrorFor("Title"));
        Assert.NotNull(result.ErrorFor("Package1Price"));
        Assert.Equal("marketplace.package_name_duplicate", result.Errors.Single(e => e.Field == "Package2Name").Code);
        Assert.NotNull(result.ErrorFor("Package2DeliveryDays"));
    }

    [Fact]
    public async Task Packages_are_stored_as_the_documents_json_with_the_cheapest_price_generated()
    {
        var id = await _db.As(_seller).CreateAsync(Command("Two packages", true, Package("Basic", 40m), Package("Pro", 120.5m, 7, 3)));

        Assert.Equal(40m, await _db.ScalarAsync<decimal>("SELECT price_from FROM services WHERE id = $1", id));
        Assert.Equal("Pro", await _db.ScalarAsync<string>("SELECT packages -> 1 ->> 'name' FROM services WHERE id = $1", id));
        Assert.Equal(7, await _db.ScalarAsync<int>("SELECT (packages -> 1 ->> 'delivery_days')::int FROM services WHERE id = $1", id));
        Assert.Equal("120.5", await _db.ScalarAsync<string>("SELECT packages -> 1 ->> 'price' FROM services WHERE id = $1", id));
        Assert.Equal(2, await _db.ScalarAsync<int>("SELECT jsonb_array_length(packages -> 0 -> 'features') FROM services WHERE id = $1", id));
        Assert.Equal("draft", await _db.ScalarAsync<string>("SELECT status FROM services WHERE id = $1", id));
    }

    [Fact]
    public async Task An_edit_that_breaks_a_rule_changes_nothing()
    {
        var seller = _db.As(_seller);
        var id = await seller.CreateAsync(Command("Keep me"));

        var result = await seller.Get<ServiceListingService>().UpdateAsync(id, Command("Changed title", false, Package(price: 0m)));

        Assert.Equal("marketplace.package_price_too_low", result.Errors.Single().Code);
        Assert.Equal("Keep me", await _db.ScalarAsync<string>("SELECT title FROM services WHERE id = $1", id));
    }

    private async Task<Result> RefusedAsyncKeepingOne(ServiceCommand command)
    {
        var result = await _db.As(_seller).Get<ServiceListingService>().CreateAsync(command);
        Assert.False(result.Succeeded);
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM services"));
        return result;
    }
}
