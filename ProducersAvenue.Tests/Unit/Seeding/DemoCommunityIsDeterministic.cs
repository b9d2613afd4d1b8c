using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Seeding;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Seeding;

public sealed class DemoCommunityIsDeterministic
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_seed_and_clock_give_the_same_community()
    {
        var first = DemoCommunity.Create(Now);
        var second = DemoCommunity.Create(Now);
        Assert.Equal(first.Members.Select(m => (m.Username, m.DisplayName, m.Bio)), second.Members.Select(m => (m.Username, m.DisplayName, m.Bio)));
        Assert.Equal(first.Follows, second.Follows);
        Assert.Equal(first.Posts.Select(p => (p.Author, p.Content, p.CreatedAt)), second.Posts.Select(p => (p.Author, p.Content, p.CreatedAt)));
        Assert.NotEqual(first.Posts.Select(p => p.Content), DemoCommunity.Create(Now, seed: 7).Posts.Select(p => p.Content));
    }

    [Fact]
    public void Usernames_follow_the_profile_rules_and_are_unique()
    {
        var members = DemoCommunity.Create(Now).Members;
        Assert.True(members.Count >= 28);
        Assert.All(members, m => Assert.Matches(new Regex("^[a-z0-9_.]{3,30}$"), m.Username));
        Assert.Equal(members.Count, members.Select(m => m.Username).Distinct().Count());
        Assert.Equal(["avenue_admin", "nova_beats", "lena_keys"], members.Take(3).Select(m => m.Username));
    }

    [Fact]
    public void Nobody_follows_themselves_and_nothing_is_in_the_future()
    {
        var community = DemoCommunity.Create(Now);
        Assert.DoesNotContain(community.Follows, f => f.Follower == f.Following);
        Assert.All(community.Posts, p => Assert.True(p.CreatedAt <= Now && p.Comments.All(c => c.CreatedAt <= Now)));
        Assert.All(community.Posts, p => Assert.DoesNotContain(p.Author, p.LikedBy));
    }

    [Fact]
    public void The_committed_avatars_are_the_generated_ones()
    {
        var directory = Repository.PathOf("wwwroot-assets", "avatars");
        foreach (var member in DemoCommunity.Create(Now).Members)
        {
            var path = Path.Combine(directory, $"{member.Number}.svg");
            Assert.True(File.Exists(path), $"{path} is missing: run scripts/generate-avatars.sh");
            var svg = File.ReadAllText(path);
            Assert.Equal(DemoAvatar.Svg(member.Number, DemoAvatar.Initials(member.DisplayName)), svg);
            Assert.True(svg.Length < 2048);
        }
    }
}
