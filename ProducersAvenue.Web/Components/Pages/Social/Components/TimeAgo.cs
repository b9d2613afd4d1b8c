using System.Globalization;

namespace ProducersAvenue.Web.Components.Pages.Social.Components;

/// <summary>How long ago something happened: <see cref="Format"/> for the eye ("3 h"), <see cref="Spoken"/> for screen readers ("3 hours ago").</summary>
public static class TimeAgo
{
    /// <summary>"just now", "5 min", "3 h", "2 d", then the date.</summary>
    public static string Format(DateTimeOffset at, DateTimeOffset now) => Describe(at, now, spoken: false);

    /// <summary>"just now", "5 minutes ago", "1 hour ago", "2 days ago", then "on 3 Mar 2026".</summary>
    public static string Spoken(DateTimeOffset at, DateTimeOffset now) => Describe(at, now, spoken: true);

    private static string Describe(DateTimeOffset at, DateTimeOffset now, bool spoken)
    {
        var age = now - at;
        if (age < TimeSpan.FromMinutes(1)) return "just now";
        if (age < TimeSpan.FromHours(1)) return spoken ? Ago((int)age.TotalMinutes, "minute") : $"{(int)age.TotalMinutes} min";
        if (age < TimeSpan.FromDays(1)) return spoken ? Ago((int)age.TotalHours, "hour") : $"{(int)age.TotalHours} h";
        if (age < TimeSpan.FromDays(7)) return spoken ? Ago((int)age.TotalDays, "day") : $"{(int)age.TotalDays} d";
        var date = at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        return spoken ? $"on {date}" : date;
    }

    private static string Ago(int count, string unit) => $"{count} {unit}{(count == 1 ? "" : "s")} ago";
}
