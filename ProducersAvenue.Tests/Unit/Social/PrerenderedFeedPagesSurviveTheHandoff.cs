using System.Reflection;
using System.Text.Json;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Unit.Social;

/// <summary>
/// Decision 127: a feed's first page goes from prerendering to the circuit as JSON ([PersistentState] serializes with
/// System.Text.Json, camel-case names, case-insensitive reads). Every field of a post must come back as it went, or the
/// circuit would show something other than the HTML did.
/// </summary>
public sealed class PrerenderedFeedPagesSurviveTheHandoff
{
    // The options Blazor's PersistentComponentState.PersistAsJson/TryTakeFromJson use (JsonSerializerOptionsProvider).
    private static readonly JsonSerializerOptions Blazor = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true };

    private static readonly DateTimeOffset Created = new(2026, 11, 25, 12, 34, 56, 789, TimeSpan.FromHours(2));

    private static PostView FullPost(Guid id) => new()
    {
        Id = id,
        Author = new AuthorView(Guid.NewGuid(), "ava_beats", "Ava Beats", "/files/avatars/ava.webp"),
        AuthorIsConnected = true,
        Content = "Fresh #LoFi beat, \"quoted\" <b>not bold</b> & ünïcode 🎧",
        Type = PostType.Audio,
        MediaUrls = ["/files/posts/a.mp3", "/files/posts/cover.png"],
        Waveform = new Waveform(183_250, [0, 7, 128, 255, 42]),
        LinkUrl = "https://example.test/track?x=1&y=2",
        LinkPreview = new LinkPreviewView("A title", "A description", "https://example.test/i.png", "https://example.test/player"),
        Poll = new PollView([new PollOptionView(0, "Snare A", 3), new PollOptionView(1, "Snare B", null)], Created.AddDays(3), true, 0, true, 3),
        LikesCount = 12,
        CommentsCount = 4,
        LikedByViewer = true,
        IsPinned = true,
        IsHidden = true,
        HiddenReason = "Spam",
        CreatedAt = Created,
        UpdatedAt = Created.AddMinutes(5).ToOffset(TimeSpan.FromHours(-7)),
        EditedAt = Created.AddMinutes(3),
        CanEdit = true,
        CanDelete = true,
        CanPin = true,
        CanReport = true,
        HeadlineHtml = "a <b>match</b> here",
    };

    [Fact]
    public void The_sample_post_sets_every_property_so_a_new_one_is_covered_too()
    {
        var post = FullPost(Guid.NewGuid());
        var unset = typeof(PostView).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && Equals(p.GetValue(post), p.PropertyType.IsValueType ? Activator.CreateInstance(p.PropertyType) : null))
            .Select(p => p.Name);
        Assert.Empty(unset);
    }

    [Fact]
    public void A_first_page_with_a_fully_populated_post_round_trips_unchanged()
    {
        var page = new KeysetPage<PostView>([FullPost(Guid.NewGuid()), FullPost(Guid.NewGuid()) with { Poll = null, Waveform = null }], "639000000000000000_0123456789abcdef0123456789abcdef");
        var handed = new PrerenderedHandoff<KeysetPage<PostView>>("Trending", Guid.NewGuid(), page);

        var json = JsonSerializer.Serialize(handed, Blazor);
        var back = JsonSerializer.Deserialize<PrerenderedHandoff<KeysetPage<PostView>>>(json, Blazor);

        Assert.NotNull(back);
        // Same JSON again: nothing was dropped on the way back (a property without a setter or constructor parameter would be).
        Assert.Equal(json, JsonSerializer.Serialize(back, Blazor));
        Assert.Equal(handed.Key, back.Key);
        Assert.Equal(handed.ViewerId, back.ViewerId);
        Assert.Equal(page.NextCursor, back.Value.NextCursor);
        Assert.Equal(2, back.Value.Items.Count);

        var (sent, got) = (page.Items[0], back.Value.Items[0]);
        Assert.Equal(sent.Id, got.Id);
        Assert.Equal(sent.Author, got.Author);
        Assert.Equal(sent.LinkPreview, got.LinkPreview);
        Assert.Equal(sent.MediaUrls, got.MediaUrls);
        Assert.Equal(sent.Waveform!.DurationMs, got.Waveform!.DurationMs);
        Assert.Equal(sent.Waveform.Peaks, got.Waveform.Peaks);
        Assert.Equal(sent.Poll!.Options, got.Poll!.Options);
        Assert.Equal(sent.Poll with { Options = [] }, got.Poll with { Options = [] });
        Assert.True(got.Poll.ResultsVisible);
        // DateTimeOffset keeps the instant and the offset.
        Assert.Equal(sent.CreatedAt, got.CreatedAt);
        Assert.Equal(sent.CreatedAt.Offset, got.CreatedAt.Offset);
        Assert.Equal(sent.UpdatedAt.Offset, got.UpdatedAt.Offset);
        Assert.Equal(sent with { MediaUrls = [], Waveform = null, Poll = null }, got with { MediaUrls = [], Waveform = null, Poll = null });
        Assert.Null(back.Value.Items[1].Poll);
    }

    [Fact]
    public void An_empty_last_page_round_trips_as_empty()
    {
        var json = JsonSerializer.Serialize(new PrerenderedHandoff<KeysetPage<PostView>>("", null, KeysetPage<PostView>.Empty), Blazor);
        var back = JsonSerializer.Deserialize<PrerenderedHandoff<KeysetPage<PostView>>>(json, Blazor)!;

        Assert.Empty(back.Value.Items);
        Assert.Null(back.Value.NextCursor);
        Assert.Equal("", back.Key);
        Assert.Null(back.ViewerId);
    }
}
