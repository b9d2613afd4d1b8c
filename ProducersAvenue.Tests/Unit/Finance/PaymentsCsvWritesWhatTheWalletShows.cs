using System.Text;
using ProducersAvenue.Domain.Finance.Wallets;

namespace ProducersAvenue.Tests.Unit.Finance;

/// <summary>
/// The wallet's CSV (decision 165): the table's figures in dollars, a purchase's net negative and still a number, text a
/// spreadsheet would run as a formula escaped, commas and quotes in titles quoted.
/// </summary>
public sealed class PaymentsCsvWritesWhatTheWalletShows
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 30, 5, TimeSpan.Zero);

    private static WalletActivity Sale(string title, int total = 2499, int fees = 102, int commission = 250, int seller = 2147) =>
        new(Guid.NewGuid(), Noon, "product_purchase", "completed", "stripe", IsSale: true, title, total, fees, commission, seller, 10m);

    private static WalletActivity Purchase(string title, int total, string processor = "paypal", string type = "product_purchase") =>
        new(Guid.NewGuid(), Noon, type, "completed", processor, IsSale: false, title, total, 0, 0, 0, null);

    private static async Task<string[]> LinesAsync(params WalletActivity[] payments)
    {
        using var file = new MemoryStream();
        await PaymentsCsv.WriteAsync(file, payments);
        var bytes = file.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]); // a spreadsheet reads the file as UTF-8
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task A_sale_and_a_purchase_are_rows_of_the_wallets_figures()
    {
        var lines = await LinesAsync(Sale("Velvet Beat Vol. 4"), Purchase("Tape Kit", 1250));

        Assert.Equal("Date (UTC),Kind,Item,Paid with,Status,Total (USD),Processor fee (USD),Commission (USD),Commission rate (%),Net to you (USD)", lines[0]);
        Assert.Equal("2026-12-01 12:30:05,Sale,Velvet Beat Vol. 4,card,Completed,24.99,1.02,2.50,10,21.47", lines[1]);
        Assert.Equal("2026-12-01 12:30:05,Purchase,Tape Kit,PayPal,Completed,12.50,,,,-12.50", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task A_refunded_sale_adds_up_to_its_zero_net_without_fees_or_commission()
    {
        var lines = await LinesAsync(Sale("Sunset Shore Sample Pack") with { Status = "refunded" });

        Assert.Equal("2026-12-01 12:30:05,Sale,Sunset Shore Sample Pack,card,Refunded,24.99,,,,0.00", lines[1]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.test\",\"Open\")", "\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"Open\"\")\"")]
    [InlineData("+SUM(A1:A9)", "\"'+SUM(A1:A9)\"")]
    [InlineData("@cmd", "\"'@cmd\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    public async Task A_title_a_spreadsheet_would_run_is_escaped(string title, string written)
    {
        var lines = await LinesAsync(Sale(title));

        Assert.Equal($"2026-12-01 12:30:05,Sale,{written},card,Completed,24.99,1.02,2.50,10,21.47", lines[1]);
    }

    [Fact]
    public async Task Commas_and_quotes_in_a_title_are_quoted_and_a_plan_without_one_is_named_by_its_kind()
    {
        var lines = await LinesAsync(Sale("Beats, vol. 2 \"live\""), Purchase("", 1900, "stripe", "subscription_payment"));

        Assert.StartsWith("2026-12-01 12:30:05,Sale,\"Beats, vol. 2 \"\"live\"\"\",card,", lines[1]);
        Assert.Equal("2026-12-01 12:30:05,Purchase,Subscription payment,card,Completed,19.00,,,,-19.00", lines[2]);
    }
}
