using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class PollVotingRules : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<Guid> CreatePollAsync(TestServices author) =>
        (await author.Get<PostService>().CreateAsync(new CreatePostCommand
        {
            Type = PostType.Poll, Content = "Which DAW?", PollOptions = ["Ableton", "FL Studio", "Logic"],
            PollEndsAt = SocialTestKit.Start.AddDays(1),
        })).Value;

    [Fact]
    public async Task A_second_vote_is_refused_and_the_first_is_counted_once()
    {
        var poll = await CreatePollAsync(_db.As(await _db.CreateUserAsync("author")));
        var voter = _db.As(await _db.CreateUserAsync("voter"));

        Assert.Null((await voter.Get<FeedService>().GetAsync(poll))!.Poll!.Options[1].Votes);
        Assert.True((await voter.Get<PollService>().VoteAsync(poll, 1)).Succeeded);
        var again = await voter.Get<PollService>().VoteAsync(poll, 2);

        Assert.Equal("You already voted.", again.FirstError?.Message);
        var view = (await voter.Get<FeedService>().GetAsync(poll))!.Poll!;
        Assert.Equal(1, view.MyVote);
        Assert.True(view.ResultsVisible);
        Assert.Equal([0, 1, 0], view.Options.Select(o => o.Votes ?? -1));
    }

    [Fact]
    public async Task A_vote_after_the_poll_ended_is_refused_and_results_become_visible()
    {
        var clock = SocialTestKit.Clock();
        var author = await _db.CreateUserAsync("author");
        var poll = await CreatePollAsync(_db.As(author, clock: clock));
        var late = _db.As(await _db.CreateUserAsync("late"), clock: clock);

        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var result = await late.Get<PollService>().VoteAsync(poll, 0);

        Assert.Equal(SocialErrors.PollClosed, result.FirstError);
        var view = (await late.Get<FeedService>().GetAsync(poll))!.Poll!;
        Assert.False(view.IsOpen);
        Assert.True(view.ResultsVisible);
        Assert.Equal(0, view.TotalVotes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public async Task A_poll_with_too_few_or_too_many_options_is_refused_at_the_poll_field(int count)
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        var result = await author.Get<PostService>().CreateAsync(new CreatePostCommand
        {
            Type = PostType.Poll, PollOptions = Enumerable.Range(1, count).Select(i => $"Option {i}").ToList(), PollEndsAt = SocialTestKit.Start.AddDays(1),
        });
        Assert.Equal("A poll needs 2 to 6 options.", result.ErrorFor("Poll"));
    }
}
