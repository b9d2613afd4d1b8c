using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Persistence.Configurations.Profiles;

/// <summary>The view <c>member_cards</c> (migration MemberCards): keyless, read-only.</summary>
internal sealed class MemberCardConfiguration : IEntityTypeConfiguration<MemberCard>
{
    public void Configure(EntityTypeBuilder<MemberCard> builder)
    {
        builder.HasNoKey();
        builder.ToView("member_cards");
        builder.Property(c => c.Username).HasMaxLength(UserProfile.UsernameMaxLength);
        builder.Property(c => c.DisplayName).HasMaxLength(UserProfile.DisplayNameMaxLength);
    }
}
