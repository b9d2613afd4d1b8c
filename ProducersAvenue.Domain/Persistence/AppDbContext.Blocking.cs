using Microsoft.EntityFrameworkCore;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    /// <summary>
    /// Whether the caller and <paramref name="other"/> have a block between them, whichever of the two blocked: the SQL
    /// function <c>app_blocked_with</c> inside a LINQ query (decision 205); not callable in C#.
    /// </summary>
    [DbFunction("app_blocked_with")]
    public static bool BlockedWith(Guid other) =>
        throw new InvalidOperationException($"{nameof(BlockedWith)} runs in the database: use it inside a query.");

    /// <summary>Whether the caller muted <paramref name="author"/>: the SQL function <c>app_is_muted</c> inside a LINQ query; not callable in C#.</summary>
    [DbFunction("app_is_muted")]
    public static bool Muted(Guid author) =>
        throw new InvalidOperationException($"{nameof(Muted)} runs in the database: use it inside a query.");
}
