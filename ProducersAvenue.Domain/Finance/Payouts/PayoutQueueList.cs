namespace ProducersAvenue.Domain.Finance.Payouts;

/// <summary>The payouts shown in the admins' queue, how many wait in all and for how much (cents), and whether there are more to show.</summary>
public sealed record PayoutQueueList(IReadOnlyList<PayoutRow> Rows, int Waiting, long WaitingCents, bool HasMore)
{
    public static readonly PayoutQueueList Empty = new([], 0, 0, false);
}
