using System.Globalization;
using CsvHelper;

namespace ProducersAvenue.Domain.Finance.Wallets;

/// <summary>
/// The wallet's payments as a spreadsheet file (decision 165): one row per payment, the same figures the wallet's table
/// shows, in dollars with two decimals and a point (cents are exact in the database; a spreadsheet wants a number). A
/// sale's net is what the seller received; a purchase's is what the member paid, negative; a failed or refunded one's is zero, with no fee or commission (it took none). Text that a spreadsheet would
/// run as a formula (a listing titled <c>=HYPERLINK(…)</c>) is escaped with a leading apostrophe; numbers are written as
/// numbers, so a refund's negative amount stays a number.
/// </summary>
public static class PaymentsCsv
{
    public static readonly string[] Header =
        ["Date (UTC)", "Kind", "Item", "Paid with", "Status", "Total (USD)", "Processor fee (USD)", "Commission (USD)",
         "Commission rate (%)", "Net to you (USD)"];

    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        NewLine = "\r\n",
        WriteByteOrderMark = true, // so a spreadsheet opens "Vol. 3 — Ünïcode" as UTF-8
    };

    public static async Task WriteAsync(Stream stream, IEnumerable<WalletActivity> payments, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (var p in payments)
        {
            csv.WriteField(p.CreatedAt.UtcDateTime, "yyyy-MM-dd HH:mm:ss");
            csv.WriteField(p.IsSale ? "Sale" : "Purchase");
            csv.WriteField(p.Title.Length > 0 ? p.Title : Kind(p.TransactionType));
            csv.WriteField(PaymentWords.PaidWith(p.PaymentProcessor));
            csv.WriteField(PaymentWords.Status(p.Status));
            csv.WriteField(Dollars(p.AmountTotal), "0.00");
            if (p.ChargedFees)
            {
                csv.WriteField(Dollars(p.AmountFees), "0.00");
                csv.WriteField(Dollars(p.AmountCommission), "0.00");
                csv.WriteField(p.CommissionRate ?? 0m, "0.##");
            }
            else
            {
                csv.WriteField("");
                csv.WriteField("");
                csv.WriteField("");
            }
            csv.WriteField(Dollars(p.NetCents), "0.00");
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static decimal Dollars(int cents) => cents / 100m;

    /// <summary>"Subscription payment" for <c>subscription_payment</c>, when a payment carries no title.</summary>
    private static string Kind(string transactionType) =>
        transactionType.Length == 0 ? "" : char.ToUpperInvariant(transactionType[0]) + transactionType[1..].Replace('_', ' ');
}
