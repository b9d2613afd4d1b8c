using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Library;

/// <summary>
/// Who may download a product file besides its seller and admins (whom <see cref="PrivateFiles"/> lets in first): a member
/// who holds a live acquisition (free or bought, not refunded) of a product that lists the file. Asked again on every
/// download, so a refund ends access at once (docs/decisions/015, 152).
/// </summary>
public sealed class ProductFileRule(IDbContextFactory<AppDbContext> contexts) : IPrivateFileRule
{
    public string Kind => ProductFiles.Kind;

    public async Task<bool> MayReadAsync(ICurrentUser user, PrivateFileKey file, CancellationToken cancellationToken)
    {
        if (user.UserId is null) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<bool>($"SELECT owns_product_file({file.Key}) AS \"Value\"").SingleAsync(cancellationToken);
    }
}
