using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;
using static ProducersAvenue.Tests.Integration.Marketplace.ServiceTestKit;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>Drafts and paused services stay with their seller, in the service and behind Row Level Security; status moves only along the rules.</summary>
public sealed class ServiceStatusAndVisibility : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller, _stranger;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("seller");
        _stranger = await _db.CreateUserAsync("stranger");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<long> RowsSeenByAsync(Guid? viewer)
    {
        var services = viewer is { } id ? _db.As(id) : _db.Services();
        await using var db = services.Contexts.CreateDbContext();
        return await db.Services.LongCountAsync();
    }

    [Fact]
    public async Task A_draft_is_seen_by_its_seller_only_until_published()
    {
        var seller = _db.As(_seller);
        var id = await seller.CreateAsync(Command("Drafty mixing"));
        var slug = await _db.ScalarAsync<string>("SELECT slug FROM services WHERE id = $1", id);

        Assert.Null(await _db.As(_stranger).Get<ServiceListingService>().GetPageAsync(slug!));
        Assert.Null(await _db.Services().Get<ServiceListingService>().GetPageAsync(slug!));
        Assert.Equal(0, await RowsSeenByAsync(_stranger));
        Assert.Equal(0, await RowsSeenByAsync(null));
        Assert.Empty(await _db.As(_stranger).Get<ServiceListingService>().BySellerAsync(_seller));
        var own = await seller.Get<ServiceListingService>().GetPageAsync(slug!);
        Assert.Equal((ListingStatus.Draft, true), (own!.Status, own.IsOwner));

        Assert.True((await seller.Get<ServiceListingService>().PublishAsync(id)).Succeeded);

        var page = await _db.Services().Get<ServiceListingService>().GetPageAsync(slug!);
        Assert.Equal("Drafty mixing", page!.Title);
        Assert.Equal(1, await RowsSeenByAsync(null));
        Assert.Single(await _db.As(_stranger).Get<ServiceListingService>().BySellerAsync(_seller));
    }

    [Fact]
    public async Task A_draft_takes_its_new_titles_address_and_a_published_service_keeps_its_own()
    {
        var listings = _db.As(_seller).Get<ServiceListingService>();
        var id = await _db.As(_seller).CreateAsync(Command("Vocal tuning"));
        Assert.True((await listings.UpdateAsync(id, Command("Vocal tuning pro"))).Succeeded);
        Assert.Equal("vocal-tuning-pro", await _db.ScalarAsync<string>("SELECT slug FROM services WHERE id = $1", id));
        Assert.True((await listings.PublishAsync(id)).Succeeded);

        var renamed = await listings.UpdateAsync(id, Command("Vocal tuning deluxe"));

        Assert.Equal("vocal-tuning-pro", renamed.Value!.Slug);
        Assert.Equal("Vocal tuning deluxe", (await _db.Services().Get<ServiceListingService>().GetPageAsync("vocal-tuning-pro"))?.Title);
    }

    [Fact]
    public async Task Paused_and_deleted_services_leave_the_shop_and_a_deleted_one_never_returns()
    {
        var listings = _db.As(_seller).Get<ServiceListingService>();
        var id = await _db.As(_seller).CreateActiveAsync(Command("Here and gone"));

        Assert.True((await listings.PauseAsync(id)).Succeeded);
        Assert.Equal(0, await RowsSeenByAsync(_stranger));
        Assert.True((await listings.PublishAsync(id)).Succeeded);
        Assert.Equal(1, await RowsSeenByAsync(_stranger));
        Assert.True((await listings.DeleteAsync(id)).Succeeded);

        Assert.Equal(0, await RowsSeenByAsync(_stranger));
        Assert.Equal("deleted", await _db.ScalarAsync<string>("SELECT status FROM services WHERE id = $1", id));
        Assert.Equal("marketplace.listing_illegal_transition", (await listings.PublishAsync(id)).FirstError?.Code);
        Assert.Null(await listings.GetForEditAsync(id));
        Assert.Equal("marketplace.service_not_found", (await listings.UpdateAsync(id, Command("Back again"))).FirstError?.Code);
    }

    [Fact]
    public async Task A_draft_cannot_be_paused()
    {
        var id = await _db.As(_seller).CreateAsync(Command("Fresh"));
        var result = await _db.As(_seller).Get<ServiceListingService>().PauseAsync(id);
        Assert.Equal("A listing that is draft cannot become paused.", result.FirstError?.Message);
    }

    [Fact]
    public async Task Another_member_cannot_edit_publish_or_delete_a_service_but_an_admin_may_pause_it()
    {
        var id = await _db.As(_seller).CreateActiveAsync(Command("Mine"));
        var stranger = _db.As(_stranger).Get<ServiceListingService>();

        Assert.Equal(Error.Forbidden.Code, (await stranger.UpdateAsync(id, Command("Theirs"))).FirstError?.Code);
        Assert.Equal(Error.Forbidden.Code, (await stranger.PauseAsync(id)).FirstError?.Code);
        Assert.Equal(Error.Forbidden.Code, (await stranger.DeleteAsync(id)).FirstError?.Code);
        Assert.Null(await stranger.GetForEditAsync(id));
        Assert.Equal("active", await _db.ScalarAsync<string>("SELECT status FROM services WHERE id = $1", id));

        var admin = await _db.CreateUserAsync("boss", UserRole.Admin);
        Assert.True((await _db.As(admin, UserRole.Admin).Get<ServiceListingService>().PauseAsync(id)).Succeeded);
        Assert.Equal("paused", await _db.ScalarAsync<string>("SELECT status FROM services WHERE id = $1", id));
    }

    [Fact]
    public async Task Row_level_security_refuses_a_members_write_to_anothers_service_around_the_service()
    {
        var id = await _db.As(_seller).CreateActiveAsync(Command("Guarded"));
        await using var db = _db.As(_stranger).Contexts.CreateDbContext();

        var changed = await db.Services.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Title, "Hijacked"));

        Assert.Equal(0, changed);
        Assert.Equal("Guarded", await _db.ScalarAsync<string>("SELECT title FROM services WHERE id = $1", id));
    }

    [Fact]
    public async Task Hashtags_in_the_description_feed_tags_and_a_deleted_service_gives_its_uses_back()
    {
        var listings = _db.As(_seller).Get<ServiceListingService>();
        var id = await _db.As(_seller).CreateAsync(Command() with { Description = "Lessons in #SoundDesign and #mixing" });

        Assert.Equal(["mixing", "sounddesign"], await _db.ListAsync<string>("SELECT unnest(tags) FROM services WHERE id = $1 ORDER BY 1", id));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT usage_count FROM tags WHERE slug = 'sounddesign'"));
        Assert.Equal("SoundDesign", await _db.ScalarAsync<string>("SELECT name FROM tags WHERE slug = 'sounddesign'"));

        Assert.True((await listings.UpdateAsync(id, Command() with { Description = "Only #mixing now" })).Succeeded);
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT usage_count FROM tags WHERE slug = 'sounddesign'"));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT usage_count FROM tags WHERE slug = 'mixing'"));

        Assert.True((await listings.DeleteAsync(id)).Succeeded);
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT usage_count FROM tags WHERE slug = 'mixing'"));
    }
}
