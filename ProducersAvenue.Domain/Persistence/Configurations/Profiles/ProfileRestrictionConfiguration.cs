using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Persistence.Configurations.Profiles;

/// <summary>The view <c>profile_restrictions</c> (migration ProfileRestrictionsView): keyless, read-only.</summary>
internal sealed class ProfileRestrictionConfiguration : IEntityTypeConfiguration<ProfileRestriction>
{
    public void Configure(EntityTypeBuilder<ProfileRestriction> builder)
    {
        builder.HasNoKey();
        builder.ToView("profile_restrictions");
        // ModelConventions converts the enumerations of tables; a view's are named here.
        builder.Property(r => r.ProfileVisibility).HasConversion<SnakeCaseEnumConverter<ProfileVisibility>>();
    }
}
