using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Tests.Unit.Profiles;

public sealed class SmartLinkNormalization
{
    [Theory]
    [InlineData("https://rolink.me/nova", "https://rolink.me/nova")]
    [InlineData("http://rolink.me/nova", "http://rolink.me/nova")]
    [InlineData("  https://www.rolink.me/nova  ", "https://www.rolink.me/nova")]
    [InlineData("rolink.me/nova", "https://rolink.me/nova")]
    [InlineData("www.rolink.me/nova", "https://www.rolink.me/nova")]
    [InlineData("HTTPS://RoLink.ME/Nova", "https://rolink.me/Nova")]
    [InlineData("rolink.me/", "https://rolink.me/")]
    public void Accepts_rolink_me_links_and_normalizes_them(string input, string expected)
    {
        var result = SmartLink.Normalize(input);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Value);
        Assert.Matches(SmartLink.Pattern, result.Value!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_means_no_smart_link(string? input)
    {
        var result = SmartLink.Normalize(input);

        Assert.True(result.Succeeded);
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("https://linktr.ee/nova")]
    [InlineData("linktr.ee/nova")]
    [InlineData("https://rolink.me.evil.com/nova")]
    [InlineData("https://evil.com/rolink.me/nova")]
    [InlineData("https://rolink.me@evil.com/")]
    [InlineData("https://notrolink.me/nova")]
    [InlineData("https://rolink.me")]
    [InlineData("ftp://rolink.me/nova")]
    [InlineData("javascript:alert(1)//rolink.me/")]
    [InlineData("https://rolink.me/a b")]
    public void Refuses_any_other_domain_with_a_message_naming_rolink_me(string input)
    {
        var result = SmartLink.Normalize(input);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ProfileFields.SmartLink, error.Field);
        Assert.Contains("rolink.me", error.Message);
    }

    [Fact]
    public void Refuses_a_link_longer_than_the_column()
    {
        var result = SmartLink.Normalize("https://rolink.me/" + new string('a', UserProfile.UrlMaxLength));

        Assert.False(result.Succeeded);
        Assert.Equal(ProfileFields.SmartLink, result.FirstError!.Field);
    }
}
