namespace ProducersAvenue.Domain.Seeding;

/// <summary>How big a community <see cref="BulkSeeder"/> makes. Likes and comments default to 2 and 0.5 per post.</summary>
public sealed record BulkSeedOptions
{
    public int Users { get; init; } = 100_000;
    public int Posts { get; init; } = 1_000_000;
    public int FollowsPerUser { get; init; } = 150;
    public long? Likes { get; init; }
    public long? Comments { get; init; }
    /// <summary>Marketplace listings (none unless asked): digital products and services, 1 in 10 services mentoring.</summary>
    public int Products { get; init; }
    public int Services { get; init; }
    /// <summary>The same seed on an empty database gives the same rows (ids included).</summary>
    public int Seed { get; init; } = 42;
    /// <summary>Posts, likes and comments are spread over this many days before now.</summary>
    public int Days { get; init; } = 90;

    public long LikeCount => Likes ?? 2L * Posts;
    public long CommentCount => Comments ?? Posts / 2;

    /// <summary>Null when the options make sense, else what is wrong.</summary>
    public string? Validate() =>
        Users < 2 ? "--users must be at least 2."
        : Posts < 0 || LikeCount < 0 || CommentCount < 0 ? "--posts, --likes and --comments cannot be negative."
        : Products < 0 || Services < 0 ? "--products and --services cannot be negative."
        : FollowsPerUser < 0 || FollowsPerUser >= Users ? "--follows-per-user must be between 0 and users - 1."
        : LikeCount > (long)Posts * (Users - 1) ? "--likes is more than every member liking every post."
        : null;
}
