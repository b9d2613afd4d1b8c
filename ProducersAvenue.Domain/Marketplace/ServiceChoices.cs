using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>One option of a list: its key (a category id, a genre or skill slug) and the name shown.</summary>
public sealed record Choice(string Key, string Name);

/// <summary>The option lists of the service form and of Find a Mentor's filters.</summary>
public sealed record ServiceChoiceLists(IReadOnlyList<Choice> Categories, IReadOnlyList<Choice> Genres, IReadOnlyList<Choice> Skills);

/// <summary>Active categories, genres and skills (master data, readable by everyone), in the order people look for them.</summary>
public sealed class ServiceChoices(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<ServiceChoiceLists> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new Choice(c.Id.ToString(), c.Name)).ToListAsync(cancellationToken);
        var genres = await db.Genres.AsNoTracking().Where(g => g.IsActive).OrderBy(g => g.Name)
            .Select(g => new Choice(g.Slug, g.Name)).ToListAsync(cancellationToken);
        var skills = await db.Skills.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name)
            .Select(s => new Choice(s.Slug, s.Name)).ToListAsync(cancellationToken);
        return new ServiceChoiceLists(categories, genres, skills);
    }
}
