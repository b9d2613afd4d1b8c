using System.Globalization;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Web.Components.Pages.Social.Components;

/// <summary>
/// How long ago something happened: <see cref="Format"/> for the eye ("3 h"), <see cref="Spoken"/> for screen readers
/// ("3 hours ago"). Past a week it is a date, and a date depends on where the viewer is: it is the day in
/// <c>zone</c> (the viewer's clock, <see cref="ProducersAvenue.Web.Components.Shared.ViewerTime"/>).
/// </summary>
public static class TimeAgo
{
    /// <summary>"just now", "5 min", "3 h", "2 d", then the date.</summary>
    public static string Format(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone) => Describe(at, now, zone, spoken: false);

    /// <summary>"just now", "5 minutes ago", "1 hour ago", "2 days ago", then "on 3 Mar 2026".</summary>
    public static string Spoken(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone) => Describe(at, now, zone, spoken: true);

    private static string Describe(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone, bool spoken)
    {
        var age = now - at;
        if (age < TimeSpan.FromMinutes(1)) return "just now";
        if (age < TimeSpan.FromHours(1)) return spoken ? Ago((int)age.TotalMinutes, "minute") : $"{(int)age.TotalMinutes} min";
        if (age < TimeSpan.FromDays(1)) return spoken ? Ago((int)age.TotalHours, "hour") : $"{(int)age.TotalHours} h";
        if (age < TimeSpan.FromDays(7)) return spoken ? Ago((int)age.TotalDays, "day") : $"{(int)age.TotalDays} d";
        var date = TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        return spoken ? $"on {date}" : date;
    }

    private static string Ago(int count, string unit) => $"{Counted.Of(count, unit)} ago";
}
