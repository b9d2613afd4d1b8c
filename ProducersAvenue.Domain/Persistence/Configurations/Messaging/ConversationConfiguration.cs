using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Messaging;

namespace ProducersAvenue.Domain.Persistence.Configurations.Messaging;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.LastMessagePreview).HasMaxLength(Conversation.LastMessagePreviewMaxLength);
        builder.Property(c => c.GroupName).HasMaxLength(Conversation.GroupNameMaxLength);
        builder.Property(c => c.GroupAvatarUrl).HasMaxLength(Conversation.UrlMaxLength);
        builder.Property(c => c.IsGroup).HasDefaultValue(false);

        // participant_ids is a uuid[] of auth.users ids; PostgreSQL cannot put a foreign key on array elements.
        builder.HasIndex(c => c.ParticipantIds).HasMethod("gin");
        builder.HasIndex(c => c.LastMessageAt).IsDescending();
    }
}
