using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>What Find a Mentor filters on; every filter is optional.</summary>
public sealed record MentorFilter
{
    public Guid? CategoryId { get; init; }
    /// <summary>A skill slug the mentor lists on their profile.</summary>
    public string? Skill { get; init; }
    /// <summary>A genre slug among a mentoring service's genre tags.</summary>
    public string? Genre { get; init; }
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    /// <summary>The least average rating (1–5) over the mentor's reviewed mentoring services.</summary>
    public decimal? MinRating { get; init; }
}

/// <summary>A mentor as Find a Mentor presents them: the person first, then what they offer.</summary>
public sealed record MentorCard(Guid UserId, string Username, string Name, string? AvatarUrl, IReadOnlyList<string> Skills,
    decimal? Rating, int ReviewsCount, decimal? PriceFrom, int Offers, string ServiceSlug, string ServiceTitle, bool IsConnected);

/// <summary>One page of mentors (or several read as one); <see cref="Page"/> is the last of them.</summary>
public sealed record MentorPage(IReadOnlyList<MentorCard> Mentors, int Page, bool HasMore);

/// <summary>
/// Find a Mentor (design decision 4): members with an active mentoring service (<c>is_mentoring</c>), one card per person,
/// filtered by the category, genre and price of their mentoring services, the skills on their profile and their rating,
/// best rated first. Only members whose profile the viewer may see are listed (decision 043's <see cref="MemberQueries.VisibleTo"/>).
/// Offset paging: a page is a handful of people and the list is short next to the storefront.
/// </summary>
public sealed class MentorDirectory(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, IOptions<ServiceListingOptions> options)
{
    private const int SkillsOnCard = 4;

    /// <summary>Most pages one call reads: a list reopened (<c>?pages=</c>) after nine "Show more" and no further.</summary>
    public const int MostPagesAtOnce = 10;

    /// <summary>
    /// Page <paramref name="page"/> of the mentors matching <paramref name="filter"/>, best rated first — or that page and
    /// the <paramref name="pages"/> − 1 after it as one, for a list that reopens as long as it was left.
    /// </summary>
    public async Task<MentorPage> FindAsync(MentorFilter filter, int page = 0, int pages = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 0);
        pages = Math.Clamp(pages, 1, MostPagesAtOnce);
        var perPage = options.Value.MentorsPerPage;
        var size = perPage * pages;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var offers = Offers(db, filter);
        var profiles = db.UserProfiles.AsNoTracking().VisibleTo(db, user);
        if (!string.IsNullOrWhiteSpace(filter.Skill))
        {
            var skill = filter.Skill.Trim();
            profiles = profiles.Where(p => db.UserSkills.Any(us => us.UserId == p.UserId && db.Skills.Any(s => s.Id == us.SkillId && s.Slug == skill)));
        }

        var people = offers
            .GroupBy(s => s.SellerId)
            .Select(g => new
            {
                SellerId = g.Key,
                PriceFrom = g.Min(s => s.PriceFrom),
                Reviews = g.Sum(s => s.ReviewsCount),
                Stars = g.Sum(s => s.RatingAverage * s.ReviewsCount),
                Offers = g.Count(),
            })
            .Join(profiles, g => g.SellerId, p => p.UserId, (g, p) => new
            {
                g.SellerId, g.PriceFrom, g.Reviews, g.Offers, p.Username, p.DisplayName, p.AvatarUrl,
                Rating = g.Reviews > 0 ? g.Stars / g.Reviews : (decimal?)null,
            });
        if (filter.MinRating is { } least) people = people.Where(x => x.Rating >= least);

        var me = user.UserId;
        var rows = await people
            .OrderByDescending(x => x.Rating ?? 0).ThenByDescending(x => x.Reviews).ThenBy(x => x.PriceFrom).ThenBy(x => x.SellerId)
            .Skip(page * perPage).Take(size + 1)
            .Select(x => new
            {
                x.SellerId, x.PriceFrom, x.Reviews, x.Offers, x.Username, x.DisplayName, x.AvatarUrl, x.Rating,
                Connected = me != null && me != x.SellerId && AppDbContext.AreConnected(me, x.SellerId),
            })
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > size;
        if (hasMore) rows.RemoveAt(size);
        var last = page + pages - 1;
        if (rows.Count == 0) return new MentorPage([], last, false);

        var ids = rows.Select(r => r.SellerId).ToArray();
        var skills = await db.UserSkills.AsNoTracking().Where(us => ids.Contains(us.UserId))
            .Join(db.Skills, us => us.SkillId, s => s.Id, (us, s) => new { us.UserId, s.Name })
            .OrderBy(x => x.Name).ToListAsync(cancellationToken);
        // The card links the cheapest matching mentoring service of each person.
        var services = await Offers(db, filter).Where(s => ids.Contains(s.SellerId))
            .OrderBy(s => s.PriceFrom).ThenBy(s => s.Id)
            .Select(s => new { s.SellerId, s.Slug, s.Title }).ToListAsync(cancellationToken);

        var mentors = rows.Select(r =>
        {
            var service = services.First(s => s.SellerId == r.SellerId);
            return new MentorCard(r.SellerId, r.Username, UserProfile.NameOf(r.Username, r.DisplayName), r.AvatarUrl,
                [.. skills.Where(s => s.UserId == r.SellerId).Select(s => s.Name).Take(SkillsOnCard)],
                r.Rating is { } rating ? Math.Round(rating, 1, MidpointRounding.AwayFromZero) : null, r.Reviews, r.PriceFrom, r.Offers,
                service.Slug, service.Title, r.Connected);
        }).ToList();
        return new MentorPage(mentors, last, hasMore);
    }

    /// <summary>Active mentoring services matching the filter's service-level parts.</summary>
    private static IQueryable<Service> Offers(AppDbContext db, MentorFilter filter)
    {
        var offers = db.Services.AsNoTracking().Where(s => s.IsMentoring && s.Status == ListingStatus.Active);
        if (filter.CategoryId is { } category) offers = offers.Where(s => s.CategoryId == category);
        if (!string.IsNullOrWhiteSpace(filter.Genre))
        {
            var genre = filter.Genre.Trim();
            offers = offers.Where(s => s.GenreTags.Contains(genre));
        }
        var (lowest, highest) = Ranges.Ordered(filter.MinPrice, filter.MaxPrice);
        if (lowest is { } min) offers = offers.Where(s => s.PriceFrom >= min);
        if (highest is { } max) offers = offers.Where(s => s.PriceFrom <= max);
        return offers;
    }
}
