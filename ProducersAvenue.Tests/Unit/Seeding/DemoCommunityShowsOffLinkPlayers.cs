using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Tests.Unit.Seeding;

public sealed class DemoCommunityShowsOffLinkPlayers
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_demo_has_a_titled_link_post_for_each_of_four_players()
    {
        var links = DemoCommunity.Create(Now).Posts.Where(p => p.LinkUrl is not null).ToList();

        Assert.Equal(
            [EmbedProvider.YouTube, EmbedProvider.Vimeo, EmbedProvider.Spotify, EmbedProvider.SoundCloud],
            links.Select(p => MediaEmbeds.Recognize(p.LinkUrl)!.Provider).Order());
        Assert.All(links, p => Assert.False(string.IsNullOrWhiteSpace(p.LinkTitle)));
        Assert.All(links, p => Assert.Contains("#", p.Content));
    }
}
