using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Tests.Unit.Notifications;

/// <summary>A notification's title and message are cut to their columns at a word, with an ellipsis, never inside an emoji.</summary>
public sealed class NotificationWordsFitTheirRow
{
    [Fact]
    public void Text_within_the_limit_is_left_as_it_is()
    {
        Assert.Equal("Short and sweet", PlainText.Shorten("Short and sweet", 20));
    }

    [Fact]
    public void Longer_text_is_cut_at_a_word_with_an_ellipsis()
    {
        Assert.Equal("Bring the 808 up…", PlainText.Shorten("Bring the 808 up and tame the hats", 20));
    }

    [Fact]
    public void A_cut_never_splits_an_emoji()
    {
        var fitted = PlainText.Shorten(new string('a', 8) + "🎧🎧🎧", 10);
        Assert.Equal(new string('a', 8) + "…", fitted);
        Assert.True(fitted.Length <= 10);
    }

    [Fact]
    public void A_request_is_fitted_to_the_columns()
    {
        var request = new NotificationRequest(Guid.NewGuid(), NotificationType.Payout, new string('t', 500), new string('m', 5000));
        var fitted = NotificationText.Fitted(request);
        Assert.Equal(NotificationText.TitleMaxLength, fitted.Title.Length);
        Assert.Equal(NotificationText.MessageMaxLength, fitted.Message.Length);
    }
}
