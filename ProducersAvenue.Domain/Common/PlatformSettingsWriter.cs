using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Common;

/// <summary>
/// Copies the configuration values that SQL needs (trigger thresholds, the trending half-life) into <c>platform_settings</c>. Run by the
/// migrate command after migrations, so a changed appsettings value reaches the triggers on the next deploy.
/// </summary>
public sealed class PlatformSettingsWriter(UnitOfWork units, IOptions<TaxonomyOptions> taxonomy, IOptions<SocialOptions> social, TimeProvider clock)
{
    public async Task WriteAsync(CancellationToken cancellationToken = default)
    {
        await units.RunAsync(async (db, ct) =>
        {
            var now = clock.GetUtcNow();
            foreach (var (key, value) in taxonomy.Value.ToPlatformSettings().Concat(social.Value.ToPlatformSettings()))
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO platform_settings (key, value, updated_at) VALUES ({key}, {value}, {now})
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                    """, ct);
            }
        }, cancellationToken);
    }
}
