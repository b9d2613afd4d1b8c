using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Reviews;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace.Reviews;

/// <summary>Listings, acquisitions and completed orders written as the owner, and the review services as a member.</summary>
public static class ReviewTestKit
{
    public static ReviewService Reviews(this TestDb db, Guid? member) =>
        db.Services(member is { } id ? CurrentUser.For(id) : CurrentUser.Anonymous()).Get<ReviewService>();

    public static ReviewQueries ReviewReads(this TestDb db, Guid? member) =>
        db.Services(member is { } id ? CurrentUser.For(id) : CurrentUser.Anonymous()).Get<ReviewQueries>();

    public static Task<Guid> ProductAsync(this TestDb db, Guid seller, string title = "Dusty Drums") =>
        db.InsertAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved)
            VALUES ($1, $2, $3, 0, true, 'active', true) RETURNING id
            """, seller, title, $"product-{Guid.NewGuid():N}");

    public static Task<Guid> ServiceAsync(this TestDb db, Guid seller, string title = "Warm mixing") =>
        db.InsertAsync("""
            INSERT INTO services (seller_id, title, slug, service_type, status) VALUES ($1, $2, $3, 'mixing', 'active') RETURNING id
            """, seller, title, $"service-{Guid.NewGuid():N}");

    /// <summary>The member got the product (a free acquisition, as "Get it free" records it).</summary>
    public static Task GotAsync(this TestDb db, Guid buyer, Guid product) =>
        db.ExecuteAsync("""
            INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, license_type, source)
            SELECT id, $2, seller_id, new_acquisition_reference(), title, 'personal', 'free' FROM products WHERE id = $1
            """, product, buyer);

    /// <summary>An order of the service by the member, in the given status (the orders flow comes with its issue).</summary>
    public static Task OrderedAsync(this TestDb db, Guid buyer, Guid service, string status = "completed") =>
        db.ExecuteAsync("""
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status, completed_at)
            SELECT id, $2, seller_id, 'Basic', 50, 3, 1, $3, CASE WHEN $3 = 'completed' THEN now() END FROM services WHERE id = $1
            """, service, buyer, status);

    public static async Task<Guid> ReviewedAsync(this TestDb db, Guid member, ReviewableType type, Guid item, int rating = 5, string? text = "Great")
    {
        var result = await db.Reviews(member).WriteAsync(new WriteReviewCommand(type, item, rating, text));
        Assert.True(result.Succeeded, result.FirstError?.Message);
        return result.Value;
    }
}
