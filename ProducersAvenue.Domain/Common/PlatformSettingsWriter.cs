using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Common;

/// <summary>
/// Copies the configuration values that SQL needs (trigger thresholds) into <c>platform_settings</c>. Run by the
/// migrate command after migrations, so a changed appsettings value reaches the triggers on the next deploy.
/// </summary>
public sealed class PlatformSettingsWriter(IDbContextFactory<AppDbContext> contexts, IOptions<TaxonomyOptions> taxonomy, TimeProvider clock)
{
    public async Task WriteAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var now = clock.GetUtcNow();
        foreach (var (key, value) in taxonomy.Value.ToPlatformSettings())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO platform_settings (key, value, updated_at) VALUES ({key}, {value}, {now})
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """, cancellationToken);
        }
    }
}
