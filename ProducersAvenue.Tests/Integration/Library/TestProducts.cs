using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Library;

/// <summary>Products written as the owner for the library tests (the listing form belongs to the marketplace's own service).</summary>
public static class TestProducts
{
    public static Task<Guid> InsertAsync(TestDb db, Guid seller, string title, bool free = true, string status = "active", bool approved = true,
        string license = "personal", string? licenseText = null, params string[] files) =>
        db.InsertAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type, license_text, file_urls)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
            """, seller, title, $"product-{Guid.NewGuid():N}", free ? 0m : 19.99m, free, status, approved,
            license, (object?)licenseText ?? DBNull.Value, files);
}
