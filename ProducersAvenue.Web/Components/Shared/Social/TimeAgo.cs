using System.Globalization;

namespace ProducersAvenue.Web.Components.Shared.Social;

/// <summary>"just now", "5 min", "3 h", "2 d", then the date.</summary>
public static class TimeAgo
{
    public static string Format(DateTimeOffset at, DateTimeOffset now)
    {
        var age = now - at;
        if (age < TimeSpan.FromMinutes(1)) return "just now";
        if (age < TimeSpan.FromHours(1)) return $"{(int)age.TotalMinutes} min";
        if (age < TimeSpan.FromDays(1)) return $"{(int)age.TotalHours} h";
        if (age < TimeSpan.FromDays(7)) return $"{(int)age.TotalDays} d";
        return at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
    }
}
