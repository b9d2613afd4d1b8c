using Bunit;
using MudBlazor;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// Issue 10: a service page's portfolio players are drawn once, already with their stored peaks. Drawn flat first and then
/// again with the peaks (the portfolio read them in a query of its own), a player's markup — its audio element with it —
/// was replaced under a listener who had pressed play, as the product page's was; on real PostgreSQL.
/// </summary>
public sealed class AServicePageDrawsItsSamplesOnce : BunitContext, IAsyncLifetime
{
    private const string FlatPath = "M0 50h1000";
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("sample_mixer");
        this.UseDomain(_db, CurrentUser.Anonymous(), new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task The_portfolio_player_is_never_drawn_flat_when_its_peaks_are_stored()
    {
        var key = $"services/{_seller:N}/2026/12/before-after.wav";
        await _db.ScalarAsync<int>(
            "INSERT INTO audio_waveforms (file_key, user_id, duration_ms, peaks) VALUES ($1, $2, 2000, $3) RETURNING 1",
            key, _seller, Enumerable.Range(0, 200).Select(n => (byte)(n % 200 + 20)).ToArray());
        await _db.ScalarAsync<int>(
            "INSERT INTO services (seller_id, title, slug, service_type, status, portfolio_urls) VALUES ($1, 'Sample mixing', 'sample-mixing', 'mixing', 'active', $2) RETURNING 1",
            _seller, new[] { "/files/" + key });
        Render<MudPopoverProvider>();

        var drawnFlat = false;
        var cut = Render<ServicePage>(p => p.Add(x => x.Slug, "sample-mixing"));
        cut.OnMarkupUpdated += (_, _) => drawnFlat |= PortfolioPaths(cut).Any(d => d == FlatPath);
        drawnFlat |= PortfolioPaths(cut).Any(d => d == FlatPath);

        cut.WaitForAssertion(() => Assert.NotEmpty(PortfolioPaths(cut)), TimeSpan.FromSeconds(10));
        Assert.All(PortfolioPaths(cut), d => Assert.NotEqual(FlatPath, d));
        Assert.False(drawnFlat, "the portfolio's player was drawn flat before its peaks");
    }

    private static string[] PortfolioPaths(IRenderedComponent<ServicePage> cut) =>
        cut.FindAll("[data-testid=portfolio-samples] svg.pa-wave-bars path").Select(p => p.GetAttribute("d") ?? "").ToArray();
}
