using System.Net;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// The wallet's "Download CSV" (decision 165): the signed-in member's payments, sales and purchases, and nobody else's;
/// a visitor is sent to sign in.
/// </summary>
public sealed class PaymentsDownloadAsCsv : WebAppTest
{
    private async Task PayAsync(Guid buyer, Guid seller, string title, int total, int sellerAmount) =>
        await Db.ExecuteAsync("""
            INSERT INTO transactions (buyer_id, seller_id, transaction_type, amount_total, amount_fees, amount_commission, amount_seller,
                                      payment_processor, status, completed_at, metadata)
            VALUES ($1, $2, 'product_purchase', $4, 100, $4 - 100 - $5, $5, 'stripe', 'completed', now(), jsonb_build_object('product_title', $3::text))
            """, buyer, seller, title, total, sellerAmount);

    [Fact]
    public async Task A_member_downloads_their_sales_and_purchases_and_nothing_of_others()
    {
        var ada = (await App.CreateMemberAsync("csv_ada")).Id;
        var ben = (await App.CreateMemberAsync("csv_ben")).Id;
        var cy = (await App.CreateMemberAsync("csv_cy")).Id;
        await PayAsync(ben, ada, "Ada's Drum Kit", 2000, 1700);
        await PayAsync(ada, cy, "Cy's Presets", 1500, 1200);
        await PayAsync(ben, cy, "Ben buys from Cy", 900, 700);
        using var client = FormClient.For(App);
        await client.SignInAsync("csv_ada");

        using var response = await client.Http.GetAsync("/wallet/payments.csv");
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("producers-avenue-payments-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains(",Sale,Ada's Drum Kit,card,Completed,20.00,1.00,2.00,", StringComparison.Ordinal) && l.EndsWith(",17.00", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",Purchase,Cy's Presets,card,Completed,15.00,,,,-15.00", StringComparison.Ordinal));
        Assert.DoesNotContain("Ben buys from Cy", text);
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        using var client = FormClient.For(App);

        using var response = await client.Http.GetAsync("/wallet/payments.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", FormClient.Target(response).ToString());
    }
}
