using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<UserProfile> UserProfiles => Set<UserProfile>();
    public DbSet<ProfileRestriction> ProfileRestrictions => Set<ProfileRestriction>();
    public DbSet<MemberCard> MemberCards => Set<MemberCard>();
}
