using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Messaging;

namespace ProducersAvenue.Domain.Persistence.Configurations.Messaging;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.ToTable("messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Content).HasMaxLength(Message.ContentMaxLength);
        builder.Property(m => m.IsRead).HasDefaultValue(false);
        builder.Property(m => m.IsDeleted).HasDefaultValue(false);

        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.Cascade);

        // A conversation's messages, oldest first.
        builder.HasIndex(m => new { m.ConversationId, m.CreatedAt });
        builder.HasIndex(m => m.SenderId);
        builder.HasIndex(m => m.CreatedAt);
    }
}
