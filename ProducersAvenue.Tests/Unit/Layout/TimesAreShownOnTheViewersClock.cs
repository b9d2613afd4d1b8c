using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using ProducersAvenue.Web.Components.Pages.Social.Components;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Unit.Layout;

/// <summary>Decision 148: a member's pages write times in the browser's zone from the pa-tz cookie; a visitor's stay UTC.</summary>
public sealed class TimesAreShownOnTheViewersClock
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 4, 12, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2026, 7, 4, 12, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Europe/Zagreb", "13:30", "UTC+1", "UTC+2")]
    [InlineData("America/New_York", "07:30", "UTC−5", "UTC−4")]
    [InlineData("Asia/Kolkata", "18:00", "UTC+5:30", "UTC+5:30")]
    [InlineData("UTC", "12:30", "UTC", "UTC")]
    public void A_known_zone_moves_the_clock_and_names_its_offset(string zone, string time, string winterLabel, string summerLabel)
    {
        var viewer = new ViewerTime();
        viewer.Use(zone);

        Assert.Equal(time, viewer.Format(Winter, "HH:mm"));
        Assert.Equal(winterLabel, viewer.OffsetLabel(Winter));
        Assert.Equal(summerLabel, viewer.OffsetLabel(Summer));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    [InlineData("Europe/Zagreb\0")]
    public void Anything_else_is_utc(string? zone)
    {
        var viewer = new ViewerTime();
        viewer.Use(zone);

        Assert.Same(TimeZoneInfo.Utc, viewer.Zone);
        Assert.Equal("12:30", viewer.Format(Winter, "HH:mm"));
    }

    [Fact]
    public void Only_a_signed_in_members_cookie_is_read()
    {
        var visitor = new DefaultHttpContext();
        visitor.Request.Headers.Cookie = $"{ViewerTime.CookieName}=Europe%2FZagreb";
        var member = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "m")], "test")) };
        member.Request.Headers.Cookie = $"{ViewerTime.CookieName}=Europe%2FZagreb";

        Assert.Null(ViewerTime.Read(visitor));
        Assert.Equal("Europe/Zagreb", ViewerTime.Read(member));
    }

    [Theory]
    [InlineData(20, "UTC", "3 Dec 2026")]
    [InlineData(20, "Asia/Tokyo", "4 Dec 2026")]
    [InlineData(5, "UTC", "3 Dec 2026")]
    [InlineData(5, "America/Los_Angeles", "2 Dec 2026")]
    public void A_date_past_a_week_is_the_day_on_the_viewers_clock(int utcHour, string zone, string date)
    {
        // 20:00 UTC on 3 December is already the 4th in Tokyo; 05:00 UTC is still the 2nd in Los Angeles.
        var at = new DateTimeOffset(2026, 12, 3, utcHour, 0, 0, TimeSpan.Zero);
        var viewer = new ViewerTime();
        viewer.Use(zone);

        Assert.Equal(date, TimeAgo.Format(at, at.AddDays(10), viewer.Zone));
        Assert.Equal($"on {date}", TimeAgo.Spoken(at, at.AddDays(10), viewer.Zone));
    }

    [Fact]
    public void A_recent_time_reads_the_same_in_every_zone()
    {
        var now = new DateTimeOffset(2026, 12, 3, 20, 0, 0, TimeSpan.Zero);
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        Assert.Equal("3 h", TimeAgo.Format(now.AddHours(-3), now, tokyo));
        Assert.Equal("3 hours ago", TimeAgo.Spoken(now.AddHours(-3), now, tokyo));
    }
}
