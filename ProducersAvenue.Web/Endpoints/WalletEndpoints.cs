using ProducersAvenue.Domain.Finance.Wallets;

namespace ProducersAvenue.Web.Endpoints;

public static class WalletEndpoints
{
    /// <summary>
    /// <c>GET /wallet/payments.csv</c>: the wallet's "Download CSV" — every payment the signed-in member made or received,
    /// as <see cref="PaymentsCsv"/> writes it (decision 165). Their own rows only (the query and row-level security);
    /// a visitor is sent to sign in.
    /// </summary>
    public static IEndpointRouteBuilder MapWalletEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/wallet/payments.csv", async (WalletQueries wallets, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var payments = await wallets.AllActivityAsync(cancellationToken);
            using var file = new MemoryStream();
            await PaymentsCsv.WriteAsync(file, payments, cancellationToken);
            return Results.File(file.ToArray(), "text/csv; charset=utf-8", $"producers-avenue-payments-{clock.GetUtcNow():yyyy-MM-dd}.csv");
        }).RequireAuthorization().ExcludeFromDescription();
        return endpoints;
    }
}
