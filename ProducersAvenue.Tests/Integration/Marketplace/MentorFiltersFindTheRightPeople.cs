using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;
using static ProducersAvenue.Tests.Integration.Marketplace.ServiceTestKit;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>Find a Mentor lists people with an active mentoring service, one card each, and each filter narrows to the right ones.</summary>
public sealed class MentorFiltersFindTheRightPeople : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _ana, _ben, _cleo, _dan, _eve;
    private Guid _educator, _producer;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await _db.OwnerServices().Seeder.SeedMasterDataAsync();
        _educator = await _db.ScalarAsync<Guid>("SELECT id FROM categories WHERE slug = 'educator'");
        _producer = await _db.ScalarAsync<Guid>("SELECT id FROM categories WHERE slug = 'producer-engineer'");

        // ana: two mentoring offers (educator, trap, $40 and $150), rated 5 and 3 → 4.0 over two reviews; skill Mixing.
        _ana = await _db.CreateUserAsync("ana");
        var ana1 = await _db.As(_ana).CreateActiveAsync(Mentoring("Trap mentoring", _educator, "trap", 40m));
        var ana2 = await _db.As(_ana).CreateActiveAsync(Mentoring("Trap deep dive", _educator, "trap", 150m));
        // ben: one offer (producer category, house, $80), rated 5; skill Mastering.
        _ben = await _db.CreateUserAsync("ben");
        var ben1 = await _db.As(_ben).CreateActiveAsync(Mentoring("House mentoring", _producer, "house", 80m));
        // cleo: one offer (educator, house, $20), no reviews; private profile.
        _cleo = await _db.CreateUserAsync("cleo");
        await _db.As(_cleo).CreateActiveAsync(Mentoring("Cheap lessons", _educator, "house", 20m));
        // dan: a mentoring draft and an active service that is not mentoring: not a mentor.
        _dan = await _db.CreateUserAsync("dan");
        await _db.As(_dan).CreateAsync(Mentoring("Not yet", _educator, "trap", 30m));
        await _db.As(_dan).CreateActiveAsync(Command("Plain mixing"));
        _eve = await _db.CreateUserAsync("eve");

        var reviewer = await _db.CreateUserAsync("reviewer");
        await ReviewAsync(reviewer, ana1, _ana, 5);
        await ReviewAsync(reviewer, ana2, _ana, 3);
        await ReviewAsync(reviewer, ben1, _ben, 5);
        await GiveSkillAsync(_ana, "mixing");
        await GiveSkillAsync(_ben, "mastering");
        await _db.ScalarAsync<int>("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1 RETURNING 1", _cleo);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static ServiceCommand Mentoring(string title, Guid category, string genre, decimal price) =>
        Command(title, mentoring: true, Package("Session", price)) with { CategoryId = category, GenreTags = [genre], ServiceType = ServiceType.Consultation };

    private Task ReviewAsync(Guid reviewer, Guid service, Guid seller, int rating) =>
        _db.ScalarAsync<int>("INSERT INTO reviews (reviewer_id, reviewable_type, reviewable_id, seller_id, rating) VALUES ($1, 'service', $2, $3, $4) RETURNING 1",
            reviewer, service, seller, rating);

    private Task GiveSkillAsync(Guid user, string slug) =>
        _db.ScalarAsync<int>("INSERT INTO user_skills (id, user_id, skill_id) SELECT gen_random_uuid(), $1, id FROM skills WHERE slug = $2 RETURNING 1", user, slug);

    private async Task<List<string>> FindAsync(MentorFilter filter, Guid? viewer = null, UserRole role = UserRole.Member)
    {
        var services = viewer is { } id ? _db.Services(CurrentUser.For(id, role)) : _db.Services();
        var page = await services.Get<MentorDirectory>().FindAsync(filter);
        return [.. page.Mentors.Select(m => m.Username)];
    }

    [Fact]
    public async Task Every_mentor_appears_once_best_rated_first_and_private_profiles_only_to_admins()
    {
        Assert.Equal(["ben", "ana"], await FindAsync(new MentorFilter(), _eve));
        var admin = await _db.CreateUserAsync("boss", UserRole.Admin);
        Assert.Equal(["ben", "ana", "cleo"], await FindAsync(new MentorFilter(), admin, UserRole.Admin));

        var ana = (await _db.Services().Get<MentorDirectory>().FindAsync(new MentorFilter())).Mentors.Single(m => m.Username == "ana");
        Assert.Equal((4.0m, 2, 40m, 2, "trap-mentoring"), (ana.Rating, ana.ReviewsCount, ana.PriceFrom, ana.Offers, ana.ServiceSlug));
        Assert.Equal(["Mixing"], ana.Skills);
    }

    [Fact]
    public async Task Category_genre_and_skill_filters_keep_only_matching_people()
    {
        Assert.Equal(["ana"], await FindAsync(new MentorFilter { CategoryId = _educator }));
        Assert.Equal(["ben"], await FindAsync(new MentorFilter { CategoryId = _producer }));
        Assert.Equal(["ben"], await FindAsync(new MentorFilter { Genre = "house" }));
        Assert.Equal(["ana"], await FindAsync(new MentorFilter { Genre = "trap" }));
        Assert.Equal(["ben"], await FindAsync(new MentorFilter { Skill = "mastering" }));
        Assert.Empty(await FindAsync(new MentorFilter { Skill = "mastering", Genre = "trap" }));
    }

    [Fact]
    public async Task Price_and_rating_filters_look_at_the_packages_and_reviews()
    {
        Assert.Equal(["ben", "ana"], await FindAsync(new MentorFilter { MinPrice = 50m }));
        Assert.Equal(["ana"], await FindAsync(new MentorFilter { MaxPrice = 50m }));
        Assert.Equal(["ben"], await FindAsync(new MentorFilter { MinPrice = 60m, MaxPrice = 100m }));
        // Typed the wrong way round it is the same range (as the storefront reads it), not "no mentors match".
        Assert.Equal(["ben"], await FindAsync(new MentorFilter { MinPrice = 100m, MaxPrice = 60m }));
        Assert.Equal(["ben"], await FindAsync(new MentorFilter { MinRating = 4.5m }));
        Assert.Equal(["ben", "ana"], await FindAsync(new MentorFilter { MinRating = 4m }));

        var ana = (await _db.Services().Get<MentorDirectory>().FindAsync(new MentorFilter { MinPrice = 50m })).Mentors.Single(m => m.Username == "ana");
        Assert.Equal(("trap-deep-dive", 150m), (ana.ServiceSlug, ana.PriceFrom));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_repeats()
    {
        var directory = _db.Services(settings: new Dictionary<string, string?> { ["Services:MentorsPerPage"] = "1" }).Get<MentorDirectory>();
        var first = await directory.FindAsync(new MentorFilter(), 0);
        var second = await directory.FindAsync(new MentorFilter(), 1);

        Assert.Equal(["ben"], first.Mentors.Select(m => m.Username));
        Assert.True(first.HasMore);
        Assert.Equal(["ana"], second.Mentors.Select(m => m.Username));
        Assert.False(second.HasMore);
    }

    [Fact]
    public async Task A_list_reopened_as_long_as_it_was_left_reads_its_pages_as_one()
    {
        var directory = _db.Services(settings: new Dictionary<string, string?> { ["Services:MentorsPerPage"] = "1" }).Get<MentorDirectory>();

        var both = await directory.FindAsync(new MentorFilter(), 0, pages: 2);
        var beyond = await directory.FindAsync(new MentorFilter(), 0, pages: 50);

        Assert.Equal(["ben", "ana"], both.Mentors.Select(m => m.Username));
        Assert.Equal((1, false), (both.Page, both.HasMore));
        Assert.Equal(["ben", "ana"], beyond.Mentors.Select(m => m.Username));
        Assert.Equal(MentorDirectory.MostPagesAtOnce - 1, beyond.Page);
    }
}
