using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Persistence.Interceptors;

/// <summary>
/// Stamps <c>created_at</c>/<c>updated_at</c> from <see cref="TimeProvider"/> so tests can move time.
/// The database's <c>set_updated_at</c> trigger covers writes that bypass EF (it keeps a value the app set).
/// </summary>
public sealed class TimestampInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added)
            {
                if (entry.Entity is IHasCreatedAt created && created.CreatedAt == default) created.CreatedAt = now;
                if (entry.Entity is IHasTimestamps stamped)
                {
                    if (stamped.CreatedAt == default) stamped.CreatedAt = now;
                    stamped.UpdatedAt = now;
                }
            }
            else if (entry.State == EntityState.Modified && entry.Entity is IHasTimestamps modified)
            {
                modified.UpdatedAt = now;
            }
        }
    }
}
