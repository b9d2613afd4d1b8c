namespace ProducersAvenue.Web.Components.Pages.Orders.Components;

/// <summary>"Due in 2 days 4 h" / "Late by 5 h": the countdown of a due date from now, in words.</summary>
public static class DueText
{
    public static string Of(DateTimeOffset due, DateTimeOffset now)
    {
        var left = due - now;
        var span = left.Duration();
        var words = span.TotalDays >= 1 ? $"{(int)span.TotalDays} d {span.Hours} h" : span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min" : $"{Math.Max(1, span.Minutes)} min";
        return left >= TimeSpan.Zero ? $"Due in {words}" : $"Late by {words}";
    }
}
