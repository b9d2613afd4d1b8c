using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A block also takes away the social notifications between the two, both ways — "@x followed you", likes, comments,
    /// replies and mentions — as it already ends their follows: "followed you" stayed in the bell of a member the follower
    /// had just blocked, linking to a profile that no longer shows. Orders, payments and the app's own notices stay (an order
    /// goes on across a block, decision 136).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206040000_BlocksClearSocialNotifications")]
    public partial class BlocksClearSocialNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION trg_user_blocks_end_follows() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              DELETE FROM followers
              WHERE (follower_id = NEW.blocker_id AND following_id = NEW.blocked_id)
                 OR (follower_id = NEW.blocked_id AND following_id = NEW.blocker_id);
              DELETE FROM notifications
              WHERE type IN ('follow', 'like', 'comment', 'reply', 'mention')
                AND ((user_id = NEW.blocker_id AND actor_id = NEW.blocked_id) OR (user_id = NEW.blocked_id AND actor_id = NEW.blocker_id));
              RETURN NULL;
            END $$;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION trg_user_blocks_end_follows() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              DELETE FROM followers
              WHERE (follower_id = NEW.blocker_id AND following_id = NEW.blocked_id)
                 OR (follower_id = NEW.blocked_id AND following_id = NEW.blocker_id);
              RETURN NULL;
            END $$;
            """);
    }
}
