using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Persistence.Configurations.Taxonomy;

internal sealed class CustomFieldRequestConfiguration : IEntityTypeConfiguration<CustomFieldRequest>
{
    public void Configure(EntityTypeBuilder<CustomFieldRequest> builder)
    {
        builder.ToTable("custom_field_requests", t =>
        {
            t.HasCheckConstraint("ck_custom_field_requests_request_count_matches", "request_count = cardinality(requested_by)");
            t.HasCheckConstraint("ck_custom_field_requests_category_only_for_skills", "category_id IS NULL OR field_type = 'skill'");
        });
        builder.HasKey(x => x.Id);
        builder.Property(x => x.FieldValue).HasMaxLength(CustomFieldRequest.ValueMaxLength);
        builder.Property(x => x.NormalizedValue).HasMaxLength(CustomFieldRequest.ValueMaxLength);
        builder.Property(x => x.RejectionReason).HasMaxLength(CustomFieldRequest.ReasonMaxLength);
        builder.Property(x => x.Status).HasDefaultValueSql("'pending'");
        builder.Property(x => x.RequestCount).HasDefaultValue(1);
        builder.Property(x => x.RequestedBy).HasDefaultValueSql("'{}'::uuid[]");
        builder.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.ReviewedBy).OnDelete(DeleteBehavior.SetNull);
        // The document's unique key, and the normalised one that makes "Tamburica" and " tamburica" one request.
        builder.HasIndex(x => new { x.FieldType, x.FieldValue, x.CategoryId }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(x => new { x.FieldType, x.NormalizedValue }).IsUnique();
        builder.HasIndex(x => new { x.Status, x.CreatedAt }).IsDescending(false, true);
        builder.HasIndex(x => x.RequestedBy).HasMethod("gin");
    }
}
