using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>A seller a market search names: who they are and how many products and services they have on sale.</summary>
public sealed record StorefrontSeller(AuthorView Seller, int Products, int Services);

/// <summary>
/// The sellers a market search names beside its listings: listings are searched by their own words, so "nova" finds
/// nova_beats' shop here, not in the list. Members with a product or service on sale (as the storefront's views hold
/// them) whose name matches by member search's rule (<see cref="MemberQueries.NamedLike"/>), among the profiles the
/// viewer may see and never one with a block between them; usernames that start with the text first, then the most
/// followed.
/// </summary>
public sealed class StorefrontSellers(IDbContextFactory<AppDbContext> contexts, ICurrentUser viewer)
{
    public const int Shown = 4;

    public async Task<IReadOnlyList<StorefrontSeller>> MatchingAsync(string? q, CancellationToken cancellationToken = default)
    {
        if (MemberQueries.NameSearchText(q) is not { } text) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.UserProfiles.AsNoTracking()
            .NamedLike(text)
            .FindableBy(db, viewer)
            .Where(p => db.Products.Any(x => x.SellerId == p.UserId && x.Status == ListingStatus.Active && x.IsApproved) ||
                        db.Services.Any(x => x.SellerId == p.UserId && x.Status == ListingStatus.Active))
            .UsernamesFirst(text).ThenByDescending(p => p.FollowersCount).ThenBy(p => p.Username)
            .Select(p => new
            {
                p.UserId, p.Username, p.DisplayName, p.AvatarUrl,
                Products = db.Products.Count(x => x.SellerId == p.UserId && x.Status == ListingStatus.Active && x.IsApproved),
                Services = db.Services.Count(x => x.SellerId == p.UserId && x.Status == ListingStatus.Active),
            })
            .Take(Shown)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StorefrontSeller(
            new AuthorView(r.UserId, r.Username, Profiles.UserProfile.NameOf(r.Username, r.DisplayName), r.AvatarUrl), r.Products, r.Services)).ToList();
    }
}
