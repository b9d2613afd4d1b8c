using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Product reviews in the demo community (decision 170), honestly verified: each reviewer first gets the free product
/// (a <c>product_acquisitions</c> row, as "Get it free" writes it). Some sellers respond, some reviews are marked helpful;
/// counts and averages follow by trigger. Written as the owner. Service reviews stand on orders, which only the order flow
/// makes: <see cref="DemoOrders"/> plays them and their reviews through the real services with these words (decision 297).
/// </summary>
public static class DemoReviews
{
    /// <summary>What buyers say of a product (a kit, a pack, a beat).</summary>
    private static readonly (int Rating, string Text)[] ProductWords =
    [
        (5, "Exactly what I needed for a late-night session. **Clean**, punchy and easy to drop into a project."),
        (4, "Really good sounds. A couple of loops are a little quiet, but the rest is gold."),
        (5, "Used it on two songs already. The labelling makes finding things fast."),
        (3, "Decent, though I expected more variety for the genre."),
        (4, "Warm and musical. Would love a second volume."),
    ];

    /// <summary>What buyers say of a service, whichever it is (mixing, a beat made to order, cover art, mentoring).</summary>
    internal static readonly (int Rating, string Text)[] ServiceWords =
    [
        (5, "Clear communication from the first message, and delivered a day early. **Exactly** what I asked for."),
        (4, "Great result. The first version missed my reference a little, but the revision nailed it."),
        (5, "Listened to every note I sent and explained each choice. Already booked the next one."),
        (3, "Good work, though it took a few messages to get on the same page."),
        (4, "Professional and quick. Would have liked one more check-in along the way."),
    ];

    private static readonly string[] ProductResponses =
    [
        "Thank you! A second volume is on its way.",
        "Thanks for the honest words — the quieter loops are levelled in the next update.",
    ];

    /// <summary>What a seller answers a review of their service.</summary>
    internal static readonly string[] ServiceResponses =
    [
        "Thank you — it was a pleasure working on this with you.",
        "Thanks for the honest feedback; I now send a short plan before starting so we agree from day one.",
    ];

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<Guid> memberIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var products = await db.Products.Where(p => p.IsFree && p.Status == ListingStatus.Active).OrderBy(p => p.CreatedAt)
            .Select(p => new { p.Id, p.SellerId }).Take(4).ToListAsync(cancellationToken);
        var reviewers = memberIds.Skip(2).Take(12).ToList(); // member 2 is a demo login; the last ones are private
        var written = new List<(Guid Review, Guid Reviewer)>();
        var n = 0;

        foreach (var (item, index) in products.Select((p, i) => (p, i)))
        {
            foreach (var reviewer in reviewers.Where(r => r != item.SellerId).Skip(index).Take(4 - index % 2))
            {
                var at = now.AddHours(-200 + n * 7);
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, license_type, source, acquired_at)
                    SELECT id, {reviewer}, seller_id, new_acquisition_reference(), title, license_type, 'free', {at.AddDays(-1)} FROM products WHERE id = {item.Id}
                    """, cancellationToken);
                written.Add((await ReviewAsync(db, reviewer, item.Id, item.SellerId, ProductWords[n % ProductWords.Length], at, cancellationToken), reviewer));
                n++;
            }
        }
        // The seller answers every third review; members mark a few helpful (never their own).
        for (var i = 0; i < written.Count; i += 3)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE reviews SET seller_response = {ProductResponses[i / 3 % ProductResponses.Length]}, seller_responded_at = created_at + interval '5 hours' WHERE id = {written[i].Review}",
                cancellationToken);
        }
        for (var i = 0; i < written.Count; i += 2)
            foreach (var marker in reviewers.Where(r => r != written[i].Reviewer).Take(1 + i % 3))
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT INTO review_helpful_marks (review_id, user_id, created_at) VALUES ({written[i].Review}, {marker}, {now})", cancellationToken);
    }

    private static async Task<Guid> ReviewAsync(AppDbContext db, Guid reviewer, Guid item, Guid seller, (int Rating, string Text) words,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(at);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO reviews (id, reviewer_id, reviewable_type, reviewable_id, seller_id, rating, review_text, is_verified_purchase, created_at, updated_at)
            VALUES ({id}, {reviewer}, 'product', {item}, {seller}, {words.Rating}, {words.Text}, true, {at}, {at})
            """, cancellationToken);
        return id;
    }
}
